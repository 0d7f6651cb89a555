/**
 * Lazily built indexes over the text-layer lexicons (slang, protected words,
 * abbreviations, known vocabulary). Nothing is parsed until first use.
 */
import { data as abbrData } from '../lexicons/generated/text-abbreviations';
import { data as acronymData } from '../lexicons/generated/text-acronyms';
import { data as protectedData } from '../lexicons/generated/text-protected';
import { data as indocollexData } from '../lexicons/generated/text-slang-indocollex';
import { data as suaraSlangData } from '../lexicons/generated/text-slang-suara';
import { data as vocabData } from '../lexicons/generated/text-vocabulary';
import { lazy } from '../lexicons/lazy';
import { parseTsv } from '../lexicons/tsv';

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

/**
 * Informal → formal. Our own table overrides IndoCollex; a `-` in our table
 * keeps the word unchanged (it is removed from the map). Chains are resolved
 * so that every formal output maps to itself (normalization is idempotent).
 */
export const slangMap = lazy((): ReadonlyMap<string, string> => {
  const prot = protectedWords();
  const m = new Map<string, string>();
  for (const r of parseTsv(indocollexData).rows) m.set(r['informal']!, r['formal']!);
  for (const r of parseTsv(suaraSlangData).rows) {
    if (r['formal'] === '-') m.delete(r['informal']!);
    else m.set(r['informal']!, r['formal']!);
  }
  for (const p of prot) m.delete(p);
  // Resolve chains word by word (a → "b c", b → d gives a → "d c"); a bounded
  // number of passes, then drop anything still unstable.
  const resolveOnce = (v: string): string =>
    v
      .split(' ')
      .map((w) => m.get(w) ?? w)
      .join(' ');
  for (const [k, v] of m) {
    let cur = v;
    for (let pass = 0; pass < 4; pass++) {
      const next = resolveOnce(cur);
      if (next === cur) break;
      cur = next;
    }
    if (resolveOnce(cur) !== cur || cur === k) m.delete(k);
    else m.set(k, cur);
  }
  return m;
});

/** Words the normalizer knows are real: our vocabulary plus every formal word of the slang table. */
export const knownVocabulary = lazy((): ReadonlySet<string> => {
  const s = new Set<string>(parseTsv(vocabData).rows.map((r) => r['word']!));
  for (const v of slangMap().values()) for (const w of v.split(' ')) s.add(w);
  for (const a of abbreviations().values()) for (const w of a.expansion.split(' ')) s.add(w);
  return s;
});
