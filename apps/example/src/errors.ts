import { InvalidArgumentError, UploadcareApiError, UploadcareError } from '@uploadcare-groups/client';
import { UsageError } from './usage-error.js';

/** What a failure means for the person at the terminal: one line and an exit code. */
export interface FailureReport {
  exitCode: 1 | 2;
  message: string;
}

/** 129, 130 and 143 are 128 + SIGHUP, SIGINT and SIGTERM, what shells report for those signals. */
export const exitCodes = { ok: 0, failure: 1, usage: 2, hungUp: 129, interrupted: 130, terminated: 143 } as const;

/** The innermost cause of a network failure (`fetch failed` hides it in `cause`). */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5 && current instanceof Error && current.cause !== undefined; depth++) {
    current = current.cause;
  }
  return current;
}

function describeNetworkError(error: Error): string {
  const cause = rootCause(error);
  if (cause !== error && cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return `${error.message}: ${cause.message}${code && !cause.message.includes(code) ? ` (${code})` : ''}`;
  }
  return error.message;
}

/** Maps any error a command can throw to its report. */
export function reportFailure(error: unknown): FailureReport {
  if (error instanceof UsageError || error instanceof InvalidArgumentError) {
    return { exitCode: 2, message: error.message };
  }
  if (error instanceof UploadcareApiError) {
    return { exitCode: 1, message: `API error ${error.status}: ${error.detail}` };
  }
  if (error instanceof UploadcareError) {
    return { exitCode: 1, message: describeNetworkError(error) };
  }
  if (error instanceof Error) {
    return { exitCode: 1, message: describeNetworkError(error) };
  }
  return { exitCode: 1, message: String(error) };
}
