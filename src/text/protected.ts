import { protectedWords } from './lexicon';

/**
 * Is this lowercase word an agency or government abbreviation that slang
 * normalization must leave alone (`kominfo`, `dishub`, `satpol`, `pemkot`)?
 * Shared with the entity tagger.
 *
 * @example
 * ```ts
 * import { isProtectedWord } from 'suara';
 * isProtectedWord('dishub'); // true
 * isProtectedWord('yg');     // false
 * ```
 */
export function isProtectedWord(lowercaseWord: string): boolean {
  return protectedWords().has(lowercaseWord);
}
