import type { GroupFile, GroupWithFiles } from '../types.js';

/** A group's own fields: everything but its files (`datetime_stored` included, whatever the version). */
export type GroupFields = Omit<GroupWithFiles, 'files'>;

/**
 * One group in the store. `createdUs` (its `datetime_created` in microseconds) and `seq` (its
 * place in the order groups were made or given) order the list; `files()` is built on first use
 * for generated groups, so a store of many thousands costs little until their files are read.
 */
export class GroupRecord {
  private fileList: (GroupFile | null)[] | undefined;

  constructor(
    readonly fields: GroupFields,
    readonly createdUs: number,
    readonly seq: number,
    files: (GroupFile | null)[] | (() => (GroupFile | null)[]),
  ) {
    if (Array.isArray(files)) this.fileList = files;
    else this.makeFiles = files;
  }

  private makeFiles: (() => (GroupFile | null)[]) | undefined;

  get id(): string {
    return this.fields.id;
  }

  /** The files, `null` where one was removed; the array the store marks when it stores the group. */
  files(): (GroupFile | null)[] {
    if (this.fileList === undefined) {
      this.fileList = this.makeFiles?.() ?? [];
      this.makeFiles = undefined;
    }
    return this.fileList;
  }

  /** The group with its files, as a deep copy that later changes to the store do not reach. */
  snapshot(): GroupWithFiles {
    return structuredClone({ ...this.fields, files: this.files() });
  }
}

/** Orders records by creation time, then by `seq` among groups created in the same microsecond. */
export function compareRecords(a: GroupRecord, b: GroupRecord): number {
  return a.createdUs - b.createdUs || a.seq - b.seq;
}
