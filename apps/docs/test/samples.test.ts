// The code samples: operations read from the spec, the curl signing checked against an
// independent HMAC, and the TypeScript samples' guards (missing, extra, key-like, not compiling).
import { execFileSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OPERATION_IDS, OPERATIONS as SPEC_OPERATIONS } from '@uploadcare-groups/client/spec';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { curlSample } from '../scripts/lib/curl-sample.mjs';
import { documentedOperations, kebabCase, operationAddress } from '../scripts/lib/operations.mjs';
import { samplesDir } from '../scripts/lib/paths.mjs';
import { readTypeScriptSamples, typeCheckSamples } from '../scripts/lib/samples.mjs';
import { artifactsDir } from './helpers/built-site.js';
import { withKeys } from './helpers/run-sample.js';

const spec = parse(readFileSync(new URL(import.meta.resolve('@uploadcare-groups/spec/openapi.yaml')), 'utf8'));
const operations = documentedOperations(spec);
const clientTypes = join(
  fileURLToPath(new URL('.', import.meta.resolve('@uploadcare-groups/client/package.json'))),
  'dist/index.d.ts',
);

describe('documentedOperations', () => {
  // Method, Accept type and deprecation as the generated table gives them; the list's query is
  // the spec's parameter examples, which the docs scripts pick.
  const GROUP_ID = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';
  const QUERY: Record<string, string> = {
    listGroups: '?limit=10&ordering=-datetime_created',
    // The Upload API's: the public key and the group, in the query (the `~` percent-encoded).
    getUploadGroupInfo: `?pub_key=demopublickey&group_id=${GROUP_ID.replace('~', '%7E')}`,
  };
  it.each(
    OPERATION_IDS.map((id) => {
      const { method, path, accept, deprecated } = SPEC_OPERATIONS[id];
      return [id, method, `${path.replace('{group_id}', GROUP_ID)}${QUERY[id] ?? ''}`, accept[0], deprecated] as const;
    }),
  )('%s is %s %s with Accept %s', (operationId, method, uri, accept, deprecated) => {
    const op = operations.find((o) => o.operationId === operationId);
    if (!op) throw new Error(`${operationId} is not documented`);
    expect(op).toMatchObject({ method, uri, accept, deprecated });
    expect(operationAddress(op)).toBe(`#/groups/${operationId.toLowerCase()}`);
  });

  it.each(operations.map((op) => [op.operationId, op] as const))(
    "%s: the TypeScript sample sends the example request's path parameters and query too",
    (_, op) => {
      const source = readFileSync(join(samplesDir, `${kebabCase(op.operationId)}.ts`), 'utf8');
      for (const value of Object.values(op.pathParameters)) expect(source).toContain(`'${value}'`);
      for (const [name, value] of Object.entries(op.query)) {
        // The Upload API's samples take the public key from the client's options, the rest as values.
        if (name === op.publicKeyField) expect(source).toContain('YOUR_PUBLIC_KEY');
        else if (op.publicKeyField) expect(source).toContain(`'${value}'`);
        else expect(source).toContain(`${name}: ${typeof value === 'string' ? `'${value}'` : value}`);
      }
    },
  );

  it('finds exactly the six operations, the Upload API ones on their own server', () => {
    expect(operations.map((op) => op.operationId)).toEqual([
      'listGroups',
      'getGroup',
      'deleteGroup',
      'storeGroup',
      'createGroup',
      'getUploadGroupInfo',
    ]);
    expect(operations.filter((op) => op.publicKeyField).map((op) => op.server)).toEqual([
      'https://upload.uploadcare.com',
      'https://upload.uploadcare.com',
    ]);
    expect(kebabCase('storeGroup')).toBe('store-group');
  });
});

