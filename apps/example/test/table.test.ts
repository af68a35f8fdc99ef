import { describe, expect, it } from 'vitest';
import { formatTable, MAX_CELL_WIDTH } from '../src/table.js';

describe('formatTable', () => {
  it('pads every column to its widest cell, two spaces apart, without trailing spaces', () => {
    const text = formatTable(
      ['id', 'files', 'note'],
      [
        ['a~1', '1', 'first'],
        ['bbbbbb~12', '12', ''],
      ],
      { align: ['left', 'right'] },
    );
    expect(text.split('\n')).toEqual(['id         files  note', 'a~1            1  first', 'bbbbbb~12     12']);
  });

  it('counts code points, so accented names keep the columns straight', () => {
    const lines = formatTable(
      ['name', 'size'],
      [
        ['café.jpg', '1'],
        ['x', '2'],
      ],
    ).split('\n');
    expect(lines.map((line) => line.indexOf(line.trim().split(/\s+/).at(-1) ?? ''))).toEqual([10, 10, 10]);
  });

  it('fills short rows and prints no header row when headers are empty', () => {
    expect(formatTable([], [['key', 'value'], ['k']])).toBe('key  value\nk');
  });

  it.each([
    ['100 kB', 100_000],
    ['1 MB', 1_000_000],
  ])('cuts a %s cell to the widest shown, so no row is padded to it', (_, size) => {
    const long = `${'7'.repeat(size)}~1`;
    const text = formatTable(
      ['id', 'files'],
      [
        [long, '1'],
        ['a~1', '1'],
      ],
    );
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(MAX_CELL_WIDTH + 2 + 5);
    expect(lines[1]).toContain(`${'7'.repeat(MAX_CELL_WIDTH - 1)}…`);
    expect(text.length).toBeLessThan(1000);
  });

  it('cuts after neutralising, counting the escapes shown', () => {
    const [line] = formatTable([], [['\x1b'.repeat(MAX_CELL_WIDTH)]]).split('\n');
    expect([...(line as string)].length).toBe(MAX_CELL_WIDTH);
    expect(line?.endsWith('…')).toBe(true);
    expect(line).not.toContain('\x1b[');
  });

  it('keeps a cell of the widest size whole', () => {
    const exact = 'x'.repeat(MAX_CELL_WIDTH);
    expect(formatTable([], [[exact]])).toBe(exact);
  });
});
