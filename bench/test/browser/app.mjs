// The page's script: a browser app that holds no secret and has its server sign requests.
import { createGroupsClient } from '@uploadcare-groups/client';

const api = new URLSearchParams(location.search).get('api');
const groups = createGroupsClient({
  publicKey: 'demopublickey',
  baseUrl: api,
  signer: async (signString) => {
    const res = await fetch('/sign', { method: 'POST', body: signString });
    return res.text();
  },
});

try {
  const page = await groups.list({ limit: 2 });
  const group = await groups.get(page.results[0].id);
  document.body.dataset.result = JSON.stringify({
    ok: true,
    ids: page.results.map((g) => g.id),
    files: group.files.length,
  });
} catch (error) {
  document.body.dataset.result = JSON.stringify({ ok: false, error: String(error) });
}
