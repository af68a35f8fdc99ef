import { createGroupsClient, groupCdnUrl, NotFoundError } from '@uploadcare-groups/client';

const groups = createGroupsClient({
  publicKey: process.env.UPLOADCARE_PUBLIC_KEY ?? 'YOUR_PUBLIC_KEY',
  secretKey: process.env.UPLOADCARE_SECRET_KEY ?? 'YOUR_SECRET_KEY',
  baseUrl: process.env.UPLOADCARE_API_URL, // e.g. a local mock; unset: the live API
});

const groupId = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

try {
  const group = await groups.get(groupId);
  // `files` is always files_count long; a file removed since is null at its position.
  group.files.forEach((file, nth) => {
    console.log(nth, file ? file.original_filename : '(removed)', groupCdnUrl(group.id, { nth }));
  });
  console.log('All files as one zip:', groupCdnUrl(group.id, { archive: 'zip' }));
} catch (error) {
  if (error instanceof NotFoundError) {
    console.error(`No group ${groupId} in this project`);
  } else {
    throw error;
  }
}
