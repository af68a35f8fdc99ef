import type { GroupWithFiles } from '@uploadcare-groups/client';
import { describe, expect, it } from 'vitest';
import {
  formatDateTime,
  formatGroupDetails,
  formatGroupsTable,
  formatSize,
  formatStored,
} from '../src/group-format.js';
import { fixtureFile } from './fixtures.js';

describe('cells', () => {
  it.each([
    ['2018-11-27T14:14:37.583654Z', '2018-11-27 14:14:37'],
    ['2018-11-27T16:14:37+02:00', '2018-11-27 14:14:37'],
    ['garbage', 'garbage'],
  ])('formatDateTime(%s) is %s', (input, expected) => {
    expect(formatDateTime(input)).toBe(expected);
  });

  it.each([
    [undefined, '-'],
    [null, 'no'],
    ['2018-11-27T14:14:37Z', '2018-11-27 14:14:37'],
  ])('formatStored(%j) is %s', (input, expected) => {
    expect(formatStored(input)).toBe(expected);
  });

  it.each([
    [0, '0 B'],
    [642, '642 B'],
    [1024, '1.0 KiB'],
    [48213, '47.1 KiB'],
    [5 * 1024 ** 3, '5.0 GiB'],
  ])('formatSize(%i) is %s', (input, expected) => {
    expect(formatSize(input)).toBe(expected);
  });
});

const group = {
  id: 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3',
  datetime_created: '2018-11-27T14:14:37.583654Z',
  files_count: 3,
  cdn_url: 'https://ucarecdn.com/badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3/',
  url: 'https://api.uploadcare.com/groups/badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3/',
};

describe('formatGroupsTable', () => {
  it('aligns id, files, created and stored', () => {
    const lines = formatGroupsTable([
      { ...group, datetime_stored: null },
      { ...group, id: 'dd43982c-5a7a-4d3f-a4b5-7e0b1e3a5c11~12', files_count: 12 },
    ]).split('\n');
    expect(lines).toEqual([
      'id                                       files  created (UTC)        stored',
      'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3       3  2018-11-27 14:14:37  no',
      'dd43982c-5a7a-4d3f-a4b5-7e0b1e3a5c11~12     12  2018-11-27 14:14:37  -',
    ]);
  });

  it('says so when there are none', () => {
    expect(formatGroupsTable([])).toBe('No groups.');
  });
});

describe('formatGroupDetails', () => {
  const file = fixtureFile();
  const withFiles = {
    ...group,
    files: [file, null, { ...file, original_filename: 'gone.pdf', datetime_removed: '2019-01-01T00:00:00Z' }],
  } as unknown as GroupWithFiles;

  it('lists the fields, then every file in its position, removed ones marked', () => {
    const text = formatGroupDetails(withFiles);
    const [fields, files] = text.split('\n\n');
    expect(fields?.split('\n')).toEqual([
      'id             badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3',
      'files          3 (2 removed)',
      'created (UTC)  2018-11-27 14:14:37',
      'stored (UTC)   -',
      'cdn url        https://ucarecdn.com/badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3/',
      'api url        https://api.uploadcare.com/groups/badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3/',
    ]);
    const rows = files?.split('\n') ?? [];
    expect(rows[0]?.split(/\s+/)).toEqual(['#', 'uuid', 'name', 'size', 'type', 'stored']);
    expect(rows[1]).toMatch(/^0 {2}0cea5a61-\S+ {2}beach\.jpg\s+642 B {2}image\/jpeg {2}2018-11-27 14:14:36$/);
    expect(rows[2]).toBe('1  (removed)');
    expect(rows[3]).toContain('gone.pdf (removed 2019-01-01 00:00:00)');
    expect(rows).toHaveLength(4);
  });
});
