// Renders the page with `redocly build-docs` (Redoc inlined, telemetry off) and makes it fully
// self-contained and static-host friendly.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Redoc 3's sidebar footer loads Redocly's attribution logo from cdn.redoc.ly at run time, the
 * page's only request to another host. It is swapped for an inline SVG of the same words.
 */
const CDN_LOGOS = ['https://cdn.redoc.ly/redoc/logo-mini-full.svg', 'https://cdn.redoc.ly/redoc/logo-mini.svg'];
const ATTRIBUTION_SVG = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="14" viewBox="0 0 52 14">' +
    '<text x="0" y="11" font-family="system-ui,sans-serif" font-size="11" font-weight="600" fill="#1f2937">Redocly</text></svg>',
)}`;

/**
 * @param {object} options
 * @param {string} options.specPath the docs copy of the spec to render
 * @param {string} options.outputPath where index.html goes
 * @param {string} options.templatePath
 * @param {string} options.configPath redocly.yaml with the Redoc options
 * @param {string} options.title
 * @param {Record<string, string>} options.operationAddresses operationId -> `#/...` address
 */
export function renderRedocPage({ specPath, outputPath, templatePath, configPath, title, operationAddresses }) {
  const cli = require.resolve('@redocly/cli/bin/cli.js');
  const result = spawnSync(
    process.execPath,
    [
      cli,
      'build-docs',
      specPath,
      '--output',
      outputPath,
      '--inlineBundle',
      '--config',
      configPath,
      '--template',
      templatePath,
      '--title',
      title,
      `--templateOptions.operationAddresses=${JSON.stringify(operationAddresses)}`,
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  if (result.status !== 0) {
    throw new Error(`redocly build-docs failed:\n${result.stdout}${result.stderr}`);
  }
  const html = makeSelfContained(readFileSync(outputPath, 'utf8'));
  writeFileSync(outputPath, html);
  return html;
}

/** Exported for tests: the post-processing of the rendered page. */
export function makeSelfContained(html) {
  let out = html;
  for (const url of CDN_LOGOS) {
    if (!out.includes(url)) {
      throw new Error(`The Redoc bundle no longer references ${url}: review makeSelfContained()`);
    }
    out = out.split(url).join(ATTRIBUTION_SVG);
  }
  out = hashLinksInPrerender(out);
  assertNoExternalLoads(out);
  assertRelativeAddresses(out);
  return out;
}

/**
 * The pre-rendered markup links sections by path (`/section/versioning`), which a static host
 * answers with 404 when opened in a new tab; the hydrated page uses Redoc's hash router
 * (`#/section/versioning`). Give the pre-rendered links the hash form too.
 */
function hashLinksInPrerender(html) {
  const start = html.indexOf('<div id="redoc">');
  const end = html.indexOf('<script type="module">', start);
  if (start < 0 || end < 0) throw new Error('Unexpected build-docs output: no pre-rendered <div id="redoc">');
  const prerender = html.slice(start, end).replace(/href="\/([^"]*)"/g, 'href="#/$1"');
  return html.slice(0, start) + prerender + html.slice(end);
}

/**
 * Hosted as a project site the page lives under a folder (`/uploadcare-groups/` on GitHub Pages),
 * so every address in its markup is relative (`openapi.yaml`, `logo.svg`, `#/groups/...`): one
 * starting with `/` would leave that folder, and would not open from disk either.
 */
function assertRelativeAddresses(html) {
  const rooted = html.match(/<[a-z]+\b[^>]*\b(?:src|href|action|poster|srcset)="\/(?!\/)[^"]*"/gi);
  if (rooted) throw new Error(`The page has addresses that leave the folder it is served from: ${rooted.join(', ')}`);
}

/** Nothing in the page may load from another host (scripts, styles, fonts, images). */
function assertNoExternalLoads(html) {
  const external = html.match(/<(?:script|link|img)\b[^>]*\b(?:src|href)="(?:https?:)?\/\/[^"]*"/gi);
  if (external) throw new Error(`The page would load from another host: ${external.join(', ')}`);
  if (html.includes('cdn.redocly.com/redoc/v')) {
    throw new Error('The page refers to the Redoc CDN bundle: was --inlineBundle dropped?');
  }
}
