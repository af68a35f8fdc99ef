import { randomUUID } from 'node:crypto';
import { CDN_ORIGIN } from '../seed/files.js';
import { groupId } from '../seed/ids.js';
import { GroupRecord } from '../state/group-record.js';
import { formatMicros } from '../state/timestamps.js';
import type { GroupFile } from '../types.js';
import { memberFields, parseMember } from '../upload/members.js';
import { uploadErrors } from '../upload/upload-errors.js';
import { type Handler, successStatus } from './handler.js';
import { groupUrl } from './serialize.js';
import { uploadGroup } from './upload-serialize.js';

/**
 * `POST /group/` (Upload API): a new group of files the project has, in the order given, each
 * with its CDN operations as `default_effects`; at once in the list and readable, storable and
 * deletable. No file is a 400, as is one that is not a UUID form or that the project lacks.
 */
export const createGroup: Handler = (context) => {
  const members = memberFields(context.fields);
  if (members.length === 0) return uploadErrors.noFiles();
  const files: GroupFile[] = [];
  let missing = false;
  for (const text of members) {
    const member = parseMember(text);
    if (member === undefined) return uploadErrors.notAFile(text);
    const known = context.files.get(member.uuid);
    if (known === undefined) missing = true;
    else files.push({ ...structuredClone(known), default_effects: member.effects });
  }
  if (missing) return uploadErrors.filesNotFound();
  const createdUs = context.nowUs();
  const id = groupId(randomUUID(), files.length);
  const record = new GroupRecord(
    {
      id,
      datetime_created: formatMicros(createdUs),
      datetime_stored: null,
      files_count: files.length,
      cdn_url: `${CDN_ORIGIN}/${id}/`,
      url: groupUrl(context.origin, id),
    },
    createdUs,
    context.store.nextSeq(),
    files,
  );
  context.store.add(record);
  return { status: successStatus('createGroup'), body: uploadGroup(record, context.origin) };
};
