// Writes src/generated/ from the bundled spec: the types the fake service is written against,
// and the facts it serves by (operations and their answers' media types, parameter
// constraints, API versions, the documented error details and the statuses of the error
// answers, and the component schemas user-supplied groups are checked against). Committed; CI
// fails when stale.
import { loadBundledSpec, renderQueryParameters, writeDocBlock, writeGenerated } from '@uploadcare-groups/spec/codegen';

const files = await writeGenerated({
  outDir: new URL('../src/generated/', import.meta.url),
  names: [
    'openapi',
    'patterns',
    'parameters',
    'media-types',
    'operations',
    'error-examples',
    'error-responses',
    'schemas',
  ],
  regenerate: 'pnpm --filter @uploadcare-groups/mock run generate',
});
console.log(`generated packages/mock/src/generated/{${files.join(',')}}`);

// The README's list of the list operation's query parameters, rendered from the spec.
await writeDocBlock(
  new URL('../README.md', import.meta.url),
  'list-query',
  renderQueryParameters(await loadBundledSpec(), 'listGroups'),
);
