import type { Random } from './random.js';

/** A random (version 4, RFC 4122 variant) UUID in lowercase, drawn from `random`. */
export function randomUuid(random: Random): string {
  const hex = random.hex(32).split('');
  hex[12] = '4';
  hex[16] = (8 + random.int(0, 3)).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** `<uuid>~<N>`, the id of a group of `filesCount` files. */
export function groupId(uuid: string, filesCount: number): string {
  return `${uuid}~${filesCount}`;
}

/** The N of a group id (its file count), or undefined when the id has no `~<N>` tail. */
export function filesCountOf(id: string): number | undefined {
  const tail = /~(\d+)$/.exec(id)?.[1];
  return tail === undefined ? undefined : Number(tail);
}
