// The groups a seed stands for: `count` groups over a stretch of time, oldest first, with runs
// of groups created in the same microsecond (so `offset` matters, sometimes over more than a
// page), 1 to 20 files each with some removed, and some groups already stored. The same seed
// gives the same groups; files are drawn from each group's own sequence only when first read.
import { groupUrl } from '../routes/serialize.js';
import { GroupRecord } from '../state/group-record.js';
import { formatMicros } from '../state/timestamps.js';
import type { GroupFile } from '../types.js';
import { API_ORIGIN, CDN_ORIGIN, generateFile } from './files.js';
import { groupId, randomUuid } from './ids.js';
import { createRandom, type Random } from './random.js';

/** 2023-01-01T00:00:00Z in microseconds: the generated history starts within half a year of it. */
const HISTORY_START_US = Date.UTC(2023, 0, 1) * 1000;
const DAY_US = 86_400_000_000;

/** Whether the next group shares the previous one's timestamp, and for how many groups. */
function nextRun(random: Random): number {
  if (random.chance(0.04)) return random.int(4, 14); // a burst, such as an import
  return random.chance(0.25) ? 1 : 0;
}

/** 1 to 20 files, most groups small. */
function filesCount(random: Random): number {
  return Math.min(20, 1 + Math.floor(20 * random.next() ** 2));
}

export function seedGroups(seed: string | number, count: number): GroupRecord[] {
  const random = createRandom(seed);
  const records: GroupRecord[] = [];
  let createdUs = HISTORY_START_US + random.int(0, 180) * DAY_US + random.int(0, DAY_US - 1);
  let sharing = 0;
  for (let seq = 0; seq < count; seq++) {
    if (seq > 0) {
      if (sharing > 0) sharing--;
      else {
        sharing = nextRun(random);
        if (sharing === 0) createdUs += random.int(1_000_000, 3 * DAY_US);
        else sharing--;
      }
    }
    const uuid = randomUuid(random);
    const n = filesCount(random);
    const id = groupId(uuid, n);
    const storedUs = random.chance(0.3) ? createdUs + random.int(50_000, 30_000_000) : null;
    const filesSeed = `${String(seed)}/${uuid}`;
    const created = createdUs;
    records.push(
      new GroupRecord(
        {
          id,
          datetime_created: formatMicros(createdUs),
          datetime_stored: storedUs === null ? null : formatMicros(storedUs),
          files_count: n,
          cdn_url: `${CDN_ORIGIN}/${id}/`,
          url: groupUrl(API_ORIGIN, id),
        },
        createdUs,
        seq,
        () => seedFiles(createRandom(filesSeed), n, created, storedUs),
      ),
    );
  }
  return records;
}

function seedFiles(random: Random, n: number, createdUs: number, storedUs: number | null): (GroupFile | null)[] {
  const files: (GroupFile | null)[] = [];
  for (let i = 0; i < n; i++) {
    const file = generateFile(random, createdUs, storedUs);
    files.push(random.chance(0.08) ? null : file);
  }
  return files;
}
