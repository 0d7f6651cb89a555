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

/** Fewest corpus occurrences of an expansion. */
export const SKELETON_FLOOR = 3;
/** The best candidate must be this many times as frequent as the runner-up. */
export const SKELETON_RATIO = 3;

/** Skeleton → candidates, most frequent first. */
export type SkeletonIndex = ReadonlyMap<string, readonly (readonly [string, number])[]>;

/**
 * The consonants of `w`, in order, without an `n` that stands before another
 * consonant: texters drop it with the vowels (`ktr` → `kantor`, `lgsg` →
 * `langsung`, `pnjg` → `panjang` all meet their word's skeleton).
 */
export function skeletonOf(w: string): string {
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
 * least two consonants, counted at least {@link SKELETON_FLOOR} times).
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
    if (sk.length < 2 || (sk.length === w.length && sk === w)) continue;
    let list = m.get(sk);
    if (!list) m.set(sk, (list = []));
    list.push([w, c]);
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
 * const idx = createSkeletonIndex([['bulan', 50], ['bilang', 4]]);
 * expandSkeleton('bln', idx); // 'bulan'
 * ```
 */
export function expandSkeleton(w: string, index: SkeletonIndex): string | undefined {
  if (w.length < 2) return undefined;
  const sk = skeletonOf(w);
  if (sk.length < 2) return undefined;
  const list = index.get(sk);
  if (list === undefined) return undefined;
  let best: readonly [string, number] | undefined;
  let second = 0;
  const first = w.charCodeAt(0);
  for (const cand of list) {
    const c = cand[0];
    if (c.length <= w.length || c.charCodeAt(0) !== first || !isSubsequence(w, c)) continue;
    if (best === undefined) best = cand;
    else {
      second = cand[1];
      break;
    }
  }
  if (best === undefined) return undefined;
  const ratio = sk.length === 2 ? SKELETON_RATIO * 2 : SKELETON_RATIO;
  if (second * ratio > best[1]) return undefined;
  return best[0];
}
