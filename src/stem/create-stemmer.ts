/**
 * `createStemmer(options)` — a configured, memoized Indonesian stemmer — and
 * the default-instance functions `stem` and `stemText`.
 */
// zod/mini: tree-shakable, so bundles carry only the checks used here
import * as z from 'zod/mini';
import { safeParse } from '../validate';
import { assertString } from '../errors';
import { lazy } from '../lexicons/lazy';
import { buildDictionary, type RootDictionary } from './dictionary';
import { createStemCache } from './cache';
import { placeNames } from './place-names';
import { stemLowerWord } from './stem-word';
import { stemTextWith } from './stem-text';
import { codeAt } from '../text/chars';

/**
 * A list of words: an array or a set of strings.
 *
 * @example
 * ```ts
 * import { createStemmer, type WordList } from 'suara/stem';
 * const roots: WordList = new Set(['layan', 'rusak']);
 * createStemmer({ words: roots }).isRoot('layan'); // true
 * ```
 */
export type WordList = readonly string[] | ReadonlySet<string>;

/**
 * Options of {@link createStemmer}. All are optional.
 *
 * @example
 * ```ts
 * import { createStemmer } from 'suara/stem';
 * createStemmer({ properNouns: 'keep' }).stem('kediri'); // 'kediri'
 * createStemmer({ exclude: ['pemalang'] }).stem('Pemalang'); // 'pemalang'
 * ```
 */
export interface StemmerOptions {
  /**
   * Root dictionary replacing the default one (the Sastrawi/Kateglo list from
   * the `sastrawijs` dependency, CC BY-NC-SA). Pass your own list if that
   * licence does not suit you.
   */
  words?: WordList;
  /** Roots added to `words` (or to the default dictionary). */
  extraWords?: WordList;
  /** Words never stemmed: returned lowercased as they are (brand names, jargon). */
  exclude?: WordList;
  /** Most memoized words kept (default 50 000; `0` turns the cache off). */
  cacheSize?: number;
  /**
   * `'stem'` (default, Sastrawi-compatible) stems every word. `'keep'` leaves
   * known place names (`kediri`, `pemalang`, `pekalongan`…) unstemmed, and
   * `stemText` also leaves Title-case words inside a sentence alone.
   */
  properNouns?: 'stem' | 'keep';
}

/**
 * Options of {@link Stemmer.stemText}.
 *
 * @example
 * ```ts
 * import { createStemmer } from 'suara/stem';
 * createStemmer().stemText('Warga Pemalang mengeluhkan banjir', { properNouns: 'keep' }); // 'warga pemalang keluh banjir'
 * ```
 */
export interface StemTextOptions {
  /** Overrides the stemmer's `properNouns` for this call. */
  properNouns?: 'stem' | 'keep';
}

/**
 * A configured stemmer; create it with {@link createStemmer}.
 *
 * @example
 * ```ts
 * import { createStemmer, type Stemmer } from 'suara/stem';
 * const stemmer: Stemmer = createStemmer({ extraWords: ['mantul'] });
 * stemmer.stem('kerusakan'); // 'rusak'
 * stemmer.isRoot('mantul'); // true
 * ```
 */
export interface Stemmer {
  /**
   * Root of one word (lowercased). Words with characters other than letters,
   * digits and `-` are returned lowercased and unstemmed.
   *
   * @example
   * ```ts
   * createStemmer().stem('pelayanan'); // 'layan'
   * ```
   */
  stem(word: string): string;
  /**
   * Sastrawi-style text stemming: lowercase, every character other than
   * a-z, 0-9 and `-` becomes a separator, stems joined by single spaces.
   *
   * @example
   * ```ts
   * createStemmer().stemText('Warga mengeluhkan pelayanan RSUD.'); // 'warga keluh layan rsud'
   * ```
   */
  stemText(text: string, options?: StemTextOptions): string;
  /**
   * Stems each word of a list (e.g. token `norm`s); empty strings are kept.
   *
   * @example
   * ```ts
   * createStemmer().stemTokens(['kerusakan', 'jalan']); // ['rusak', 'jalan']
   * ```
   */
  stemTokens(words: readonly string[]): string[];
  /**
   * True when `word` (lowercase) is a root of this stemmer's dictionary.
   *
   * @example
   * ```ts
   * createStemmer().isRoot('layan'); // true
   * ```
   */
  isRoot(word: string): boolean;
  /**
   * Empties the memo (e.g. after a benchmark or to release memory).
   *
   * @example
   * ```ts
   * const s = createStemmer();
   * s.stem('memakan');
   * s.clearCache();
   * ```
   */
  clearCache(): void;
}

const wordList = z.union([z.array(z.string()), z.set(z.string())]);

const optionsSchema = z.strictObject({
  words: z.optional(wordList),
  extraWords: z.optional(wordList),
  exclude: z.optional(wordList),
  cacheSize: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10_000_000))),
  properNouns: z.optional(z.enum(['stem', 'keep'])),
});

const textOptionsSchema = z.strictObject({ properNouns: z.optional(z.enum(['stem', 'keep'])) });

/** Longer strings are not words; memoizing them would pin megabytes by entry count. */
const MAX_CACHED_LENGTH = 64;

