/**
 * Thrown by `startMock` / `startProxy` when Prism exits or does not listen in time. The message
 * says why and ends with Prism's own output, which is also kept in {@link MockStartError.output}.
 *
 * @example
 * ```ts
 * try {
 *   await startMock({ port: 4010 });
 * } catch (error) {
 *   if (error instanceof MockStartError) console.error(error.output);
 *   throw error;
 * }
 * ```
 */
export class MockStartError extends Error {
  /** The last part of what Prism printed (stdout and stderr interleaved). */
  readonly output: string;

  constructor(reason: string, output: string) {
    const shown = output.trim() === '' ? '(Prism printed nothing)' : output.trimEnd();
    super(`${reason}\n--- Prism output ---\n${shown}`);
    this.name = 'MockStartError';
    this.output = output;
  }
}
