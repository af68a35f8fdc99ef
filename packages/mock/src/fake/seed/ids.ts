import type { Random } from './random.js';

/** A random (version 4, RFC 4122 variant) UUID in lowercase, drawn from `random`. */
export function randomUuid(random: Random): string {
  const s = random.hex(32);
  const variant = (8 + (random.uint32() % 4)).toString(16);
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20)}`;
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