/** Default memo bound: covers the working vocabulary of a news/complaints corpus. */
const DEFAULT_CACHE_SIZE = 50_000;

/** Turns a zod failure into a TypeError naming the offending field. */
function parseOptions<T>(schema: z.ZodMiniType<T>, value: unknown, fn: string): T {
  const result = safeParse(schema, value ?? {});
  if (result.success) return result.data as T;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'options';
  throw new TypeError(`suara: ${fn} option "${field}": ${issue?.message ?? 'invalid'}`);
}

function toLowerSet(list: Iterable<string> | undefined): ReadonlySet<string> | null {
  if (list === undefined) return null;
  const out = new Set<string>();
  for (const w of list) {
    const t = w.trim().toLowerCase();
    if (t.length > 0) out.add(t);
  }
  return out;
}

/**
 * Lowercases `word` when it only has ASCII letters, digits and `-`; returns
 * null otherwise (such a word is not an Indonesian word form to stem).
 */
function asciiLower(word: string): string | null {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = codeAt(word, i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45) continue;
    if (c >= 65 && c <= 90) {
      upper = true;
      continue;
    }
    return null;
  }
  return upper ? word.toLowerCase() : word;
}

/**
 * Creates a stemmer: Enhanced Confix Stripping as Sastrawi does it, over the
 * default root list or your own, plus reduplication (`anak-anak`, `anak2`),
 * `-wan`/`-wati`, and optional proper-noun protection. Options are validated
 * once; the dictionary is built on the first call, not at creation.
 *
 * @example
 * ```ts
 * import { createStemmer } from 'suara';
 *
 * const stemmer = createStemmer({ extraWords: ['pangkalpinang'], properNouns: 'keep' });
 * stemmer.stem('menunjukkan'); // 'tunjuk'
 * stemmer.stemText('Warga Kediri memadamkan api'); // 'warga kediri padam api'
 *
 * const tiny = createStemmer({ words: ['makan'] });
 * tiny.stem('dimakan'); // 'makan'
 * ```
 */
export function createStemmer(options?: StemmerOptions): Stemmer {
  const opts = parseOptions(optionsSchema, options, 'createStemmer');
  const dict = lazy<RootDictionary>(() => buildDictionary({ words: opts.words, extraWords: opts.extraWords }));
  const exclude = toLowerSet(opts.exclude);
  const keepNames = opts.properNouns === 'keep';
  const cache = createStemCache(opts.cacheSize ?? DEFAULT_CACHE_SIZE);

  /** Stem of a lowercase [a-z0-9-] word, not memoized. */
  const compute = (word: string): string =>
    (exclude !== null && exclude.has(word)) || (keepNames && placeNames().has(word)) ? word : stemLowerWord(word, dict());

  /** Stem of a lowercase [a-z0-9-] word, memoized. */
  const stemLower = (word: string): string => {
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const root = compute(word);
    if (word.length <= MAX_CACHED_LENGTH) cache.set(word, root);
    return root;
  };

  const stem = (word: string): string => {
    assertString(word, 'word');
    // Fast path: the memo is keyed by the caller's string, so repeated
    // tokens skip even the character scan.
    const hit = cache.get(word);
    if (hit !== undefined) return hit;
    const lower = asciiLower(word);
    if (lower === null) return word.toLowerCase();
    const root = lower === word ? compute(word) : stemLower(lower);
    if (word.length <= MAX_CACHED_LENGTH) cache.set(word, root);
    return root;
  };

  return {
    stem,
    stemText(text, textOptions) {
      assertString(text, 'text');
      const t = textOptions === undefined ? {} : parseOptions(textOptionsSchema, textOptions, 'stemText');
      const keepCapitalized = (t.properNouns ?? opts.properNouns) === 'keep';
      return stemTextWith(text, stemLower, { keepCapitalized });
    },
    stemTokens(words) {
      if (!Array.isArray(words)) throw new TypeError('suara: argument "words" must be an array of strings');
      const out = new Array<string>(words.length);
      for (let i = 0; i < words.length; i++) {
        const w: unknown = words[i];
        assertString(w, `words[${i}]`);
        out[i] = stem(w);
      }
      return out;
    },
    isRoot(word) {
      assertString(word, 'word');
      return dict().has(word);
    },
    clearCache() {
      cache.clear();
    },
  };
}

const defaultStemmer = lazy(() => createStemmer());

/**
 * Root of one Indonesian word with the default dictionary (memoized).
 * Sastrawi-compatible, and right where `sastrawijs` is not.
 *
 * @example
 * ```ts
 * import { stem } from 'suara';
 *
 * stem('memakan'); // 'makan'
 * stem('penurunan'); // 'turun'
 * stem('anak-anak'); // 'anak'
 * ```
 */
export function stem(word: string): string {
  assertString(word, 'word');
  return defaultStemmer().stem(word);
}

/**
 * Stems a whole text the Sastrawi way with the default dictionary.
 *
 * @example
 * ```ts
 * import { stemText } from 'suara';
 *
 * stemText('Petugas memadamkan kebakaran.'); // 'tugas padam bakar'
 * ```
 */
export function stemText(text: string, options?: StemTextOptions): string {
  assertString(text, 'text');
  return defaultStemmer().stemText(text, options);
}
