/**
 * A set of strings that remembers only a 64-bit fingerprint of each, in one typed array: a
 * walk checks every group id and every page URL against what it has already seen without its
 * memory growing by the strings themselves (8 bytes a slot, 9 to 18 an entry). Two strings
 * with the same fingerprint are taken for one; at 64 bits that is about 3 in 10^10 over a
 * 100,000-group walk.
 */

/** A new set; the function adds a string and says whether it is new. */
export function createSeenSet(): (text: string) => boolean {
  // Slot i is the pair [2i, 2i + 1]; (0, 0) marks an empty one.
  let slots = new Uint32Array(64);
  let count = 0;

  /** Open addressing with linear probing: true when the fingerprint was not there yet. */
  const add = (hi: number, lo: number): boolean => {
    const mask = slots.length - 2;
    for (let i = ((hi ^ lo) << 1) & mask; ; i = (i + 2) & mask) {
      if (!slots[i]) {
        slots[i] = hi;
        slots[i + 1] = lo;
        count++;
        return true;
      }
      if (slots[i] === hi && slots[i + 1] === lo) return false;
    }
  };

  return (text) => {
    // Grow at 7/8 full: probes stay short (tens of steps at worst, each a compare), and a
    // 100,000-group walk fits in 2^17 slots (1 MiB).
    if (count * 16 >= slots.length * 7) {
      const old = slots;
      slots = new Uint32Array(old.length * 2);
      count = 0;
      for (let i = 0; i < old.length; i += 2) if (old[i]) add(old[i] as number, old[i + 1] as number);
    }
    // Two 32-bit FNV-1a style hashes with different primes, for 64 bits in all.
    let a = 0x811c9dc5;
    let b = 0x9e3779b9;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x5bd1e995);
      b ^= b >>> 15;
    }
    return add(a >>> 0 || 1, b >>> 0);
  };
}
