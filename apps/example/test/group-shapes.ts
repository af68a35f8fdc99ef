import {
  type Group,
  type GroupFile,
  type GroupsPage,
  type GroupWithFiles,
  parseGroupId,
} from '@uploadcare-groups/client';
import { expect } from 'vitest';

/**
 * Checks parsed `--json` output against the client's types at run time: every field the
 * type requires, with its type, so a test fails on a shape the types would not allow.
 */

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

export function expectGroup(value: unknown): Group {
  const group = value as Group;
  expect(group).toMatchObject({
    id: expect.any(String),
    datetime_created: expect.stringMatching(isoDateTime),
    files_count: expect.any(Number),
    cdn_url: expect.stringMatching(/^https:\/\//),
    url: expect.stringMatching(/^https?:\/\//),
  });
  expect(parseGroupId(group.id).filesCount).toBe(group.files_count);
  expect(group.cdn_url).toContain(group.id);
  if ('datetime_stored' in group && group.datetime_stored !== null) {
    expect(group.datetime_stored).toMatch(isoDateTime);
  }
  return group;
}

export function expectListedGroup(value: unknown): Group {
  const group = expectGroup(value);
  expect(group).not.toHaveProperty('files');
  return group;
}

function expectFile(value: unknown): GroupFile {
  const file = value as GroupFile;
  expect(file).toMatchObject({
    uuid: expect.stringMatching(/^[0-9a-f-]{36}$/),
    datetime_uploaded: expect.stringMatching(isoDateTime),
    is_image: expect.any(Boolean),
    is_ready: expect.any(Boolean),
    size: expect.any(Number),
    url: expect.any(String),
  });
  return file;
}

export function expectGroupWithFiles(value: unknown): GroupWithFiles {
  const group = expectGroup(value) as GroupWithFiles;
  expect(Array.isArray(group.files)).toBe(true);
  expect(group.files).toHaveLength(group.files_count);
  for (const file of group.files ?? []) if (file !== null) expectFile(file);
  return group;
}

export function expectGroupsPage(value: unknown): GroupsPage {
  const page = value as GroupsPage;
  expect(page).toMatchObject({ total: expect.any(Number), per_page: expect.any(Number) });
  for (const link of [page.next, page.previous]) {
    expect(link === null || (typeof link === 'string' && link.startsWith('http'))).toBe(true);
  }
  expect(Array.isArray(page.results)).toBe(true);
  for (const group of page.results) expectListedGroup(group);
  return page;
}
