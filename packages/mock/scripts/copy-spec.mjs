// Ships the bundled spec inside the package, so an installed copy needs nothing from the repo.
import { copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
let source;
try {
  source = require.resolve('@uploadcare-groups/spec/openapi.yaml');
} catch (error) {
  console.error(
    'copy-spec: cannot find the bundled spec (@uploadcare-groups/spec/openapi.yaml); run its bundle task first.',
  );
  throw error;
}
const target = fileURLToPath(new URL('../openapi.yaml', import.meta.url));
copyFileSync(source, target);
console.log(`copy-spec: ${source} -> ${target}`);
