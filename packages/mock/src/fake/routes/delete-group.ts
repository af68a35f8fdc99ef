import { apiErrors } from '../http/api-errors.js';
import { groupIdParam, type Handler, successStatus } from './handler.js';

/** `DELETE /groups/{group_id}/`: removes the group (not its files); 204 without a body. */
export const deleteGroup: Handler = (context) => {
  const id = groupIdParam(context);
  if (typeof id !== 'string') return id;
  // A deleted group's files stay the project's: the index reads them before the group goes.
  context.files.scan();
  if (!context.store.delete(id)) return apiErrors.notFound();
  return { status: successStatus('deleteGroup') };
};
