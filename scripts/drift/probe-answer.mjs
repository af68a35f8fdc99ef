// `node scripts/drift/probe-answer.mjs <field> '<value as JSON>'`: lists through the built client
// against a fetch that answers a page whose group carries that field with that value; prints
// the group as the client gave it back (or its error) and exits 1 when the client refused.
import { createGroupsClient } from '../../packages/client/dist/index.js';

const [field, value] = process.argv.slice(2);
const id = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~1';
const group = {
  id,
  datetime_created: '2018-11-27T14:14:37.583654Z',
  files_count: 1,
  cdn_url: `https://ucarecdn.com/${id}/`,
  url: `https://api.uploadcare.com/groups/${id}/`,
  [field]: JSON.parse(value),
};
const page = { next: null, previous: null, total: 1, per_page: 1, results: [group] };
const fetch = async () => new Response(JSON.stringify(page), { status: 200 });
const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch, maxRetries: 0 });
try {
  const { results } = await groups.list();
  console.log(`took: ${JSON.stringify(results[0])}`);
} catch (error) {
  console.log(`refused: ${error.name}: ${error.message}`);
  process.exitCode = 1;
}
