// `pnpm --filter @uploadcare-groups/spec lint`: Redocly's lint of the split spec (rules in
// redocly.yaml), without the Node 20 notice.
import { fileURLToPath } from 'node:url';
import { runRedocly } from './redocly.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.exitCode = runRedocly(['lint', 'openapi/openapi.yaml', '--format=stylish'], { cwd: root });
