/**
 * Root-word dictionaries for the stemmer.
 *
 * The default dictionary is the Sastrawi root list (≈29.9 k words from
 * Kateglo, CC BY-NC-SA) that ships inside the `sastrawijs` dependency. We
 * never copy it into this repository: it is read once, on first use, from
 * `new Stemmer().internalDictionary` (an ordinary object keyed by word) into a
 * `Set`, so `constructor` or `__proto__` are plain strings, not prototype keys.
 */
import { Stemmer as SastrawiStemmer } from 'sastrawijs';
import { lazy } from '../lexicons/lazy';

/** A read-only set of root words, as the stemmer consults it. */
export type RootDictionary = ReadonlySet<string>;

/**
 * The Sastrawi root list from the `sastrawijs` dependency, built lazily once.
 * `Object.keys` only sees own enumerable keys, so inherited names never leak in.
 */
export const defaultRoots: () => RootDictionary = lazy(() => {
  const dict = new SastrawiStemmer().internalDictionary;
  return new Set(Object.keys(dict));
});

/** Inputs for {@link buildDictionary}; each list is already validated. */
export interface DictionaryParts {
  /** Replaces the default root list when given. */
  words?: Iterable<string> | undefined;
  /** Added on top of `words` (or of the default list). */
  extraWords?: Iterable<string> | undefined;
}

/**
 * Returns the dictionary for a stemmer: the default roots, or `words`, plus
 * `extraWords`. Entries are lowercased and trimmed; empty entries are dropped.
 * Without options the shared default set is returned (no copy).
 */
export function buildDictionary(parts: DictionaryParts): RootDictionary {
  if (parts.words === undefined && parts.extraWords === undefined) return defaultRoots();
  const out = new Set<string>();
  const base = parts.words ?? defaultRoots();
  for (const w of base) addWord(out, w);
  if (parts.extraWords !== undefined) for (const w of parts.extraWords) addWord(out, w);
  return out;
}

function addWord(out: Set<string>, word: string): void {
  const w = word.trim().toLowerCase();
  if (w.length > 0) out.add(w);
}
