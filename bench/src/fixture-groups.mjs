// Deterministic group fixtures for the local servers: `count` groups whose creation times
// come in runs of `sharedTimestamps` equal values, which is what makes `offset` matter.

const BASE_TIME = Date.UTC(2024, 0, 1);

/** The i-th group id: a valid v4 UUID derived from i, so ids are stable and unique. */
export function fixtureGroupId(i, filesCount = 1 + (i % 5)) {
  const hex = i.toString(16).padStart(12, '0');
  return `6f1b2c3d-4e5f-4a6b-8c7d-${hex}~${filesCount}`;
}

/**
 * @param {number} i
 * @param {number} sharedTimestamps how many consecutive groups share one creation time
 */
export function fixtureGroup(i, sharedTimestamps = 3) {
  const id = fixtureGroupId(i);
  const created = new Date(BASE_TIME + Math.floor(i / sharedTimestamps) * 1000).toISOString();
  return {
    id,
    datetime_created: created,
    files_count: Number(id.split('~')[1]),
    cdn_url: `https://ucarecdn.com/${id}/`,
    url: `https://api.uploadcare.com/groups/${id}/`,
  };
}

/** A group with its files, the second one removed when there is more than one. */
export function fixtureGroupWithFiles(id) {
  const filesCount = Number(id.split('~')[1]);
  const files = Array.from({ length: filesCount }, (_, n) =>
    n === 1
      ? null
      : {
          uuid: `0cea5a61-f976-47d9-815a-${n.toString(16).padStart(12, '0')}`,
          default_effects: '',
          datetime_uploaded: '2024-01-01T00:00:00.000000Z',
          datetime_stored: null,
          datetime_removed: null,
          is_image: true,
          is_ready: true,
          mime_type: 'image/png',
          original_filename: `file-${n}.png`,
          original_file_url: null,
          size: 1024 + n,
          url: `https://api.uploadcare.com/files/0cea5a61-f976-47d9-815a-${n.toString(16).padStart(12, '0')}/`,
          content_info: null,
          metadata: {},
          appdata: null,
          variations: null,
        },
  );
  return {
    id,
    datetime_created: '2024-01-01T00:00:00.000000Z',
    files_count: filesCount,
    cdn_url: `https://ucarecdn.com/${id}/`,
    url: `https://api.uploadcare.com/groups/${id}/`,
    files,
  };
}
