/**
 * The build-time check on slang targets: every word a slang row rewrites to
 * must be a known word, otherwise the row is a data error (IndoCollex maps
 * `bersihin` to the misspelt `membersihkah`). Used by
 * scripts/import-indocollex.ts (which fixes or drops such rows) and by
 * test/text/slang-targets.test.ts (which fails CI if one creeps back in).
 *
 * A target word is known when it is
 * - a root of the stemmer's dictionary, or an affixed form of one that does
 *   not end in the question particles -kah/-tah (`membersihkah` is rejected);
 * - a counted formal word (frequency.tsv), a civic word, or listed in
 *   vocabulary.tsv (function words, proper nouns and loans written by us);
 * - a hyphenated word whose parts are all known (`ibu-ibu`, `tidak-apa`).
 */
import { defaultRoots } from '../src/stem/dictionary';
import { stem } from '../src/stem/index';
import { data as vocabData } from '../src/lexicons/generated/text-vocabulary';
import { formalFrequency, slangMap } from '../src/text/lexicon';
import { parseTsv } from '../src/lexicons/tsv';

let base: Set<string> | undefined;

function baseWords(): Set<string> {
  if (base) return base;
  base = new Set(parseTsv(vocabData).rows.map((r) => r['word']!));
  for (const w of formalFrequency().keys()) base.add(w);
  return base;
}

/** Is one target word (no spaces) a known word? */
export function isKnownTargetWord(w: string): boolean {
  if (w.includes('-')) return w.split('-').every((p) => p.length > 0 && isKnownTargetWord(p));
  if (baseWords().has(w) || defaultRoots().has(w)) return true;
  if (w.endsWith('kah') || w.endsWith('tah')) return false;
  if (w.length < 4) return false;
  const root = stem(w);
  return root !== w && defaultRoots().has(root);
}

/** The words of a target (`tidak ada` → both) that are not known. */
export function unknownTargetWords(formal: string): string[] {
  // a target that is itself a slang key (udahh → udah) is checked as the table resolves it (sudah)
  return formal.split(' ').filter((w) => !isKnownTargetWord(w) && !(slangMap().get(w)?.split(' ').every(isKnownTargetWord) ?? false));
}
