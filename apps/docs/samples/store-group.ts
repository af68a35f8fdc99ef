import { createGroupsClient, UploadcareApiError } from '@uploadcare-groups/client';

const groups = createGroupsClient({
  publicKey: process.env.UPLOADCARE_PUBLIC_KEY ?? 'YOUR_PUBLIC_KEY',
  secretKey: process.env.UPLOADCARE_SECRET_KEY ?? 'YOUR_SECRET_KEY',
  baseUrl: process.env.UPLOADCARE_API_URL, // e.g. a local mock; unset: the live API
});

const groupId = 'badfc9f7-f88f-4921-9cc0-22e2c08aa2da~3';

// Deprecated: only API v0.5/v0.6 accept this call (the client sends the v0.6 Accept type for it).
// For new code, get the group and store its files through the files API in batches of 100.
try {
  const group = await groups.store(groupId);
  console.log(`Stored ${group.files_count} files at ${group.datetime_stored}`);
} catch (error) {
  if (error instanceof UploadcareApiError) {
    console.error(`Store failed: ${error.message}`);
  } else {
    throw error;
  }
}
