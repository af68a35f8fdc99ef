import { createGroupsClient, NotFoundError } from '@uploadcare-groups/client';

const groups = createGroupsClient({
  publicKey: process.env.UPLOADCARE_PUBLIC_KEY ?? 'YOUR_PUBLIC_KEY',
  secretKey: process.env.UPLOADCARE_SECRET_KEY ?? 'YOUR_SECRET_KEY',
  baseUrl: process.env.UPLOADCARE_API_URL, // e.g. a local mock; unset: the live API
});

const groupId = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

// Deletes the group object only: its files stay as they are.
try {
  await groups.delete(groupId);
  console.log(`Deleted ${groupId}`);
} catch (error) {
  if (error instanceof NotFoundError) {
    console.log(`${groupId} was already gone`);
  } else {
    throw error;
  }
}
