import { apiErrors } from '../http/api-errors.js';
import { groupIdParam, type Handler, successStatus } from './handler.js';
import { groupWithFiles } from './serialize.js';

/** `PUT /groups/{group_id}/storage/` (v0.6): marks the group and its files stored; again changes nothing. */
export const storeGroup: Handler = (context) => {
  const id = groupIdParam(context);
  if (typeof id !== 'string') return id;
  const record = context.store.store(id, context.nowUs());
  if (record === undefined) return apiErrors.notFound();
  return { status: successStatus('storeGroup'), body: groupWithFiles(record, context.origin, context.mediaType) };
};
