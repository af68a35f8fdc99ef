import type { Group, GroupFile, GroupWithFiles } from '@uploadcare-groups/client';

/** Groups and files for the tests' answers, typed by the client's generated types. */

/** A list group for page fixtures. */
export function fixtureGroup(index: number): Group {
  const hex = index.toString(16).padStart(12, '0');
  const id = `00000000-0000-4000-8000-${hex}~${index + 1}`;
  return {
    id,
    datetime_created: new Date(Date.UTC(2024, 0, 1, 0, index)).toISOString(),
    files_count: index + 1,
    cdn_url: `https://ucarecdn.com/${id}/`,
    url: `https://api.uploadcare.com/groups/${id}/`,
  };
}

/** A file of a group, as the service describes it. */
export function fixtureFile(overrides: Partial<GroupFile> = {}): GroupFile {
  return {
    uuid: '0cea5a61-f976-47d9-815a-e787f52aeba1',
    default_effects: '',
    datetime_uploaded: '2018-11-27T14:14:35.583654Z',
    datetime_stored: '2018-11-27T14:14:36.104217Z',
    datetime_removed: null,
    is_image: true,
    is_ready: true,
    mime_type: 'image/jpeg',
    original_filename: 'beach.jpg',
    original_file_url: null,
    size: 642,
    url: 'https://api.uploadcare.com/files/0cea5a61-f976-47d9-815a-e787f52aeba1/',
    content_info: null,
    metadata: {},
    appdata: null,
    variations: null,
    ...overrides,
  } as GroupFile;
}

/** A group holding `files` (its id and `files_count` say how many). */
export function fixtureGroupWithFiles(files: (GroupFile | null)[]): GroupWithFiles {
  return { ...fixtureGroup(files.length - 1), files } as GroupWithFiles;
}

/**
 * A file name an uploader could choose: a window-title sequence, colour, a carriage return
 * that would overwrite the row, a bidi override, and a C1 CSI.
 */
export const hostileName = 'a\x1b]0;owned\x07b\x1b[31mred\rX\u202etxt.exe\u009b2J.jpg';
