// `node scripts/drift/probe-mock-data.mjs <field> '<value as JSON>'`: starts the mock's groups
// service (the built fake) and hands it its own first group with that field set (as a user's
// data file would); prints what a list through the built client then shows of the field, or
// the mock's refusal of the data, and exits 1 when it refused.
import { createGroupsClient } from '../../packages/client/dist/index.js';
import { DEMO_KEYS, startFake } from '../../packages/mock/dist/fake/index.js';

const [field, value] = process.argv.slice(2);
const fake = await startFake({ groups: 2 });
try {
  const groups = await fake.groups();
  await fake.setGroups(groups.map((group, i) => (i === 0 ? { ...group, [field]: JSON.parse(value) } : group)));
  const client = createGroupsClient({ ...DEMO_KEYS, baseUrl: fake.url, maxRetries: 0 });
  const page = await client.list();
  console.log(`served: ${JSON.stringify(page.results.find((group) => field in group)?.[field])}`);
} catch (error) {
  console.log(`refused: ${error.message}`);
  process.exitCode = 1;
} finally {
  await fake.stop();
}
