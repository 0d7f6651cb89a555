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
import { codeAt } from './chars';

/** Shortest token the index expands (see {@link expandSkeleton}). */
export const SKELETON_MIN_LENGTH = 4;
/** Fewest corpus occurrences of an expansion. */
export const SKELETON_FLOOR = 3;
/** The best candidate must be this many times as frequent as the runner-up. */
export const SKELETON_RATIO = 3;

/** Skeleton → candidates, most frequent first. */
export type SkeletonIndex = ReadonlyMap<string, readonly (readonly [string, number])[]>;

/**
 * What {@link expandSkeleton} needs from an index: the `(word, count)`
 * candidates filed under a skeleton. A {@link SkeletonIndex} (a Map) is one;
 * {@link createPackedSkeletonIndex} is another that builds nothing up front.
 * The order of the candidates does not change the expansion.
 *
 * @example
 * ```ts
 * const lookup: SkeletonLookup = createSkeletonIndex([['banjir', 40]]);
 * lookup.get('bnjr'); // [['banjir', 40]]
 * ```
 */
export interface SkeletonLookup {
  /** The candidates filed under `key`, or undefined when there are none. */
  get(key: string): readonly (readonly [string, number])[] | undefined;
}

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
  for (let i = 0; i < w.length; i++) if (!isVowelCode(codeAt(w, i))) s += w[i];
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
    const c = codeAt(w, i);
    if (isVowelCode(c)) continue;
    if (c === 110 /* n */ && i + 1 < w.length && !isVowelCode(codeAt(w, i + 1)) && codeAt(w, i + 1) !== 121 /* ny */) continue;
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
  for (let i = 0; i < big.length && j < small.length; i++) if (codeAt(big, i) === codeAt(small, j)) j++;
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
export function expandSkeleton(w: string, index: SkeletonLookup): string | undefined {
  // Up to three letters, a consonant string is as often an acronym (kpk, dpr, pns) as a
  // vowel-dropped word (klr, bgs): those short forms are curated in the slang table instead.
  if (w.length < SKELETON_MIN_LENGTH) return undefined;
  const sk = skeletonOf(w);
  if (sk.length < 2) return undefined;
  // The token's own skeleton, and (when it still has an n before a consonant) the reduced one.
  const reduced = nasalReducedSkeleton(w);
  let best: readonly [string, number] | undefined;
  let second = 0;
  const first = codeAt(w, 0);
  for (const key of reduced === sk ? [sk] : [sk, reduced]) {
    const list = index.get(key);
    if (list === undefined) continue;
    for (const cand of list) {
      const c = cand[0];
      if (c.length <= w.length || codeAt(c, 0) !== first || !isSubsequence(w, c) || cand === best) continue;
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

/** Strings compared by UTF-16 code units, as the packed order and its binary search both use. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `(word, count)` pairs in the order {@link createPackedSkeletonIndex}
 * searches: by nasal-reduced skeleton, then by word. The lexicon build
 * writes the counted vocabulary in this order.
 *
 * @example
 * ```ts
 * sortBySkeletonKey([['tempat', 90], ['banjir', 40]]); // [['banjir', 40], ['tempat', 90]] (bjr < tmpt)
 * ```
 */
export function sortBySkeletonKey<T extends readonly [string, number]>(pairs: readonly T[]): T[] {
  return pairs
    .map((p) => ({ p, key: nasalReducedSkeleton(p[0]) }))
    .sort((a, b) => compare(a.key, b.key) || compare(a.p[0], b.p[0]))
    .map((x) => x.p);
}

/**
 * A skeleton index over `word\tcount` lines already sorted by
 * {@link sortBySkeletonKey}, answering each lookup by binary search, so
 * nothing is built until a token needs it (and then only that key's
 * candidates). It files the same words under the same keys as
 * {@link createSkeletonIndex} over the same pairs:
 *
 * - a word whose nasal-reduced skeleton is the key sits in the key's range;
 * - a word whose plain skeleton is the key has as reduced skeleton the key
 *   without some of its `n`s that stand before a consonant other than `y`:
 *   those few reductions are looked up too (pruned to prefixes that occur).
 *
 * @example
 * ```ts
 * const lines = sortBySkeletonKey([['kantor', 50], ['banjir', 40]] as [string, number][]).map(([w, c]) => `${w}\t${c}`);
 * const idx = createPackedSkeletonIndex(lines);
 * expandSkeleton('ktr', idx);  // undefined (three letters)
 * expandSkeleton('kntr', idx); // 'kantor'
 * ```
 */
export function createPackedSkeletonIndex(lines: readonly string[]): SkeletonLookup {
  const n = lines.length;
  const wordAt = (i: number): string => {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    return tab < 0 ? line : line.slice(0, tab);
  };
  /** First line whose reduced skeleton is ≥ `key`. */
  const lowerBound = (key: string): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (nasalReducedSkeleton(wordAt(mid)) < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const hasPrefix = (p: string): boolean => {
    const i = lowerBound(p);
    return i < n && nasalReducedSkeleton(wordAt(i)).startsWith(p);
  };
  return {
    get(key) {
      if (key.length < 2) return undefined;
      // The reduced skeletons a word filed under `key` can have: `key` itself, and `key` with
      // some of its droppable n's removed (kept to prefixes some word has).
      let reductions = [''];
      for (let i = 0; i < key.length; i++) {
        const ch = key[i]!;
        const droppable = ch === 'n' && i + 1 < key.length && key[i + 1] !== 'y' && !isVowelCode(codeAt(key, i + 1));
        if (!droppable) {
          for (let k = 0; k < reductions.length; k++) reductions[k] += ch;
          continue;
        }
        const next = new Set<string>();
        for (const r of reductions) {
          next.add(r + ch);
          next.add(r);
        }
        reductions = [...next].filter(hasPrefix);
        if (reductions.length === 0) return undefined;
      }
      const out: (readonly [string, number])[] = [];
      for (const r of reductions) {
        for (let i = lowerBound(r); i < n; i++) {
          const w = wordAt(i);
          if (nasalReducedSkeleton(w) !== r) break;
          const line = lines[i]!;
          const c = Number(line.slice(w.length + 1));
          if (c < SKELETON_FLOOR || w.length < 3) continue;
          const sk = skeletonOf(w);
          if (sk.length < 2 || sk === w) continue;
          // in key's own range every word is filed under key (as skeleton or as reduced skeleton);
          // in a reduction's range only the words whose skeleton is key
          if (r === key || sk === key) out.push([w, c]);
        }
      }
      return out.length > 0 ? out : undefined;
    },
  };
}
