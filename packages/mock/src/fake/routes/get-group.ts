import { apiErrors } from '../http/api-errors.js';
import { groupIdParam, type Handler, successStatus } from './handler.js';
import { groupWithFiles } from './serialize.js';

/** `GET /groups/{group_id}/`: the group with its files. */
export const getGroup: Handler = (context) => {
  const id = groupIdParam(context);
  if (typeof id !== 'string') return id;
  const record = context.store.get(id);
  if (record === undefined) return apiErrors.notFound();
  return { status: successStatus('getGroup'), body: groupWithFiles(record, context.origin, context.mediaType) };
};
