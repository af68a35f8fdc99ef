// The browser tests check the built site, what readers get; they do not build it themselves.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { operationsOf } from '@uploadcare-groups/spec/codegen';
import { parse } from 'yaml';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

export function requireBuiltSite(): void {
  if (!existsSync(`${distDir}index.html`)) {
    throw new Error(
      'apps/docs/dist/index.html is missing: build first (pnpm exec turbo run build --filter=@uploadcare-groups/docs...)',
    );
  }
}

/** The documented operations as the page shows them, read from the bundled spec (not a copy of it). */
export const OPERATIONS = operationsOf(
  parse(readFileSync(new URL(import.meta.resolve('@uploadcare-groups/spec/openapi.yaml')), 'utf8')),
).map((op) => ({
  operationId: op.operationId,
  summary: String(op.operation.summary),
  method: op.method.toLowerCase(),
  path: op.path,
  deprecated: op.operation.deprecated === true,
}));
