import { neutralize } from './terminal-text.js';

/** Plain-text tables for people: columns padded to their widest cell, two spaces apart. */

export type Alignment = 'left' | 'right';

export interface TableOptions {
  /** Per column; missing entries are left-aligned. Numbers read best right-aligned. */
  align?: readonly Alignment[];
}

/**
 * The widest a cell is shown, in code points: every real value (an id, a date, a CDN URL, a
 * file name) fits, and a 100 kB id from a hostile answer cannot pad every row of the table to
 * its width (100 MB of spaces). JSON output is not cut.
 */
export const MAX_CELL_WIDTH = 120;

/** `text` neutralised and cut to {@link MAX_CELL_WIDTH} code points, an ellipsis ending a cut one. */
function cell(text: string): string {
  // Only the start can be shown: a few code units per code point are plenty, however long the text.
  const shown = [...neutralize(text.slice(0, MAX_CELL_WIDTH * 2))];
  return shown.length > MAX_CELL_WIDTH || text.length > MAX_CELL_WIDTH * 2
    ? `${shown.slice(0, MAX_CELL_WIDTH - 1).join('')}…`
    : shown.join('');
}

/** Display width of a cell: code points, so accented file names do not skew the columns. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, size: number, alignment: Alignment): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return alignment === 'right' ? fill + text : text + fill;
}

/**
 * Formats a header row (none when empty) and data rows as aligned text lines, without trailing
 * spaces. Cells are neutralised first: a control character or a line break in a cell would
 * move the cursor or break the row, and counts for the width as the escape shown. A cell wider
 * than {@link MAX_CELL_WIDTH} is cut, ending in `…`.
 * @example
 * formatTable(['id', 'files'], [['a~1', '1']], { align: ['left', 'right'] });
 * // 'id   files\na~1      1'
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const all = (headers.length > 0 ? [headers, ...rows] : rows).map((row) => row.map(cell));
  const columns = Math.max(...all.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(...all.map((row) => width(row[column] ?? ''))),
  );
  return all
    .map((row) =>
      widths
        .map((size, column) => pad(row[column] ?? '', size, options.align?.[column] ?? 'left'))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
