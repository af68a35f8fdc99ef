// What the stateful project's global setup provides.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    statefulMockUrl: string;
  }
}
