/**
 * A set of strings that remembers only a 64-bit fingerprint of each, in one typed array: a
 * walk checks every group id and every page URL against what it has already seen without its
 * memory growing by the strings themselves (8 bytes a slot, 9 to 18 an entry). Two strings
 * with the same fingerprint are taken for one; at 64 bits that is about 3 in 10^10 over a
 * 100,000-group walk.
 */

/** Two 32-bit FNV-1a style hashes with different primes, for 64 bits in all. */
function fingerprint(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // (0, 0) marks an empty slot.
  return [a >>> 0 || 1, b >>> 0];
}

/** A new set; the function adds a string and says whether it is new. */
export function createSeenSet(): (text: string) => boolean {
  let slots = new Uint32Array(64);
  let count = 0;

  const insert = (hi: number, lo: number): boolean => {
    const mask = slots.length / 2 - 1;
    for (let i = (hi ^ lo) & mask; ; i = (i + 1) & mask) {
      if (slots[2 * i] === 0) {
        slots[2 * i] = hi;
        slots[2 * i + 1] = lo;
        return true;
      }
      if (slots[2 * i] === hi && slots[2 * i + 1] === lo) return false;
    }
  };

  return (text) => {
    // Grow at 7/8 full: probes stay short (tens of steps at worst, each a compare), and a
    // 100,000-group walk fits in 2^17 slots (1 MiB).
    if (++count * 16 > slots.length * 7) {
      const old = slots;
      slots = new Uint32Array(old.length * 2);
      for (let i = 0; i < old.length; i += 2) if (old[i]) insert(old[i] as number, old[i + 1] as number);
    }
    const [hi, lo] = fingerprint(text);
    const added = insert(hi, lo);
    if (!added) count--;
    return added;
  };
}
