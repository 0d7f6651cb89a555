/**
 * The vocabulary of one tokenizer: an open-addressing hash table from token
 * surfaces to small integer ids, probed straight from the input's char codes.
 *
 * Why: making a string per token (`slice`, `toLowerCase`, a `Map` lookup)
 * is what caps a tokenizer near 20–30 MB/s; a hash of the char codes plus an
 * `Int32Array` probe costs a few nanoseconds per token. A string is made only
 * for a surface the table has never seen, and everything derived from a
 * surface (its norm, its lexicon entry) is memoized per id by the consumers.
 *
 * Word surfaces are keyed case-folded over ASCII (`Jalan`, `JALAN` and
 * `jalan` share one id; the token's case *shape* is kept beside the id, see
 * tape.ts); every other kind is keyed by its exact characters, and the kind
 * is part of the key. Memory is bounded: at most {@link MAX_IDS} ids; a
 * tokenizer clears its vocabulary between texts once it is full (bumping
 * `generation`, so id-keyed memos know to drop theirs), and a surface met
 * while it is full, or longer than {@link MAX_LEN}, simply gets no id.
 */
import { codeAt } from './chars';

/** Longest surface (UTF-16 code units) that gets an id; longer ones take the string path. */
export const MAX_LEN = 32;
/** Most ids a vocabulary holds before it is cleared (between texts). */
export const MAX_IDS = 1 << 17;
const INITIAL_SLOTS = 1 << 12; // power of two, grown by doubling while under half full

/** One tokenizer's table. Fields are read by tape.ts; treat them as read-only elsewhere. */
export interface Vocab {
  /** Bumped each time the vocabulary is cleared: id-keyed memos compare it. */
  generation: number;
  /** Number of ids handed out. */
  size: number;
  /** Key string per id: the ASCII-case-folded surface of a word, the exact surface otherwise. */
  keys: string[];
  /** Scanner kind per id. */
  kinds: Uint8Array;
  /** Hash per id (for growing the table without rehashing strings). */
  hashes: Int32Array;
  /** Slot → id + 1 (0: empty). */
  slots: Int32Array;
  /** ASCII capitals in the last word passed to {@link internSpan} (the case shape comes free with the fold). */
  upper: number;
}

/**
 * Creates an empty vocabulary.
 *
 * @example
 * ```ts
 * const v = createVocab();
 * internSpan(v, 'Jalan jalan', 0, 5, 0) === internSpan(v, 'Jalan jalan', 6, 11, 0); // true
 * ```
 */
export function createVocab(): Vocab {
  return { generation: 0, size: 0, keys: [], kinds: new Uint8Array(INITIAL_SLOTS >> 1), hashes: new Int32Array(INITIAL_SLOTS >> 1), slots: new Int32Array(INITIAL_SLOTS), upper: 0 };
}

/**
 * Forgets every id (memos keyed by id see the new `generation`).
 *
 * @example
 * ```ts
 * const v = createVocab();
 * internSpan(v, 'jalan', 0, 5, 0);
 * clearVocab(v); // v.size === 0, v.generation === 1
 * ```
 */
export function clearVocab(v: Vocab): void {
  v.generation++;
  v.size = 0;
  v.keys = [];
  v.kinds = new Uint8Array(INITIAL_SLOTS >> 1);
  v.hashes = new Int32Array(INITIAL_SLOTS >> 1);
  v.slots = new Int32Array(INITIAL_SLOTS);
}

/** FNV-1a over the char codes of `s[start, end)`, ASCII-folded for words (kind 0, counting capitals into `v.upper`), seeded by the kind. */
function hashSpan(v: Vocab, s: string, start: number, end: number, kind: number): number {
  let h = Math.imul(0x811c9dc5 ^ kind, 0x01000193);
  if (kind === 0) {
    let upper = 0;
    for (let i = start; i < end; i++) {
      let c = codeAt(s, i);
      if (c >= 65 && c <= 90) {
        c += 32;
        upper++;
      }
      h = Math.imul(h ^ c, 0x01000193);
    }
    v.upper = upper;
  } else {
    for (let i = start; i < end; i++) h = Math.imul(h ^ codeAt(s, i), 0x01000193);
  }
  return finishHash(h);
}

/**
 * The final avalanche of the vocabulary hash (the low bits pick the slot).
 * The scanner computes the FNV part of a word's hash while it walks the word
 * and finishes it with this, so both must agree.
 *
 * @example
 * ```ts
 * finishHash(0x050c5d1f) === finishHash(0x050c5d1f); // true: a pure 32-bit mix
 * ```
 */
