/**
 * The default vocabulary for normalization (elongation, leetspeak, lowercase
 * hashtag segmentation): a word is known when it is a root of the default
 * dictionary or an affixed form the stemmer reduces to one (`pelayanan` →
 * `layan`), so `#pelayananburuk` splits as `pelayanan buruk`, not into four
 * short roots.
 */
import { defaultRoots } from './dictionary';
import { stem } from './create-stemmer';
import { stemLowerWord } from './stem-word';
import { codeAt } from '../text/chars';

/**
 * Is `word` (lowercase) a root or an affixed form of a root in the default
 * dictionary? Stems are memoized by the stemmer.
 *
 * @example
 * ```ts
 * import { isKnownWord } from 'suara';
 * isKnownWord('layan');      // true
 * isKnownWord('pelayanan');  // true
 * isKnownWord('pelayananx'); // false
 * ```
 */
export function isKnownWord(word: string): boolean {
  const roots = defaultRoots();
  if (roots.has(word)) return true;
  if (word.length < 5) return false;
  const s = stem(word);
  if (s === word || !roots.has(s)) return false;
  // A root reached only through the colloquial -in / nge- rule (dengerin → dengar) is
  // not a formal word: the normalizer must still see it as unknown and rewrite it.
  if (mayBeColloquial(word)) return stemLowerWord(word, roots, false) === s;
  return true;
}

/** Ends in -in or starts with a nasal (ng-, ny-, n-, m-): the shapes the colloquial rule reads. */
function mayBeColloquial(w: string): boolean {
  const c0 = codeAt(w, 0);
  return w.endsWith('in') || c0 === 110 /* n */ || c0 === 109 /* m */;
}
