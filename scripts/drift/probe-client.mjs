// `node scripts/drift/probe-client.mjs <parameter> <value>`: lists with that one parameter
// through the built client and a recording fetch; prints what was sent (or the error) and how
// many requests left, and exits 1 when the client refused.
import { createGroupsClient } from '../../packages/client/dist/index.js';

const [name, raw] = process.argv.slice(2);
// Numbers, booleans and JSON arrays as such (what a caller passes for such a parameter).
const value = /^-?\d+$/.test(raw)
  ? Number(raw)
  : raw === 'true' || raw === 'false'
    ? raw === 'true'
    : raw.startsWith('[')
      ? JSON.parse(raw)
      : raw;
const sent = [];
const page = { next: null, previous: null, total: 0, per_page: 1, results: [] };
const fetch = async (url) => {
  sent.push(url);
  return new Response(JSON.stringify(page), { status: 200 });
};
const groups = createGroupsClient({ publicKey: 'pk', secretKey: 'sk', fetch });
try {
  await groups.list({ [name]: value });
  console.log(`sent: ${sent.join(' ')}`);
  // The query as the server reads it, each value whole (a date is not a prefix of a date-time).
  for (const url of sent) console.log(`query: ${JSON.stringify(Object.fromEntries(new URL(url).searchParams))}`);
} catch (error) {
  console.log(`refused: ${error.message}`);
  process.exitCode = 1;
}
console.log(`requests sent: ${sent.length}`);
