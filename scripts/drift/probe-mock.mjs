// `node scripts/drift/probe-mock.mjs '<list params as JSON>' [<5xx status the fail fault answers>]`:
// starts the mock's groups service (the built fake, no Prism) with its demo keys and walks the
// whole list through the built client with those parameters (2 groups a page; with a status,
// every 2nd request fails with it); prints each answer's status and Retry-After, the first
// `next` link and what the walk saw, or the error, and exits 1 when the walk failed.
import { createGroupsClient } from '../../packages/client/dist/index.js';
import { DEMO_KEYS, startFake } from '../../packages/mock/dist/fake/index.js';

const [params = '{}', failStatus] = process.argv.slice(2);
const fake = await startFake({
  groups: 5,
  ...(failStatus === undefined ? {} : { faults: { fail: { every: 2, status: Number(failStatus) } } }),
});
const answers = [];
const fetch = async (url, init) => {
  const response = await globalThis.fetch(url, init);
  answers.push(`${response.status} retry-after: ${response.headers.get('retry-after') ?? '(none)'}`);
  return response;
};
const groups = createGroupsClient({ ...DEMO_KEYS, baseUrl: fake.url, fetch, maxRetries: 2, maxRetryWaitMs: 5000 });
try {
  const started = performance.now();
  const seen = new Set();
  let pages = 0;
  for await (const page of groups.pages({ limit: 2, ...JSON.parse(params) })) {
    if (pages++ === 0) console.log(`next: ${page.next}`);
    for (const group of page.results) seen.add(group.id);
  }
  const ms = Math.round(performance.now() - started);
  console.log(`walked ${pages} pages, ${seen.size} groups of ${(await fake.groups()).length}, in ${ms} ms`);
} catch (error) {
  console.log(`refused: ${error.name}: ${error.message}`);
  process.exitCode = 1;
} finally {
  for (const answer of answers) console.log(`mock answered: ${answer}`);
  await fake.stop();
}
