import { fileURLToPath } from 'node:url';

/**
 * Absolute path of the OpenAPI document shipped in this package (`openapi.yaml` at the package
 * root, copied from the project's bundled spec at build time). The mock serves it by default.
 *
 * @example
 * ```ts
 * import { readFile } from 'node:fs/promises';
 * import { bundledSpecPath } from '@uploadcare-groups/mock';
 * const yaml = await readFile(bundledSpecPath, 'utf8');
 * ```
 */
export const bundledSpecPath: string = fileURLToPath(new URL('../openapi.yaml', import.meta.url));
