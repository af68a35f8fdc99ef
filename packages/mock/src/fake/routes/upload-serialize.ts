// The Upload API's view of a group: the group's fields (`datetime_stored` always sent, as the
// Upload API still does) and its files as the Upload API describes files (`is_stored`, no
// REST-only fields), each with the `default_effects` of this group.
import type { GroupRecord } from '../state/group-record.js';
import type { GroupFile } from '../types.js';
import { groupUrl } from './serialize.js';

function uploadFile(file: GroupFile) {
  return {
    uuid: file.uuid,
    file_id: file.uuid,
    default_effects: file.default_effects,
    original_filename: file.original_filename,
    filename: file.original_filename.replace(/[^\w.-]+/g, '_'),
    mime_type: file.mime_type,
    size: file.size,
    total: file.size,
    done: file.size,
    is_image: file.is_image,
    is_stored: Boolean(file.datetime_stored),
    is_ready: file.is_ready,
    image_info: file.content_info?.image ?? null,
    video_info: file.content_info?.video ?? null,
    content_info: file.content_info ?? null,
    metadata: file.metadata ?? {},
    s3_bucket: null,
  };
}

export function uploadGroup(record: GroupRecord, origin: string) {
  const { datetime_stored, ...fields } = record.fields;
  return {
    ...fields,
    datetime_stored: datetime_stored ?? null,
    url: groupUrl(origin, record.id),
    files: record.files().map((file) => (file ? uploadFile(file) : null)),
  };
}
