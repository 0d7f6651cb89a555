/**
 * Vowel-dropped spellings (`bnjr` → `banjir`, `tmpt` → `tempat`, `sbnrnya` →
 * `sebenarnya`): an index from consonant skeleton to the counted formal words
 * with that skeleton. A token is expanded only when
 *
 * - it starts with the candidate's first letter and its letters are a
 *   subsequence of the candidate (only vowels were dropped);
 * - the best candidate is counted at least {@link SKELETON_FLOOR} times; and
 * - no other candidate comes close (the runner-up has less than
 *   1/{@link SKELETON_RATIO} of the best count; a two-consonant skeleton needs
 *   twice that margin), so an ambiguous token is left alone.
 */
import { isVowelCode } from './vocabulary';

/** Shortest token the index expands (see {@link expandSkeleton}). */
export const SKELETON_MIN_LENGTH = 4;
/** Fewest corpus occurrences of an expansion. */
export const SKELETON_FLOOR = 3;
/** The best candidate must be this many times as frequent as the runner-up. */
export const SKELETON_RATIO = 3;

/** Skeleton → candidates, most frequent first. */
export type SkeletonIndex = ReadonlyMap<string, readonly (readonly [string, number])[]>;

/**
 * The consonants of `w`, in order.
 *
 * @example
 * ```ts
 * skeletonOf('banjir'); // 'bnjr'
 * ```
 */
export function skeletonOf(w: string): string {
  let s = '';
  for (let i = 0; i < w.length; i++) if (!isVowelCode(w.charCodeAt(i))) s += w[i];
  return s;
}

/**
 * The skeleton without an `n` that stands before another consonant:
 * texters drop it with the vowels (`ktr` → `kantor`, `lgsg` → `langsung`,
 * `pnjg` → `panjang`). `ny` is one sound and keeps its `n`.
 *
 * @example
 * ```ts
 * nasalReducedSkeleton('kantor'); // 'ktr'
 * nasalReducedSkeleton('nyanyi'); // 'nyny'
 * ```
 */
export function nasalReducedSkeleton(w: string): string {
  let s = '';
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (isVowelCode(c)) continue;
    if (c === 110 /* n */ && i + 1 < w.length && !isVowelCode(w.charCodeAt(i + 1)) && w.charCodeAt(i + 1) !== 121 /* ny */) continue;
    s += w[i];
  }
  return s;
}

/**
 * Builds the index over `(word, count)` pairs (words of 3+ letters with at
 * least two consonants, counted at least {@link SKELETON_FLOOR} times). Each
 * word is filed under its skeleton and, when different, its nasal-reduced
 * skeleton.
 *
 * @example
 * ```ts
 * const idx = createSkeletonIndex([['banjir', 40]]);
 * expandSkeleton('bnjr', idx); // 'banjir'
 * ```
 */
export function createSkeletonIndex(words: Iterable<readonly [string, number]>): SkeletonIndex {
  const m = new Map<string, [string, number][]>();
  for (const [w, c] of words) {
    if (c < SKELETON_FLOOR || w.length < 3) continue;
    const sk = skeletonOf(w);
    if (sk.length < 2 || sk === w) continue;
    const reduced = nasalReducedSkeleton(w);
    for (const key of reduced === sk || reduced.length < 2 ? [sk] : [sk, reduced]) {
      let list = m.get(key);
      if (!list) m.set(key, (list = []));
      list.push([w, c]);
    }
  }
  for (const list of m.values()) list.sort((a, b) => b[1] - a[1]);
  return m;
}

/** True when `small` can be read off `big` left to right (a subsequence). */
function isSubsequence(small: string, big: string): boolean {
  let j = 0;
  for (let i = 0; i < big.length && j < small.length; i++) if (big.charCodeAt(i) === small.charCodeAt(j)) j++;
  return j === small.length;
}

/**
 * The formal word a vowel-dropped token stands for, or undefined (not in
 * the index, too rare, or ambiguous).
 *
 * @example
 * ```ts
 * const idx = createSkeletonIndex([['tempat', 90], ['tempo', 4]]);
 * expandSkeleton('tmpt', idx); // 'tempat'
 * expandSkeleton('kpk', idx);  // undefined
 * ```
 */
export function expandSkeleton(w: string, index: SkeletonIndex): string | undefined {
  // Up to three letters, a consonant string is as often an acronym (kpk, dpr, pns) as a
  // vowel-dropped word (klr, bgs): those short forms are curated in the slang table instead.
  if (w.length < SKELETON_MIN_LENGTH) return undefined;
  const sk = skeletonOf(w);
  if (sk.length < 2) return undefined;
  // The token's own skeleton, and (when it still has an n before a consonant) the reduced one.
  const reduced = nasalReducedSkeleton(w);
  let best: readonly [string, number] | undefined;
  let second = 0;
  const first = w.charCodeAt(0);
  for (const key of reduced === sk ? [sk] : [sk, reduced]) {
    const list = index.get(key);
    if (list === undefined) continue;
    for (const cand of list) {
      const c = cand[0];
      if (c.length <= w.length || c.charCodeAt(0) !== first || !isSubsequence(w, c) || cand === best) continue;
      if (best !== undefined && c === best[0]) continue;
      if (best === undefined || cand[1] > best[1]) {
        if (best !== undefined) second = Math.max(second, best[1]);
        best = cand;
      } else if (cand[1] > second) second = cand[1];
    }
  }
  if (best === undefined) return undefined;
  const ratio = sk.length === 2 ? SKELETON_RATIO * 2 : SKELETON_RATIO;
  if (second * ratio > best[1]) return undefined;
  return best[0];
}
