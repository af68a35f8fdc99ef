import { describe, expect, it } from 'vitest';
import { formatTable } from '../src/table.js';

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
});
