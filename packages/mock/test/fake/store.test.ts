// The group store: get, store (once), delete, and the list it pages, with no HTTP.
import { expect, test } from 'vitest';
import { seedGroups } from '../../src/fake/seed/default-seed.js';
import { GroupStore } from '../../src/fake/state/group-store.js';
import { formatMicros } from '../../src/fake/state/timestamps.js';

const fresh = () => new GroupStore(seedGroups('store', 40));
const NOW = Date.UTC(2026, 0, 2, 3, 4, 5) * 1000 + 678_901;

test('store marks the group and its present files at that time; again changes nothing', () => {
  const store = fresh();
  const record = store.all().find((r) => !r.fields.datetime_stored && r.files().some((f) => f && !f.datetime_stored));
  if (!record) throw new Error('the seed has no unstored group');
  const storedBefore = new Map(record.files().map((f) => [f, f?.datetime_stored]));
  store.store(record.id, NOW);
  const at = formatMicros(NOW);
  expect(record.fields.datetime_stored).toBe(at);
  for (const file of record.files()) {
    if (file === null) continue;
    expect(file.datetime_stored).toBe(storedBefore.get(file) ?? at);
  }
  const snapshot = record.snapshot();
  store.store(record.id, NOW + 5_000_000);
  expect(record.snapshot()).toEqual(snapshot);
});

test('delete removes the group from get and from every page; a second delete finds nothing', () => {
  const store = fresh();
  const victim = store.all()[17];
  if (!victim) throw new Error('no group');
  expect(store.delete(victim.id)).toBe(true);
  expect(store.get(victim.id)).toBeUndefined();
  expect(store.size).toBe(39);
  expect(store.page({ offset: 0, limit: 100, descending: false }).items).not.toContain(victim);
  expect(store.delete(victim.id)).toBe(false);
  expect(store.store(victim.id, NOW)).toBeUndefined();
});

test('snapshots are copies: changing one does not change the store', () => {
  const store = fresh();
  const record = store.all()[0];
  const copy = record?.snapshot();
  if (!copy || !record) throw new Error('no group');
  copy.files_count = 99;
  expect(record.fields.files_count).not.toBe(99);
});
