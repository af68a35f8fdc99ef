// The browser tests check the built site, what readers get; they do not build it themselves.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const distDir = fileURLToPath(new URL('../../dist/', import.meta.url));
export const artifactsDir = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));

export function requireBuiltSite(): void {
  if (!existsSync(`${distDir}index.html`)) {
    throw new Error(
      'apps/docs/dist/index.html is missing: build first (pnpm exec turbo run build --filter=@uploadcare-groups/docs...)',
    );
  }
}

/** The four documented operations as the page shows them. */
export const OPERATIONS = [
  { operationId: 'listGroups', summary: 'List groups', method: 'get', path: '/groups/', deprecated: false },
  { operationId: 'getGroup', summary: 'Get a group', method: 'get', path: '/groups/{group_id}/', deprecated: false },
  {
    operationId: 'deleteGroup',
    summary: 'Delete a group',
    method: 'delete',
    path: '/groups/{group_id}/',
    deprecated: false,
  },
  {
    operationId: 'storeGroup',
    summary: "Store a group's files",
    method: 'put',
    path: '/groups/{group_id}/storage/',
    deprecated: true,
  },
] as const;
