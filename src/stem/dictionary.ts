/**
 * Root-word dictionaries for the stemmer.
 *
 * The default dictionary is the Sastrawi root list (≈29.9 k words from
 * Kateglo, CC BY-NC-SA) that ships inside the `sastrawijs` dependency. We
 * never copy it into this repository: it is read once, on first use, from
 * `new Stemmer().internalDictionary`, an ordinary object keyed by word whose
 * every value is `''`.
 *
 * Copying its 29.9 k keys into a `Set` was most of the first `stem()`, while
 * a first call needs a few hundred lookups. So the default dictionary answers
 * from the sastrawijs object itself (an own key's value is `''`; an inherited
 * property's, `constructor` or `__proto__`, never is) and builds the `Set`,
 * whose lookups are faster, only after {@link OBJECT_LOOKUPS} lookups. Every
 * dictionary the stemmer reads is a {@link Roots}, so its lookup call sites
 * see one shape.
 */
import { Stemmer as SastrawiStemmer } from 'sastrawijs';
import { lazy } from '../lexicons/lazy';

/** A read-only set of root words, as the stemmer consults it. */
export type RootDictionary = ReadonlySet<string>;

/**
 * Lookups the default dictionary answers from the sastrawijs object before
 * it builds its Set (≈ 25 k distinct words stemmed; a first call does a few
 * hundred).
 *
 * @example
 * ```ts
 * const d = defaultRoots();
 * for (let i = 0; i < OBJECT_LOOKUPS; i++) d.has('makan'); // from here on, a Set answers
 * ```
 */
export const OBJECT_LOOKUPS = 100_000;

/**
 * A root dictionary: a Set, or (the default) the sastrawijs object until it
 * has been asked {@link OBJECT_LOOKUPS} times, then a Set of its keys.
 *
 * @example
 * ```ts
 * const d = new Roots(new Set(['makan']));
 * d.has('makan'); // true
 * ```
 */
export class Roots implements ReadonlySet<string> {
  private set: ReadonlySet<string> | undefined;
  private readonly object: Readonly<Record<string, unknown>> | undefined;
  private objectLookupsLeft = OBJECT_LOOKUPS;

  /** A Set of roots, or an object whose own keys (with value `''`) are the roots. */
  constructor(source: ReadonlySet<string> | Readonly<Record<string, unknown>>) {
    if (source instanceof Set) this.set = source as ReadonlySet<string>;
    else this.object = source as Readonly<Record<string, unknown>>;
  }

  /** True when `word` is a root. */
  has(word: string): boolean {
    // kept tiny so the engine inlines it into the stemmer: the Set lookup, or the object phase
    const set = this.set;
    return set !== undefined ? set.has(word) : this.objectHas(word);
  }

  /** A lookup in the object phase; builds the Set after {@link OBJECT_LOOKUPS} of them. */
  private objectHas(word: string): boolean {
    if (--this.objectLookupsLeft <= 0) this.set = new Set(Object.keys(this.object!));
    return this.object![word] === '';
  }

  /** The Set (built from the object on first need). */
  private all(): ReadonlySet<string> {
    return (this.set ??= new Set(Object.keys(this.object!)));
  }

  /** Number of roots. */
  get size(): number {
    return this.all().size;
  }

  /** Calls `fn` for each root. */
  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.all().forEach((v) => fn.call(thisArg, v, v, this));
  }

  /** `[root, root]` pairs, as a Set's entries. */
  entries(): SetIterator<[string, string]> {
    return this.all().entries();
  }

  /** The roots. */
  keys(): SetIterator<string> {
    return this.all().keys();
  }

  /** The roots. */
  values(): SetIterator<string> {
    return this.all().values();
  }

  /** The roots. */
  [Symbol.iterator](): SetIterator<string> {
    return this.all()[Symbol.iterator]();
  }
}

/**
 * The Sastrawi root list from the `sastrawijs` dependency, read lazily once
 * (the object sastrawijs builds, wrapped; no copy until needed).
 */
export const defaultRoots: () => RootDictionary = lazy(() => new Roots(new SastrawiStemmer().internalDictionary as Record<string, unknown>));

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
  return new Roots(out);
}

function addWord(out: Set<string>, word: string): void {
  const w = word.trim().toLowerCase();
  if (w.length > 0) out.add(w);
}
