// A copy of the bundled spec with one schema changed, so the service's correct answers break
// it: how a test makes "the service answer a wrong body" without a test hook in the service.
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spec } from './spec.js';

/** Writes the spec with `change` applied to a deep copy; resolves to its path (JSON, which Prism reads). */
export async function writeChangedSpec(name: string, change: (copy: typeof spec) => void): Promise<string> {
  const copy = structuredClone(spec);
  change(copy);
  const path = join(tmpdir(), `uploadcare-groups-${name}-${process.pid}.json`);
  await writeFile(path, JSON.stringify(copy));
  return path;
}

/** The spec with `GroupsPage.total` a string: every correct page of the service breaks it. */
export const totalAsString = () =>
  writeChangedSpec('total-as-string', (copy) => {
    copy.components.schemas.GroupsPage.properties.total.type = 'string';
  });
