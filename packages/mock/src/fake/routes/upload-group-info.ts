import { QUERY_GROUP_ID } from '../../generated/parameters.js';
import { field } from '../upload/form-fields.js';
import { uploadErrors } from '../upload/upload-errors.js';
import { type Handler, successStatus } from './handler.js';
import { uploadGroup } from './upload-serialize.js';

const GROUP_ID_RE = new RegExp(QUERY_GROUP_ID.pattern);

/** `GET /group/info/` (Upload API): the group with its files; an id the project lacks (or no id form at all) is 404. */
export const getUploadGroupInfo: Handler = (context) => {
  const id = field(context.fields, QUERY_GROUP_ID.name);
  if (id === undefined || id === '') return uploadErrors.groupIdRequired();
  const record = GROUP_ID_RE.test(id) ? context.store.get(id) : undefined;
  if (record === undefined) return uploadErrors.groupNotFound();
  return { status: successStatus('getUploadGroupInfo'), body: uploadGroup(record, context.origin) };
};
