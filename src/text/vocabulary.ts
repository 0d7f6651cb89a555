/**
 * What the normalization rules for unknown tokens (colloquial affixes,
 * vowel-drop skeletons, typo repair) may ask about words: is it formal, how
 * frequent is it, what does the slang table say. One interface so each rule
 * is a pure function tested with a tiny hand-written vocabulary.
 */
import { codeAt } from './chars';

/**
 * A vocabulary for the unknown-token rules.
 *
 * @example
 * ```ts
 * const v: Vocabulary = { isFormal: (w) => w === 'jalan', freq: (w) => (w === 'jalan' ? 100 : 0), slang: () => undefined };
 * ```
 */
export interface Vocabulary {
  /** True for a known formal word (built-in vocabulary, counted words, the caller's `knownWord`). */
  isFormal(word: string): boolean;
  /** Corpus count of a formal word; 0 when it was never counted. */
  freq(word: string): number;
  /** The formal form of a one-word slang key, or undefined. */
  slang(word: string): string | undefined;
}

/**
 * a i u e o, by character code.
 *
 * @example
 * ```ts
 * isVowelCode('a'.charCodeAt(0)); // true
 * ```
 */
export function isVowelCode(c: number): boolean {
  return c === 97 || c === 105 || c === 117 || c === 101 || c === 111;
}

/**
 * True when every character of `w` is a lowercase ASCII letter.
 *
 * @example
 * ```ts
 * isPlainLower('jalan');  // true
 * isPlainLower('anak2');  // false
 * ```
 */
export function isPlainLower(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = codeAt(w, i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
