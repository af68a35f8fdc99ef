// The prose of the spec names which version is current through placeholders the bundle fills
// in from the document's own media types, so it cannot contradict the operations.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { vendorMediaTypes } from '../codegen/index.mjs';
import { renderProse } from '../scripts/render-prose.mjs';
import { okWith, op, specWith, V5, V6, V7 } from './codegen/tiny-spec.js';
import { spec } from './load-spec.js';

const withProse = (description: string, ...types: string[]) =>
  stringify({
    ...specWith({ '/a/': { get: op('getA', { responses: okWith({}, ...types) }) } }),
    info: { title: 't', version: '1', description },
  });

describe('renderProse', () => {
  it('fills in the current version, its media type and the older versions', () => {
    const prose = '{{current-version}} is current; {{older-versions}} are older. Send {{current-media-type}}.';
    const text = parse(renderProse(withProse(prose, V6, V7, V5))).info.description;
    expect(text).toBe('`v0.7` is current; `v0.6` and `v0.5` are older. Send application/vnd.uploadcare-v0.7+json.');
  });

  it('follows the document: a newer version there is the current one in the prose', () => {
    const V8 = 'application/vnd.uploadcare-v0.8+json';
    expect(renderProse(withProse('{{current-version}} is current', V7, V8))).toContain('`v0.8` is current');
  });

  it("fills in an operation's media type and version", () => {
    const prose = 'Send {{accept:getA}} ({{version:getA}}).';
    expect(parse(renderProse(withProse(prose, V6))).info.description).toBe(
      'Send application/vnd.uploadcare-v0.6+json (v0.6).',
    );
  });

  it('refuses a placeholder it does not know', () => {
    expect(() => renderProse(withProse('{{newest}}', V7))).toThrow(/unknown placeholder \{\{newest\}\}/);
  });

  it('leaves no placeholder in the bundle, and names the newest version the operations use', () => {
    const bundled = readFileSync(new URL('../dist/openapi.yaml', import.meta.url), 'utf8');
    expect(bundled).not.toMatch(/\{\{[a-z-]+\}\}/);
    const newest = vendorMediaTypes(spec)[0] as string;
    expect(spec.info.description).toContain(`Accept: ${newest}`);
  });
});
