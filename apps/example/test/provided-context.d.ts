// The URL the mock package's globalSetup provides. Declared here as well because pnpm can link
// this package and the mock to two peer-variants of vitest, and the mock's own augmentation
// then lands on the other copy.
declare module 'vitest' {
  interface ProvidedContext {
    uploadcareMockUrl: string;
  }
}

export {};
