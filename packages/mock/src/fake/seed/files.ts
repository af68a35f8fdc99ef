// Realistic file information for generated groups: names, MIME types and sizes that go
// together, image information for images, stream information for videos, upload times before
// the group's creation. Everything is drawn from the group's own seeded sequence.
import { formatMicros } from '../state/timestamps.js';
import type { ContentInfo, GroupFile } from '../types.js';
import { randomUuid } from './ids.js';
import type { Random } from './random.js';

/** Where generated files say they live: the real CDN and files API, which the mock does not serve. */
export const CDN_ORIGIN = 'https://ucarecdn.com';
export const API_ORIGIN = 'https://api.uploadcare.com';

interface Kind {
  mime: string;
  ext: string;
  weight: number;
  /** Smallest and largest size in bytes. */
  size: [number, number];
  /** Image format as the service names it (`JPEG`), for images. */
  image?: string;
  video?: boolean;
  names: readonly string[];
}

const PHOTO_NAMES = ['IMG_%', 'DSC_%', 'beach', 'team photo', 'passport scan', 'holiday-%', 'Résumé photo', 'avatar'];
const GRAPHIC_NAMES = ['logo', 'screenshot %', 'floor-plan', 'banner_%', 'icon', 'diagram'];
const DOCUMENT_NAMES = ['invoice-%', 'contract', 'itinerary', 'report Q%', 'menu', 'ticket', 'Kündigung'];

const KINDS: readonly Kind[] = [
  { mime: 'image/jpeg', ext: 'jpg', weight: 34, size: [38_000, 7_500_000], image: 'JPEG', names: PHOTO_NAMES },
  { mime: 'image/png', ext: 'png', weight: 14, size: [4_000, 3_000_000], image: 'PNG', names: GRAPHIC_NAMES },
  { mime: 'image/webp', ext: 'webp', weight: 6, size: [9_000, 900_000], image: 'WEBP', names: PHOTO_NAMES },
  { mime: 'image/gif', ext: 'gif', weight: 3, size: [2_000, 4_000_000], image: 'GIF', names: GRAPHIC_NAMES },
  { mime: 'application/pdf', ext: 'pdf', weight: 14, size: [20_000, 12_000_000], names: DOCUMENT_NAMES },
  { mime: 'video/mp4', ext: 'mp4', weight: 7, size: [400_000, 180_000_000], video: true, names: ['clip-%', 'VID_%'] },
  { mime: 'audio/mpeg', ext: 'mp3', weight: 4, size: [300_000, 12_000_000], names: ['voice note %', 'track-%'] },
  { mime: 'text/plain', ext: 'txt', weight: 4, size: [12, 80_000], names: ['notes', 'readme', 'log-%'] },
  { mime: 'text/csv', ext: 'csv', weight: 3, size: [200, 2_000_000], names: ['export-%', 'contacts'] },
  { mime: 'application/zip', ext: 'zip', weight: 4, size: [10_000, 50_000_000], names: ['archive', 'photos-%'] },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: 'docx',
    weight: 7,
    size: [8_000, 4_000_000],
    names: DOCUMENT_NAMES,
  },
];
const TOTAL_WEIGHT = KINDS.reduce((sum, kind) => sum + kind.weight, 0);

const IMAGE_SIZES: readonly [number, number][] = [
  [4032, 3024],
  [3024, 4032],
  [1920, 1080],
  [1280, 720],
  [800, 600],
  [500, 500],
  [1080, 1350],
  [256, 256],
];
const IMAGE_EFFECTS = ['', '', '', 'resize/x800/', 'preview/', 'crop/400x400/center/', 'resize/200x/-/format/webp/'];

function pickKind(random: Random): Kind {
  let left = random.next() * TOTAL_WEIGHT;
  for (const kind of KINDS) {
    left -= kind.weight;
    if (left < 0) return kind;
  }
  return KINDS[0] as Kind;
}

function fileName(random: Random, kind: Kind): string {
  const stem = random.pick(kind.names).replace('%', String(random.int(1, 9999)).padStart(4, '0'));
  return `${stem}.${kind.ext}`;
}

function imageInfo(random: Random, kind: Kind): NonNullable<ContentInfo['image']> {
  const [width, height] = random.pick(IMAGE_SIZES);
  return {
    format: kind.image,
    width,
    height,
    orientation: kind.image === 'JPEG' ? random.pick([null, 1, 1, 6, 8]) : null,
    color_mode: kind.image === 'PNG' ? random.pick(['RGBA', 'RGB', 'P']) : 'RGB',
    dpi: random.pick([null, [72, 72], [144, 144], [300, 300]]),
    geo_location:
      kind.image === 'JPEG' && random.chance(0.2)
        ? { latitude: random.int(-60_000, 70_000) / 1000, longitude: random.int(-179_000, 179_000) / 1000 }
        : null,
    datetime_original: null,
    sequence: kind.image === 'GIF' && random.chance(0.5),
  };
}

function videoInfo(random: Random): NonNullable<ContentInfo['video']> {
  const [width, height] = random.pick(IMAGE_SIZES.slice(2, 4));
  const bitrate = random.int(800, 9000);
  return {
    duration: random.int(1_500, 600_000),
    format: 'mp4',
    bitrate,
    audio: [{ bitrate: 128, codec: 'aac', sample_rate: 44_100, channels: 2 }],
    video: [{ height, width, frame_rate: random.pick([24, 25, 30, 60]), bitrate: bitrate - 128, codec: 'h264' }],
  };
}

function contentInfo(random: Random, kind: Kind): ContentInfo {
  const [type, subtype] = kind.mime.split('/') as [string, string];
  const info: ContentInfo = { mime: { mime: kind.mime, type, subtype } };
  if (kind.image) info.image = imageInfo(random, kind);
  if (kind.video) info.video = videoInfo(random);
  return info;
}

/**
 * One file of a group created at `createdUs`: uploaded up to ten minutes before it, and stored
 * at `storedUs` (or, with `storedUs` null, stored on its own now and then, as autostore does).
 */
export function generateFile(random: Random, createdUs: number, storedUs: number | null): GroupFile {
  const kind = pickKind(random);
  const uuid = randomUuid(random);
  const name = fileName(random, kind);
  const uploadedUs = createdUs - random.int(500_000, 600_000_000);
  const ownStoreUs = random.chance(0.15) ? uploadedUs + random.int(100_000, 2_000_000) : null;
  const stored = storedUs ?? ownStoreUs;
  return {
    uuid,
    default_effects: kind.image ? random.pick(IMAGE_EFFECTS) : '',
    datetime_uploaded: formatMicros(uploadedUs),
    datetime_stored: stored === null ? null : formatMicros(stored),
    datetime_removed: null,
    is_image: kind.image !== undefined,
    is_ready: true,
    mime_type: kind.mime,
    original_filename: name,
    original_file_url: `${CDN_ORIGIN}/${uuid}/${encodeURIComponent(name)}`,
    size: random.int(kind.size[0], kind.size[1]),
    url: `${API_ORIGIN}/files/${uuid}/`,
    content_info: contentInfo(random, kind),
    metadata: random.chance(0.5) ? { subsystem: 'uploader' } : {},
    appdata: null,
    variations: null,
  };
}
