/**
 * The default vocabulary for normalization (elongation, leetspeak, lowercase
 * hashtag segmentation): a word is known when it is a root of the default
 * dictionary or an affixed form the stemmer reduces to one (`pelayanan` →
 * `layan`), so `#pelayananburuk` splits as `pelayanan buruk`, not into four
 * short roots.
 */
import { defaultRoots } from './dictionary';
import { stem } from './create-stemmer';

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
  return s !== word && roots.has(s);
}
