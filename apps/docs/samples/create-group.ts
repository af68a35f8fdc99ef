import { BadRequestError, createGroupsClient } from '@uploadcare-groups/client';

// The Upload API needs the public key only: this runs in a browser as well.
const groups = createGroupsClient({
  publicKey: process.env.UPLOADCARE_PUBLIC_KEY ?? 'YOUR_PUBLIC_KEY',
  uploadBaseUrl: process.env.UPLOADCARE_UPLOAD_URL ?? process.env.UPLOADCARE_API_URL, // unset: the live Upload API
});

try {
  // Files the project has, in order; CDN operations after /-/ become the file's default_effects.
  const group = await groups.create([
    '0cea5a61-f976-47d9-815a-e787f52aeba1/-/resize/x800/',
    '3ae4bc52-ee53-4d2a-a8f5-8e8b3a1f4e1c',
  ]);
  console.log('New group', group.id, 'of', group.files_count, 'files:', group.cdn_url);
} catch (error) {
  if (error instanceof BadRequestError) {
    console.error(`Not grouped: ${error.detail}`); // e.g. "Some files not found."
  } else {
    throw error;
  }
}
