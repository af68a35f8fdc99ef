// The spec's scripts drop Redocly's framed Node 20 notice (it has no switch) and nothing else.
import { describe, expect, it } from 'vitest';
import { withoutNodeNotice } from '../scripts/redocly.mjs';

const NOTICE = [
  '',
  '    ╔═══════════════════════════════════════════╗',
  '    ║  Deprecation warning: Node.js 20 support is ending  ║',
  '    ║  You are using Node.js v20.20.2.           ║',
  '    ╚═══════════════════════════════════════════╝',
  '',
].join('\n');

describe('withoutNodeNotice', () => {
  it('removes the Node.js notice and keeps what follows', () => {
    expect(withoutNodeNotice(`${NOTICE}validating openapi/openapi.yaml...\n`)).toBe(
      '\nvalidating openapi/openapi.yaml...\n',
    );
  });

  it('keeps any other framed text and every problem Redocly reports', () => {
    const other = '╔══╗\n║ something else ║\n╚══╝\nopenapi.yaml: 8:7 error no-invalid-media-type-examples\n';
    expect(withoutNodeNotice(other)).toBe(other);
  });
});
