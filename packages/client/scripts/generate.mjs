// Writes src/generated/ from the bundled spec: the types (openapi-typescript) and the facts the
// client reads at run time (patterns, parameter constraints, media types, operations, answer
// outlines). Committed; CI fails when they are stale (scripts/check-generated.mjs).
import { loadBundledSpec, renderQueryParameters, writeDocBlock, writeGenerated } from '@uploadcare-groups/spec/codegen';

const files = await writeGenerated({
  outDir: new URL('../src/generated/', import.meta.url),
  names: ['openapi', 'patterns', 'parameters', 'media-types', 'operations', 'shapes'],
  regenerate: 'pnpm --filter @uploadcare-groups/client run generate',
});
console.log(`generated packages/client/src/generated/{${files.join(',')}}`);

// The README's list of the list operation's query parameters, rendered from the spec.
await writeDocBlock(
  new URL('../README.md', import.meta.url),
  'list-query',
  renderQueryParameters(await loadBundledSpec(), 'listGroups'),
);
