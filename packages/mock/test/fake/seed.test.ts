// The generated data: the same seed gives the same groups; the groups are valid answers of the
// spec (checked by the spec package's own validator), with the variety the issue asks for.

import { describe, expect, test } from 'vitest';
import { seedGroups } from '../../src/fake/seed/default-seed.js';
import { filesCountOf, randomUuid } from '../../src/fake/seed/ids.js';
import { createRandom } from '../../src/fake/seed/random.js';
import { parseIsoMicros } from '../../src/fake/state/timestamps.js';
import { createValidator, schemaRef } from '../spec.js';

const validate = createValidator();
const groupsOf = (seed: string | number, count: number) => seedGroups(seed, count).map((r) => r.snapshot());

test('the random sequence is the same for the same seed, and differs between seeds', () => {
  const draw = (seed: string | number) => Array.from({ length: 5 }, createRandom(seed).next);
  expect(draw(1)).toEqual(draw(1));
  expect(draw('1')).toEqual(draw(1));
  expect(draw(2)).not.toEqual(draw(1));
  for (const value of draw('x')) expect(value >= 0 && value < 1).toBe(true);
});

test('uuids are lowercase RFC 4122 version 4', () => {
  const random = createRandom(9);
  for (let i = 0; i < 50; i++) {
    expect(randomUuid(random)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  }
});

test('the same seed gives the same groups and files; another seed others', () => {
  expect(groupsOf(7, 30)).toEqual(groupsOf(7, 30));
  expect(groupsOf(8, 30)[0]?.id).not.toBe(groupsOf(7, 30)[0]?.id);
  // The first groups do not depend on how many are generated.
  expect(groupsOf(7, 10)).toEqual(groupsOf(7, 30).slice(0, 10));
});

describe('600 generated groups', () => {
  const groups = groupsOf('variety', 600);

  test('are valid GroupWithFiles answers', () => {
    const result = validate({ type: 'array', items: schemaRef('GroupWithFiles') }, groups);
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  });

  test('have 1 to 20 files, as many as their id says, some removed', () => {
    const counts = groups.map((g) => g.files_count);
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(20);
    for (const g of groups) {
      expect(filesCountOf(g.id)).toBe(g.files_count);
      expect(g.files).toHaveLength(g.files_count);
    }
    expect(groups.flatMap((g) => g.files).filter((f) => f === null).length).toBeGreaterThan(0);
  });

  test('come oldest first, with runs sharing a timestamp, some longer than a small page', () => {
    const times = groups.map((g) => parseIsoMicros(g.datetime_created) as number);
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThanOrEqual(times[i - 1] as number);
    const runs: number[] = [];
    let run = 1;
    for (let i = 1; i <= times.length; i++) {
      if (times[i] === times[i - 1]) run++;
      else {
        runs.push(run);
        run = 1;
      }
    }
    expect(runs.filter((r) => r >= 2).length).toBeGreaterThan(20);
    expect(Math.max(...runs)).toBeGreaterThan(5);
    expect(new Set(times).size).toBeGreaterThan(200);
  });

  test('some are stored (their present files too), most are not', () => {
    const stored = groups.filter((g) => g.datetime_stored);
    expect(stored.length).toBeGreaterThan(100);
    expect(stored.length).toBeLessThan(300);
    for (const g of stored) for (const f of g.files) if (f) expect(f.datetime_stored).toBe(g.datetime_stored);
  });

  test('files look real: MIME types and names agree, images have image info, uploads precede the group', () => {
    const files = groups.flatMap((g) => g.files.map((f) => ({ f, created: g.datetime_created }))).filter((x) => x.f);
    const types = new Set(files.map(({ f }) => f?.mime_type));
    expect(types.size).toBeGreaterThan(8);
    for (const { f, created } of files) {
      if (!f) continue;
      expect(f.content_info?.mime?.mime).toBe(f.mime_type);
      expect(f.is_image).toBe(f.mime_type.startsWith('image/'));
      if (f.is_image)
        expect(f.content_info?.image).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
      else expect(f.default_effects).toBe('');
      expect(parseIsoMicros(f.datetime_uploaded)).toBeLessThan(parseIsoMicros(created) as number);
      expect(f.original_file_url).toBe(`https://ucarecdn.com/${f.uuid}/${encodeURIComponent(f.original_filename)}`);
      expect(f.url).toBe(`https://api.uploadcare.com/files/${f.uuid}/`);
    }
  });

  test('have valid, distinct ids and CDN URLs', () => {
    expect(new Set(groups.map((g) => g.id)).size).toBe(groups.length);
    for (const g of groups) expect(g.cdn_url).toBe(`https://ucarecdn.com/${g.id}/`);
  });
});
