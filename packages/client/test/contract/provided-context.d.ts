// What the mock package's vitest globalSetup provides (declared here too, so type-checking the
// tests does not depend on the mock's declarations being built).
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    uploadcareMockUrl: string;
  }
}
