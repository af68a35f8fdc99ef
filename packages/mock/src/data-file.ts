import { readFile } from 'node:fs/promises';

/**
 * The groups in a JSON file (`--data`, `UPLOADCARE_MOCK_DATA`), parsed but not yet checked: the
 * mock checks them against the spec's schema when it starts. `label` names where the path came from.
 */
export async function readGroupsFile(file: string, label: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new TypeError(`${label} ${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error}).`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new TypeError(`${label} ${file}: not JSON (${(error as Error).message}).`);
  }
}
