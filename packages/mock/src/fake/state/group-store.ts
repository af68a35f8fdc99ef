// The project's groups, with no HTTP in sight: list a page, get, store and delete. Kept oldest
// first (creation time, then the order groups were made), the order every page is cut from.
import { compareRecords, type GroupRecord } from './group-record.js';
import { type PageQuery, type PageWindow, pageWindow } from './paging.js';
import { formatMicros } from './timestamps.js';

export class GroupStore {
  private readonly ascending: GroupRecord[];
  private readonly byId = new Map<string, GroupRecord>();

  /** `records` must have distinct ids (the seed and the data check guarantee it). */
  constructor(records: readonly GroupRecord[]) {
    this.ascending = [...records].sort(compareRecords);
    for (const record of this.ascending) this.byId.set(record.id, record);
  }

  /** How many groups the project has: the `total` of every page. */
  get size(): number {
    return this.ascending.length;
  }

  page(query: PageQuery): PageWindow<GroupRecord> {
    return pageWindow(this.ascending, query);
  }

  get(id: string): GroupRecord | undefined {
    return this.byId.get(id);
  }

  /**
   * Marks the group and each of its present files stored at `nowUs`, and returns it. Storing a
   * stored group changes nothing (its time and its files' times stay as they were); a file stored
   * on its own before keeps its own time.
   */
  store(id: string, nowUs: number): GroupRecord | undefined {
    const record = this.byId.get(id);
    if (record === undefined || record.fields.datetime_stored) return record;
    const now = formatMicros(nowUs);
    record.fields.datetime_stored = now;
    for (const file of record.files()) {
      if (file && !file.datetime_stored) file.datetime_stored = now;
    }
    return record;
  }

  /** The `seq` for a group made now: after every group held, so it lists after those of its microsecond. */
  nextSeq(): number {
    return this.ascending.reduce((max, record) => Math.max(max, record.seq + 1), 0);
  }

  /** Adds a new group (its id must be new) in its place in the order. */
  add(record: GroupRecord): void {
    this.byId.set(record.id, record);
    this.ascending.splice(this.indexOf(record), 0, record);
  }

  /** Removes the group (its files are not the store's business); false when there was none. */
  delete(id: string): boolean {
    const record = this.byId.get(id);
    if (record === undefined) return false;
    this.byId.delete(id);
    this.ascending.splice(this.indexOf(record), 1);
    return true;
  }

  /** Every group, oldest first. */
  all(): readonly GroupRecord[] {
    return this.ascending;
  }

  private indexOf(record: GroupRecord): number {
    let lo = 0;
    let hi = this.ascending.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareRecords(this.ascending[mid] as GroupRecord, record) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
