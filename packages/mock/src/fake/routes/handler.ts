// What an operation's handler gets and gives: parsed inputs in, an answer (or an error from the
// table) out. Handlers never touch HTTP; server.ts does.

import { type OperationId, RESPONSES } from '../../generated/operations.js';
import { GROUP_ID } from '../../generated/parameters.js';
import { GROUP_ID_EXAMPLE } from '../../generated/patterns.js';
import { type ApiError, apiErrors } from '../http/api-errors.js';
import type { FileIndex } from '../state/file-index.js';
import type { GroupStore } from '../state/group-store.js';
import type { Fields } from '../upload/form-fields.js';

export interface RouteContext {
  store: GroupStore;
  /** The mock's public origin, for absolute URLs. */
  origin: string;
  /** The media type negotiated from Accept: the answer's version. */
  mediaType: string;
  /** Now, in microseconds since the epoch. */
  nowUs: () => number;
  pathParams: Record<string, string>;
  query: URLSearchParams;
  /** Upload API operations: the query's fields, then the form's, in the order sent. */
  fields: Fields;
  /** The files the project has: what a new group may hold. */
  files: FileIndex;
}

export interface RouteAnswer {
  status: number;
  /** JSON body; none for a 204. */
  body?: unknown;
}

export type Handler = (context: RouteContext) => RouteAnswer | ApiError;

/** The documented success status of an operation (its one 2xx answer). */
export function successStatus(operationId: OperationId): number {
  const code = Object.keys(RESPONSES[operationId]).find((status) => status.startsWith('2'));
  return Number(code);
}

const GROUP_ID_RE = new RegExp(GROUP_ID.pattern);

/** The group id path parameter, or the 400 naming it. */
export function groupIdParam(context: RouteContext): string | ApiError {
  const id = context.pathParams[GROUP_ID.name] ?? '';
  if (GROUP_ID_RE.test(id)) return id;
  return apiErrors.badParameter(
    `${GROUP_ID.name} must be a group id such as ${GROUP_ID_EXAMPLE} (${GROUP_ID.pattern}), got ${JSON.stringify(id)}.`,
  );
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}