describe('curl samples', () => {
  const date = 'Mon, 05 Nov 2018 13:14:41 GMT';

  const REST = operations.filter((op) => !op.publicKeyField);
  const UPLOAD = operations.filter((op) => op.publicKeyField);

  it.each(UPLOAD.map((op) => [op.operationId, op] as const))(
    '%s sends the public key only, to the Upload API',
    (_, op) => {
      const sample = curlSample(op, op.server);
      expect(sample).not.toMatch(/SECRET|Authorization:/);
      const script = [`curl() { printf '%s\n' "$@"; }`, withKeys(sample, { publicKey: 'pk1', secretKey: 'sk1' })].join(
        '\n',
      );
      const args = execFileSync('bash', ['-c', script], { encoding: 'utf8' }).trim().split('\n');
      const url = new URL(args.find((arg) => arg.startsWith(op.server)) ?? '');
      expect(url.pathname).toBe(op.path);
      expect(url.searchParams.get('jsonerrors')).toBe('1');
      if (op.form) {
        expect(args.slice(0, 2)).toEqual(['-X', op.method]);
        const fields = args.filter((_, i) => args[i - 1] === '-F');
        expect(fields).toEqual(op.form.map(([name, value]) => `${name}=${name === op.publicKeyField ? 'pk1' : value}`));
      } else {
        expect(url.searchParams.get(op.publicKeyField as string)).toBe('pk1');
        for (const [name, value] of Object.entries(op.query)) {
          if (name !== op.publicKeyField) expect(url.searchParams.get(name)).toBe(String(value));
        }
      }
    },
  );

  it.each(REST.map((op) => [op.operationId, op] as const))('%s signs the request it sends', (_, op) => {
    const sample = curlSample(op, 'https://api.uploadcare.com');
    expect(sample).not.toMatch(/\b[0-9a-f]{20}\b/);
    // Run the sample with fixed keys and date, `curl` printing its arguments instead of sending.
    const script = [
      `date() { echo '${date}'; }`,
      `curl() { printf '%s\\n' "$@"; }`,
      withKeys(sample, { publicKey: 'demopublickey', secretKey: 'demosecretkey' }),
    ].join('\n');
    const args = execFileSync('bash', ['-c', script], { encoding: 'utf8' }).trim().split('\n');
    const expected = createHmac('sha1', 'demosecretkey')
      .update([op.method, 'd41d8cd98f00b204e9800998ecf8427e', 'application/json', date, op.uri].join('\n'))
      .digest('hex');
    expect(args).toContain(`https://api.uploadcare.com${op.uri}`);
    expect(args).toContain(`Authorization: Uploadcare demopublickey:${expected}`);
    expect(args).toContain(`X-Uploadcare-Date: ${date}`);
    expect(args).toContain(`Accept: ${op.accept}`);
    if (op.method !== 'GET') expect(args.slice(0, 2)).toEqual(['-X', op.method]);
  });

  it('matches the published test vector', () => {
    // openssl dgst -sha1 -hmac demosecretkey of the five lines for GET /groups/?limit=1
    const signature = execFileSync(
      'bash',
      [
        '-c',
        `printf 'GET\\nd41d8cd98f00b204e9800998ecf8427e\\napplication/json\\n%s\\n%s' '${date}' '/groups/?limit=1' | openssl dgst -sha1 -hmac demosecretkey | sed 's/^.* //'`,
      ],
      { encoding: 'utf8' },
    ).trim();
    // Pinned: computed once with `openssl dgst -sha1 -hmac demosecretkey`.
    expect(signature).toBe('e6898ba7cbaab04e1d3e405466b836efef793dd8');
  });
});

describe('TypeScript samples', () => {
  const work = join(artifactsDir, 'samples-under-test');
  const ids = operations.map((op) => op.operationId);
  const copySamples = () => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    for (const op of operations)
      copyFileSync(join(samplesDir, `${kebabCase(op.operationId)}.ts`), join(work, `${kebabCase(op.operationId)}.ts`));
    // Same settings as samples/tsconfig.json, for the files here.
    writeFileSync(
      join(work, 'tsconfig.json'),
      JSON.stringify({ extends: '../../samples/tsconfig.json', include: ['*.ts'] }),
    );
  };
  afterEach(() => rmSync(work, { recursive: true, force: true }));

  it('has one sample per operation, using the client and no real keys', () => {
    const samples = readTypeScriptSamples(samplesDir, ids);
    expect([...samples.keys()]).toEqual(ids);
    for (const [operationId, source] of samples) {
      expect(source).toContain("from '@uploadcare-groups/client'");
      // The Upload API's samples hold the public key only, as a browser would.
      const upload = operations.find((op) => op.operationId === operationId)?.publicKeyField;
      if (upload) expect(source).not.toMatch(/secret/i);
      else expect(source).toContain('YOUR_SECRET_KEY');
    }
  });

  it.each([
    ['a missing sample', () => rmSync(join(work, 'delete-group.ts')), /deleteGroup has no TypeScript sample/],
    [
      'an extra sample',
      () => writeFileSync(join(work, 'upload.ts'), 'export {};\n'),
      /no documented operation: upload\.ts/,
    ],
    [
      'a real-looking key',
      () => writeFileSync(join(work, 'get-group.ts'), "const publicKey = '0123456789abcdef0123';\n"),
      /looks like a real key/,
    ],
  ])('refuses %s', (_, breakIt, message) => {
    copySamples();
    breakIt();
    expect(() => readTypeScriptSamples(work, ids)).toThrow(message);
  });

  it('type-checks against the built client, and fails the build on a sample that no longer compiles', () => {
    copySamples();
    expect(() => typeCheckSamples(work, clientTypes)).not.toThrow();
    writeFileSync(
      join(work, 'list-groups.ts'),
      readFileSync(join(samplesDir, 'list-groups.ts'), 'utf8').replace('groups.list(', 'groups.listPage('),
    );
    expect(() => typeCheckSamples(work, clientTypes)).toThrow(/do not compile against the client[\s\S]*listPage/);
  });
});
