import type { ServerResponse } from 'node:http';
import { RESPONSES } from '../../generated/operations.js';
import type { ApiError } from './api-errors.js';

/**
 * The media type of an error answer: the one the caller asked for when the spec documents it
 * for this status, else plain JSON (the 406 cannot be in a version the caller did not get).
 */
export function errorMediaType(operationId: string | undefined, status: number, asked: readonly string[]): string {
  const documented: readonly string[] =
    (RESPONSES as Record<string, Record<string, readonly string[]>>)[operationId ?? '']?.[String(status)] ?? [];
  return asked.find((type) => documented.includes(type)) ?? 'application/json';
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  mediaType: string,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': mediaType,
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

export function sendNoContent(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  res.writeHead(status, headers);
  res.end();
}

export function sendError(
  res: ServerResponse,
  error: ApiError,
  mediaType: string,
  headers: Record<string, string> = {},
) {
  sendJson(res, error.status, error.body, mediaType, { ...headers, ...error.headers });
}
