// One handler per operationId of the spec. Typed by the generated list, so an operation added
// to the spec does not compile until it has a handler here.
import type { OperationId } from '../../generated/operations.js';
import { createGroup } from './create-group.js';
import { deleteGroup } from './delete-group.js';
import { getGroup } from './get-group.js';
import type { Handler } from './handler.js';
import { listGroups } from './list-groups.js';
import { storeGroup } from './store-group.js';
import { getUploadGroupInfo } from './upload-group-info.js';

export const HANDLERS: Record<OperationId, Handler> = {
  listGroups,
  getGroup,
  deleteGroup,
  storeGroup,
  createGroup,
  getUploadGroupInfo,
};
