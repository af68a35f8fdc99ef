// `node scripts/drift/probe-mock.mjs '<list params as JSON>' [<5xx status the fail fault answers once>]`:
// starts the mock's groups service (the built fake, no Prism) with its demo keys and lists
// through the built client with those parameters; prints each answer's status and Retry-After,
// the link to the next page, or the error, and exits 1 when the call failed.
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
  // With the fail fault every 2nd request fails: the first page comes, the second fails once.
  const page = await groups.list({ limit: 2, ...JSON.parse(params) });
  console.log(`next: ${page.next}`);
  if (failStatus !== undefined && page.next) {
    const started = performance.now();
    for await (const each of groups.pages({ limit: 2, ...JSON.parse(params) })) if (each.next === null) break;
    console.log(`walked through the ${failStatus}s in ${Math.round(performance.now() - started)} ms`);
  }
} catch (error) {
  console.log(`refused: ${error.name}: ${error.message}`);
  process.exitCode = 1;
} finally {
  for (const answer of answers) console.log(`mock answered: ${answer}`);
  await fake.stop();
}
