// The files the project has, as far as the mock knows: every file of the groups it held since
// its last (re)load, plus files handed over through the control route. `POST /group/` may group
// these and only these; a file stays known after its group is deleted (deleting a group leaves
// its files alone). Built on first use, so a store of many generated groups costs nothing until
// someone makes a group.
import type { GroupFile } from '../types.js';
import type { GroupStore } from './group-store.js';

export class FileIndex {
  private readonly files = new Map<string, GroupFile>();
  private scanned = false;

  constructor(private readonly store: () => GroupStore) {}

  /** The file with this UUID, or undefined when the project has none. */
  get(uuid: string): GroupFile | undefined {
    this.scan();
    return this.files.get(uuid);
  }

  /** Makes files known (a later file of the same UUID replaces the earlier one). */
  add(files: readonly GroupFile[]): void {
    this.scan();
    for (const file of files) this.files.set(file.uuid, file);
  }

  /** Reads the files of every group held now; call before a group leaves the store. */
  scan(): void {
    if (this.scanned) return;
    this.scanned = true;
    for (const record of this.store().all()) {
      for (const file of record.files()) if (file && !this.files.has(file.uuid)) this.files.set(file.uuid, file);
    }
  }
}
