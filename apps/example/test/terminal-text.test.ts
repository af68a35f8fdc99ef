import { describe, expect, it } from 'vitest';
import { formatTable } from '../src/table.js';
import { neutralize, neutralizeLines } from '../src/terminal-text.js';
import { hostileName } from './fixtures.js';

describe('neutralize', () => {
  it.each([
    ['\x1b[31mred', '\\x1b[31mred'],
    ['title\x1b]0;x\x07', 'title\\x1b]0;x\\x07'],
    ['over\rwrite', 'over\\x0dwrite'],
    ['back\bspace\x7f', 'back\\x08space\\x7f'],
    ['c1\u009b2J', 'c1\\x9b2J'],
    ['bidi\u202eexe.txt\u2066', 'bidi\\u202eexe.txt\\u2066'],
    ['line\u2028sep', 'line\\u2028sep'],
    ['two\nlines\ttab', 'two\\x0alines\\x09tab'],
  ])('%j is shown as %s', (input, shown) => {
    expect(neutralize(input)).toBe(shown);
  });

  it.each(['café.jpg', 'Ünïcödé 写真.png', 'a\\x1b (already visible)', '😀'])('keeps %j as it is', (text) => {
    expect(neutralize(text)).toBe(text);
    expect(neutralizeLines(text)).toBe(text);
  });

  it('neutralizeLines keeps line breaks only', () => {
    expect(neutralizeLines('one\ntwo\r\n\x1b[2J')).toBe('one\ntwo\\x0d\n\\x1b[2J');
  });

  it('leaves no character a terminal acts on in the hostile fixture', () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for exactly those.
    expect(neutralize(hostileName)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('formatTable with text from the service', () => {
  it('shows controls as escapes and aligns on what is shown', () => {
    const lines = formatTable(
      ['name', 'size'],
      [
        ['x\x1b[2Jy', '1'],
        ['plain', '2'],
      ],
    ).split('\n');
    expect(lines).toEqual(['name       size', 'x\\x1b[2Jy  1', 'plain      2']);
  });
});
