// Reads a PNG's signature and IHDR dimensions: enough to know a screenshot is a real image.
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(data: Buffer): { width: number; height: number } {
  if (data.length < 24 || !data.subarray(0, 8).equals(SIGNATURE)) throw new Error('Not a PNG: wrong signature');
  if (data.toString('ascii', 12, 16) !== 'IHDR') throw new Error('Not a PNG: first chunk is not IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}
