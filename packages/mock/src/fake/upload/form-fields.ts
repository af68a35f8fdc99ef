// The fields of an Upload API request, in the order sent: the query's, then the body's
// (`application/x-www-form-urlencoded` or `multipart/form-data`). The service reads `pub_key`
// and the files from either place, as the official upload client sends them in the query.
import type { ApiError } from '../http/api-errors.js';
import { uploadErrors } from './upload-errors.js';

export type Fields = readonly (readonly [string, string])[];

/** The body's fields, or the 400 the service gives a body it cannot parse. */
export async function formFields(body: Buffer, contentType: string | undefined): Promise<Fields | ApiError> {
  if (body.length === 0) return [];
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded' && type !== 'multipart/form-data') {
    return uploadErrors.unparsableBody();
  }
  try {
    const form = await new Response(new Uint8Array(body), {
      headers: { 'Content-Type': contentType as string },
    }).formData();
    const fields: [string, string][] = [];
    for (const [name, value] of form) {
      // A file part is no group member; its name is kept so the member check can refuse it.
      fields.push([name, typeof value === 'string' ? value : '']);
    }
    return fields;
  } catch {
    return uploadErrors.unparsableBody();
  }
}

/** The first value of a field, or undefined. */
export function field(fields: Fields, name: string): string | undefined {
  return fields.find(([key]) => key === name)?.[1];
}
