// `node scripts/drift/probe-create.mjs`: makes a group through the built client with a
// recording fetch and the client's default Upload API root; prints the URL and body sent.
import { createGroupsClient } from '../../packages/client/dist/index.js';

const group = {
  id: '6e5e2226-d4a6-459b-824d-ff5f8090eaf9~1',
  datetime_created: '2018-09-12T10:03:38.686710Z',
  files_count: 1,
  cdn_url: 'https://ucarecdn.com/6e5e2226-d4a6-459b-824d-ff5f8090eaf9~1/',
  url: 'https://api.uploadcare.com/groups/6e5e2226-d4a6-459b-824d-ff5f8090eaf9~1/',
  files: [{ uuid: '0cea5a61-f976-47d9-815a-e787f52aeba1', default_effects: '' }],
};
const sent = [];
const fetch = async (url, init) => {
  sent.push(`${init.method} ${url} ${new TextDecoder().decode(init.body)}`);
  return new Response(JSON.stringify(group), { status: 200, headers: { 'content-type': 'application/json' } });
};
const groups = createGroupsClient({ publicKey: 'pk', fetch });
await groups.create(['0cea5a61-f976-47d9-815a-e787f52aeba1']);
for (const request of sent) console.log(`sent: ${request}`);