export function finishHash(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h | 0;
}

/** Does the stored key equal `s[start, end)` (folded for words)? */
function sameKey(key: string, s: string, start: number, end: number, kind: number): boolean {
  const len = end - start;
  if (key.length !== len) return false;
  if (kind === 0) {
    for (let k = 0; k < len; k++) {
      let c = codeAt(s, start + k);
      if (c >= 65 && c <= 90) c += 32;
      if (c !== codeAt(key, k)) return false;
    }
  } else {
    for (let k = 0; k < len; k++) if (codeAt(s, start + k) !== codeAt(key, k)) return false;
  }
  return true;
}

/**
 * `s.slice(start, end)` as a string of its own. V8 makes a slice of 13 or
 * more characters a view that keeps the whole input alive; a vocabulary that
 * lives across texts must not pin every text a new long word came from.
 *
 * @example
 * ```ts
 * ownSlice('pemberdayaan masyarakat', 0, 12); // 'pemberdayaan'
 * ```
 */
export function ownSlice(s: string, start: number, end: number): string {
  if (end - start < 13) return s.slice(start, end);
  let out = '';
  for (let i = start; i < end; i++) out += s[i]!;
  return out;
}

/** The key string of a new entry (folded for words: ASCII only, so non-ASCII letters keep their case). */
function makeKey(s: string, start: number, end: number, kind: number): string {
  const raw = ownSlice(s, start, end);
  if (kind !== 0) return raw;
  let ascii = true;
  let upper = false;
  for (let i = 0; i < raw.length; i++) {
    const c = codeAt(raw, i);
    if (c >= 128) ascii = false;
    else if (c >= 65 && c <= 90) upper = true;
  }
  if (!upper) return raw;
  if (ascii) return raw.toLowerCase();
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = codeAt(raw, i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : raw[i]!;
  }
  return out;
}

function grow(v: Vocab): void {
  const slots = new Int32Array(v.slots.length * 2);
  // per-id arrays hold half the slots (the load stays under one half)
  const kinds = new Uint8Array(slots.length >> 1);
  kinds.set(v.kinds);
  v.kinds = kinds;
  const hashes = new Int32Array(slots.length >> 1);
  hashes.set(v.hashes);
  v.hashes = hashes;
  const mask = slots.length - 1;
  for (let id = 0; id < v.size; id++) {
    let p = v.hashes[id]! & mask;
    while (slots[p] !== 0) p = (p + 1) & mask;
    slots[p] = id + 1;
  }
  v.slots = slots;
}

/**
 * The id of `s[start, end)` as a token of scanner kind `kind`, adding it when
 * new; -1 when the surface is longer than {@link MAX_LEN} or the vocabulary
 * is full.
 *
 * @example
 * ```ts
 * const v = createVocab();
 * internSpan(v, 'Gak', 0, 3, 0); // 0
 * v.keys[0]; // 'gak'
 * ```
 */
export function internSpan(v: Vocab, s: string, start: number, end: number, kind: number): number {
  if (end - start > MAX_LEN) return -1;
  return internHashed(v, s, start, end, kind, hashSpan(v, s, start, end, kind));
}

/**
 * {@link internSpan} with the hash already computed (by the scanner, for
 * words: `h` must equal what `internSpan` would compute).
 *
 * @example
 * ```ts
 * const v = createVocab();
 * const id = internSpan(v, 'Jalan rusak', 0, 5, 0);
 * internHashed(v, 'jalan', 0, 5, 0, v.hashes[id]!) === id; // true
 * ```
 */
export function internHashed(v: Vocab, s: string, start: number, end: number, kind: number, h: number): number {
  let slots = v.slots;
  let mask = slots.length - 1;
  let p = h & mask;
  for (;;) {
    const e = slots[p]!;
    if (e === 0) break;
    const id = e - 1;
    if (v.hashes[id] === h && v.kinds[id] === kind && sameKey(v.keys[id]!, s, start, end, kind)) return id;
    p = (p + 1) & mask;
  }
  if (v.size >= MAX_IDS) return -1;
  // keep the load under one half so probes stay short
  if ((v.size + 1) * 2 > slots.length) {
    grow(v);
    slots = v.slots;
    mask = slots.length - 1;
    p = h & mask;
    while (slots[p] !== 0) p = (p + 1) & mask;
  }
  const id = v.size++;
  v.keys.push(makeKey(s, start, end, kind));
  v.kinds[id] = kind;
  v.hashes[id] = h;
  slots[p] = id + 1;
  return id;
}
