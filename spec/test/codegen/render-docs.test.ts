// render-docs.mjs: README blocks rendered from the spec, so prose never copies a bound.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderQueryParameters, writeDocBlock } from '../../codegen/render-docs.mjs';
import { op, specWith } from './tiny-spec.js';

const spec = specWith({
  '/a/': {
    get: op('listA', {
      parameters: [
        {
          name: 'limit',
          in: 'query',
          description: 'How\nmany.',
          schema: { type: 'integer', minimum: 1, maximum: 9, default: 3 },
        },
        { name: 'sort', in: 'query', schema: { type: 'string', enum: ['a', '-a'] } },
        { name: 'since', in: 'query', required: true, schema: { type: 'string', format: 'date' } },
        { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
      ],
    }),
  },
});

describe('renderQueryParameters', () => {
  it('one item per query parameter: what it takes, then its description', () => {
    expect(renderQueryParameters(spec, 'listA')).toBe(
      [
        '- `limit` (integer, 1 to 9, default `3`): How many.',
        '- `sort` (string, one of `a`, `-a`)',
        '- `since` (string, date, required)',
      ].join('\n'),
    );
  });

  it('refuses an operation the spec does not have', () => {
    expect(() => renderQueryParameters(spec, 'nope')).toThrow(/no operation nope/);
  });
});

describe('writeDocBlock', () => {
  const file = () => {
    const path = join(mkdtempSync(join(tmpdir(), 'render-docs-')), 'README.md');
    return { path, url: pathToFileURL(path) };
  };

  it('rewrites only the block between its markers', async () => {
    const { path, url } = file();
    writeFileSync(path, 'before\n<!-- spec:q:start -->\nstale\n<!-- spec:q:end -->\nafter\n');
    await writeDocBlock(url, 'q', '- fresh');
    expect(readFileSync(path, 'utf8')).toBe('before\n<!-- spec:q:start -->\n- fresh\n<!-- spec:q:end -->\nafter\n');
  });

  it('fails when the README has no such block', async () => {
    const { path, url } = file();
    writeFileSync(path, 'no markers\n');
    await expect(writeDocBlock(url, 'q', 'x')).rejects.toThrow(/has no <!-- spec:q:start -->/);
  });
});
