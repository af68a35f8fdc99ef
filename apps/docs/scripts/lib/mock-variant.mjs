// The page as served next to the local mock: the mock is the first listed server, and a small
// panel sends each operation's example request to it, signed in the page with the mock's demo
// keys. The built dist/ stays the static page.
import { readFileSync } from 'node:fs';
import { documentedOperations, operationAddress } from './operations.mjs';
import { tryPanelPath } from './paths.mjs';
import { EMPTY_BODY_MD5, SIGNED_CONTENT_TYPE } from './signing.mjs';

const DEFINITION = /^(\s*const __redoc_definition = )(.*);$/m;

/** The same escaping build-docs applies to inline JSON, so the script cannot be closed early. */
function inlineJson(value) {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Keys as the page may carry them: printable ASCII, no spaces; the public key, which ends at the header's `:`, none. */
const SECRET_KEY = /^[\x21-\x7e]+$/;
const PUBLIC_KEY = /^[\x21-\x39\x3b-\x7e]+$/;

/**
 * @param {string} html the built index.html
 * @param {string} mockUrl e.g. `http://127.0.0.1:4010`
 * @param {{ publicKey: string, secretKey: string }} demoKeys the mock's demo key pair (the mock
 *   package's `DEMO_KEYS`), which the page signs with: the secret is readable by anyone who
 *   opens the page, so it must be a key only the mock knows, never a project's.
 */
export function mockVariant(html, mockUrl, demoKeys) {
  const url = new URL(mockUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`--mock-url must be an http(s) URL, got ${mockUrl}`);
  }
  if (!PUBLIC_KEY.test(demoKeys?.publicKey ?? '') || !SECRET_KEY.test(demoKeys?.secretKey ?? '')) {
    throw new Error(
      'mockVariant: the demo keys must be printable ASCII without spaces, and the public key without ":"',
    );
  }
  const root = url.href.replace(/\/$/, '');
  const match = DEFINITION.exec(html);
  if (!match) throw new Error('The built page has no inline `__redoc_definition`: rebuild the docs');
  const spec = JSON.parse(match[2]);
  spec.servers = [
    {
      url: root,
      description: `Local mock: a stateful groups service behind Prism's validating proxy (demo keys ${demoKeys.publicKey} / ${demoKeys.secretKey})`,
    },
    ...(spec.servers ?? []),
  ];
  // The Upload API's operations name their own server: the mock serves them on its one port too.
  for (const item of Object.values(spec.paths ?? {})) {
    if (Array.isArray(item.servers))
      item.servers = [{ url: root, description: 'Local mock (the Upload API too)' }, ...item.servers];
  }
  const operations = documentedOperations(spec).map((op) => ({
    operationId: op.operationId,
    summary: op.summary,
    method: op.method,
    path: op.path,
    pathParameters: op.pathParameters,
    // The Upload API reads its group id from the query: the panel fills it like a path parameter.
    queryParameters: Object.fromEntries(
      Object.entries(op.query).filter(([name]) => op.publicKeyField && name !== op.publicKeyField),
    ),
    search: op.search,
    publicKeyField: op.publicKeyField,
    form: op.form,
    accept: op.accept,
    deprecated: op.deprecated,
    address: operationAddress(op),
  }));
  let out = html.replace(DEFINITION, () => `${match[1]}${inlineJson(spec)};`);
  out = withoutPrerender(out);
  const signing = { keys: demoKeys, contentType: SIGNED_CONTENT_TYPE, emptyBodyMd5: EMPTY_BODY_MD5 };
  const config = `<script>window.__UCG_TRY_MOCK__ = ${inlineJson({ mockUrl: root, signing, operations })};</script>`;
  const panel = `<script>${readFileSync(tryPanelPath, 'utf8').replace(/<\/(script)/gi, '<\\/$1')}</script>`;
  // The inlined Redoc bundle mentions </body> too: insert before the page's own, the last one.
  const bodyEnd = out.lastIndexOf('</body>');
  return `${out.slice(0, bodyEnd)}${config}\n${panel}\n${out.slice(bodyEnd)}`;
}

/**
 * The pre-rendered markup shows the spec's own server list; with the mock added it would not
 * match, so Redoc renders this variant in the browser (hydrate() does so for an empty root).
 */
function withoutPrerender(html) {
  const start = html.indexOf('<div id="redoc">');
  const script = html.indexOf('<script type="module">', start);
  const end = html.lastIndexOf('</div>', script);
  if (start < 0 || script < 0 || end < start) throw new Error('The built page has no pre-rendered <div id="redoc">');
  return `${html.slice(0, start)}<div id="redoc"></div>${html.slice(end + '</div>'.length)}`;
}
