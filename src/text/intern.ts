/**
 * A direct-mapped cache of recently seen token surfaces and their norms,
 * probed by a hash computed straight from the input's char codes. On a hit
 * the tokenizer reuses the cached strings: no `slice` allocation and no Map
 * lookup for the norm. Natural text repeats words heavily (Zipf), so most
 * word tokens hit. Fixed size, so memory is bounded; a collision simply
 * overwrites the slot.
 */

const SLOTS = 8192; // power of two
const MAX_LEN = 32;

/** The intern table of one tokenizer. */
export interface InternTable {
  texts: (string | undefined)[];
  norms: string[];
}

/** Creates an empty table. */
export function createInternTable(): InternTable {
  return { texts: new Array<string | undefined>(SLOTS).fill(undefined), norms: new Array<string>(SLOTS).fill('') };
}

/**
 * Returns the slot for `s[start, end)` if the cached surface there equals it,
 * else -(slot + 1) so the caller can fill it. Surfaces longer than 32 code
 * units are not interned (returns -0x7fffffff).
 */
export function probe(table: InternTable, s: string, start: number, end: number): number {
  const len = end - start;
  if (len > MAX_LEN) return -0x7fffffff;
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  const slot = (h >>> 0) & (SLOTS - 1);
  const t = table.texts[slot];
  if (t !== undefined && t.length === len) {
    let k = 0;
    while (k < len && t.charCodeAt(k) === s.charCodeAt(start + k)) k++;
    if (k === len) return slot;
  }
  return -(slot + 1);
}
