import { createGroupsClient, NotFoundError } from '@uploadcare-groups/client';

// The Upload API needs the public key only: this runs in a browser as well.
const groups = createGroupsClient({
  publicKey: process.env.UPLOADCARE_PUBLIC_KEY ?? 'YOUR_PUBLIC_KEY',
  uploadBaseUrl: process.env.UPLOADCARE_UPLOAD_URL ?? process.env.UPLOADCARE_API_URL, // unset: the live Upload API
});

const groupId = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

try {
  const group = await groups.uploadInfo(groupId);
  group.files.forEach((file, nth) => {
    console.log(nth, file ? `${file.uuid} ${file.default_effects}` : '(removed)');
  });
} catch (error) {
  if (error instanceof NotFoundError) {
    console.error(`No group ${groupId} in this project`);
  } else {
    throw error;
  }
}
