/**
 * Answer bodies for the tests, taken from the spec's own examples or built by small generators
 * typed by the generated types; `test/unit/fixtures.test.ts` validates every one of them against
 * the spec's schemas, so no test runs on a body the spec would not allow.
 */
import { spec } from '@uploadcare-groups/spec/validator';
import type { Group, GroupsPage, GroupWithFiles } from '../../src/index.js';

const example = <T>(name: string): T => structuredClone(spec.components.examples[name].value) as T;

/** The spec's example page of groups (it has a `next` link). */
export const EXAMPLE_PAGE = example<GroupsPage>('GroupsPage');
/** The spec's example group with its files (one removed: `null`). */
export const EXAMPLE_GROUP = example<GroupWithFiles>('GroupWithFiles');
/** The spec's example answer to storing that group. */
export const STORED_GROUP = example<GroupWithFiles>('StoredGroupWithFiles');
export const GROUP_ID = EXAMPLE_GROUP.id;

/** The i-th group of a generated list: a valid `<uuid>~<N>` id, created `createdAt`. */
export function listedGroup(i: number, createdAt = '2024-01-01T00:00:00.000000Z'): Group {
  const filesCount = 1 + (i % 5);
  const id = `6f1b2c3d-4e5f-4a6b-8c7d-${i.toString(16).padStart(12, '0')}~${filesCount}`;
  return {
    id,
    datetime_created: createdAt,
    files_count: filesCount,
    cdn_url: `https://ucarecdn.com/${id}/`,
    url: `https://api.uploadcare.com/groups/${id}/`,
  };
}

/** A page holding `results`, linking to `next`. */
export function page(results: Group[], next: string | null = null, total = results.length): GroupsPage {
  return { next, previous: null, total, per_page: Math.max(1, results.length), results };
}

export const EMPTY_PAGE = page([]);

/** The example group, as the group `id` (its files list made `files_count` long). */
export function groupWithFiles(id: string): GroupWithFiles {
  const filesCount = Number(id.split('~')[1]);
  const files = Array.from(
    { length: filesCount },
    (_, i) => EXAMPLE_GROUP.files[i % EXAMPLE_GROUP.files.length] ?? null,
  );
  return { ...EXAMPLE_GROUP, id, files_count: filesCount, files, cdn_url: `https://ucarecdn.com/${id}/` };
}

/** Every fixture above, by name, with the schema it must match: the fixture test checks each. */
export const FIXTURES: [string, string, unknown][] = [
  ['EXAMPLE_PAGE', 'GroupsPage', EXAMPLE_PAGE],
  ['EXAMPLE_GROUP', 'GroupWithFiles', EXAMPLE_GROUP],
  ['STORED_GROUP', 'GroupWithFiles', STORED_GROUP],
  ['EMPTY_PAGE', 'GroupsPage', EMPTY_PAGE],
  [
    'page of listed groups',
    'GroupsPage',
    page([listedGroup(0), listedGroup(1)], 'https://api.uploadcare.com/groups/?offset=2', 5),
  ],
  ['groupWithFiles(~1)', 'GroupWithFiles', groupWithFiles('6f1b2c3d-4e5f-4a6b-8c7d-000000000001~1')],
  ['groupWithFiles(~7)', 'GroupWithFiles', groupWithFiles('6f1b2c3d-4e5f-4a6b-8c7d-000000000001~7')],
];
