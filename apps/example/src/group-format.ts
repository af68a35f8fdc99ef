import type { Group, GroupFile, GroupWithFiles } from '@uploadcare-groups/client';
import { formatTable } from './table.js';

/** How groups and their files look to people. JSON output does not pass through here. */

/** `2018-11-27T14:14:37.583654Z` → `2018-11-27 14:14:37` (UTC, to the second). */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * The "stored" cell. API v0.7 no longer reports `datetime_stored`, so its absence is
 * "unknown" (`-`), distinct from `null`, which says the files are not stored.
 */
export function formatStored(value: string | null | undefined): string {
  if (value === undefined) return '-';
  if (value === null) return 'no';
  return formatDateTime(value);
}

/** Bytes in binary units, one decimal from KiB up: `642 B`, `47.1 KiB`. */
export function formatSize(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(1)} ${units[unit]}`;
}

const groupHeaders = ['id', 'files', 'created (UTC)', 'stored'];

/** The groups as an aligned table with the columns id, files, created, stored. */
export function formatGroupsTable(groups: readonly Group[]): string {
  if (groups.length === 0) return 'No groups.';
  const rows = groups.map((group) => [
    group.id,
    String(group.files_count),
    formatDateTime(group.datetime_created),
    formatStored(group.datetime_stored),
  ]);
  return formatTable(groupHeaders, rows, { align: ['left', 'right'] });
}

const fileHeaders = ['#', 'uuid', 'name', 'size', 'type', 'stored'];

function fileRow(position: number, file: GroupFile | null): string[] {
  // A null entry keeps the position of a file removed since the group was made.
  if (file === null) return [String(position), '(removed)'];
  const removed = file.datetime_removed ? ` (removed ${formatDateTime(file.datetime_removed)})` : '';
  return [
    String(position),
    file.uuid,
    `${file.original_filename ?? ''}${removed}`,
    typeof file.size === 'number' ? formatSize(file.size) : '',
    file.mime_type ?? '',
    formatStored(file.datetime_stored),
  ];
}

/** One group: its fields, one per line, then its files as a table, removed ones in place. */
export function formatGroupDetails(group: GroupWithFiles): string {
  const files = group.files ?? [];
  const removed = files.filter((file) => file === null || Boolean(file.datetime_removed)).length;
  const fields = formatTable(
    [],
    [
      ['id', group.id],
      ['files', removed > 0 ? `${group.files_count} (${removed} removed)` : String(group.files_count)],
      ['created (UTC)', formatDateTime(group.datetime_created)],
      ['stored (UTC)', formatStored(group.datetime_stored)],
      ['cdn url', group.cdn_url],
      ['api url', group.url],
    ],
  );
  const table = formatTable(
    fileHeaders,
    files.map((file, position) => fileRow(position, file)),
    { align: ['right', 'left', 'left', 'right'] },
  );
  return `${fields}\n\n${table}`;
}
