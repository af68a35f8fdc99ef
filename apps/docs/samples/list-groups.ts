import { createGroupsClient } from '@uploadcare-groups/client';

const groups = createGroupsClient({
  publicKey: process.env.UPLOADCARE_PUBLIC_KEY ?? 'YOUR_PUBLIC_KEY',
  secretKey: process.env.UPLOADCARE_SECRET_KEY ?? 'YOUR_SECRET_KEY',
  baseUrl: process.env.UPLOADCARE_API_URL, // e.g. a local mock; unset: the live API
});

// One page, newest first.
const page = await groups.list({ limit: 10, ordering: '-datetime_created' });
console.log(`${page.total} groups in all, ${page.results.length} on this page`);
for (const group of page.results) {
  console.log(group.id, group.files_count, group.cdn_url);
}

// Every group: listAll follows `next` for you, offset included.
for await (const group of groups.listAll({ from: '2024-01-01T00:00:00Z', maxItems: 500 })) {
  console.log(group.id, group.datetime_created);
}
