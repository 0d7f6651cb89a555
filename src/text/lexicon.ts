/**
 * Lazily built indexes over the text-layer lexicons (slang, protected words,
 * abbreviations, known vocabulary). Nothing is parsed until first use.
 */
import { data as abbrData } from '../lexicons/generated/text-abbreviations';
import { data as acronymData } from '../lexicons/generated/text-acronyms';
import { data as protectedData } from '../lexicons/generated/text-protected';
import { frequency as packedFrequency, known as packedKnown, slang as packedSlang } from '../lexicons/generated/text-packed';
import { lazy } from '../lexicons/lazy';
import { parseTsv } from '../lexicons/tsv';
import { createPackedSkeletonIndex, type SkeletonLookup } from './skeleton';

/** Protected words: agency abbreviations slang must not rewrite. */
export const protectedWords = lazy((): ReadonlySet<string> => new Set(parseTsv(protectedData).rows.map((r) => r['word']!)));

/** Acronyms kept as written when the surface is all capitals (`PKL`, `KK`). */
export const capsAcronyms = lazy((): ReadonlySet<string> => new Set(parseTsv(acronymData).rows.map((r) => r['word']!)));

/** Abbreviation (lowercase, no dot) → { expansion, canEnd }. */
export const abbreviations = lazy((): ReadonlyMap<string, { expansion: string; canEnd: boolean }> => {
  const m = new Map<string, { expansion: string; canEnd: boolean }>();
  for (const r of parseTsv(abbrData).rows) m.set(r['abbr']!, { expansion: r['expansion']!, canEnd: r['can_end'] === '1' });
  return m;
});

/** `key\tvalue` lines → Map (the packed module's format: a split, no row objects). */
function linesToMap<V>(text: string, value: (cell: string) => V): Map<string, V> {
  const m = new Map<string, V>();
  if (text.length === 0) return m;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    m.set(line.slice(0, tab), value(line.slice(tab + 1)));
  }
  return m;
}

/**
 * Informal → formal. Our own table overrides IndoCollex; a `-` in our table
 * keeps the word unchanged (it is removed from the map). Chains are resolved
 * so that every formal output maps to itself (normalization is idempotent).
 * All of that is done at lexicon-build time (`resolveSlang` in
 * lexicon-pack.ts); this only reads the packed lines.
 */
export const slangMap = lazy((): ReadonlyMap<string, string> => linesToMap(packedSlang, (v) => v));

/** The counted words' `word\tcount` lines, in skeleton order (shared by the frequency map and the skeleton index). */
const frequencyLines = lazy((): readonly string[] => packedFrequency.split('\n'));

/**
 * Formal word → how often it occurs (frequency.tsv, counted from the SmSA and
 * IndoLEM training texts), with the civic vocabulary raised to
 * `CIVIC_COUNT` (20) at build time. The candidate ranking of the vowel-drop,
 * typo and colloquial-affix rules reads it.
 */
export const formalFrequency = lazy((): ReadonlyMap<string, number> => {
  const m = new Map<string, number>();
  const lines = frequencyLines();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    m.set(line.slice(0, tab), +line.slice(tab + 1));
  }
  return m;
});

/**
 * A read-only word set: all the normalizer asks of {@link knownVocabulary}.
 *
 * @example
 * ```ts
 * const s: WordSet = new Set(['jalan']);
 * s.has('jalan'); // true
 * ```
 */
export interface WordSet {
  /** True when `word` is in the set. */
  has(word: string): boolean;
}

/**
 * Words the normalizer knows are real: our vocabulary, the counted formal
 * words, the civic vocabulary, and every formal word of the slang and
 * abbreviation tables. The counted words are the frequency map's keys; the
 * rest is a small set (the packed list plus the slang map's formal words),
 * so no second big set is built.
 *
 * @example
 * ```ts
 * knownVocabulary().has('jalan'); // true
 * knownVocabulary().has('yg');    // false (a slang key, not a formal word)
 * ```
 */
export const knownVocabulary = lazy((): WordSet => {
  const freq = formalFrequency();
  const extra = new Set(packedKnown.length > 0 ? packedKnown.split('\n') : []);
  for (const v of slangMap().values()) {
    if (v.indexOf(' ') < 0) extra.add(v);
    else for (const w of v.split(' ')) extra.add(w);
  }
  return { has: (w) => freq.has(w) || extra.has(w) };
});

/**
 * The vowel-drop index over the counted formal words: binary search over the
 * packed lines (already in skeleton order), nothing built up front.
 *
 * @example
 * ```ts
 * skeletonIndex().get('bnjr')?.some(([w]) => w === 'banjir'); // true
 * ```
 */
export const skeletonIndex = lazy((): SkeletonLookup => createPackedSkeletonIndex(frequencyLines()));
