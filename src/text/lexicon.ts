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
import { data as civicData } from '../lexicons/generated/text-civic-words';
import { data as frequencyData } from '../lexicons/generated/text-frequency';
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

/**
 * Count a word listed in civic-words.tsv gets when the corpora never saw it
 * (or saw it less): complaint vocabulary is frequent in what a city reads,
 * rare in the reviews and tweets the counts come from.
 */
export const CIVIC_COUNT = 20;

/**
 * Formal word → how often it occurs (frequency.tsv, counted from the SmSA and
 * IndoLEM training texts), with the civic vocabulary raised to
 * {@link CIVIC_COUNT}. The candidate ranking of the vowel-drop, typo and
 * colloquial-affix rules reads it.
 */
export const formalFrequency = lazy((): ReadonlyMap<string, number> => {
  const m = new Map<string, number>();
  // The generated module is "word\tcount" lines under a header: a split is cheaper than parseTsv's row objects.
  const lines = frequencyData.split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    if (tab > 0) m.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  for (const r of parseTsv(civicData).rows) {
    const w = r['word']!;
    if ((m.get(w) ?? 0) < CIVIC_COUNT) m.set(w, CIVIC_COUNT);
  }
  return m;
});

/**
 * Words the normalizer knows are real: our vocabulary, the counted formal
 * words, the civic vocabulary, and every formal word of the slang table.
 */
export const knownVocabulary = lazy((): ReadonlySet<string> => {
  const s = new Set<string>(parseTsv(vocabData).rows.map((r) => r['word']!));
  for (const w of formalFrequency().keys()) s.add(w);
  for (const v of slangMap().values()) for (const w of v.split(' ')) s.add(w);
  for (const a of abbreviations().values()) for (const w of a.expansion.split(' ')) s.add(w);
  return s;
});
