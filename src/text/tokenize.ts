/**
 * `tokenize(text, options?)`: one scan over the input into a token tape
 * (see tape.ts), then a `Token` object per token, with surfaces and norms
 * shared per interned word. Offsets always index the caller's original string.
 */
// zod/mini: the same validation with a tree-shakable API, so `suara/text` stays small
import * as z from 'zod/mini';
import { assertString } from '../errors';
import { safeParse } from '../validate';
import type { KnownWordFn } from './normalize-word';
import { createTapeTokenizer } from './tape';
import type { Token } from './types';

/**
 * Options for {@link tokenize} and {@link createTokenizer}.
 *
 * @example
 * ```ts
 * import { tokenize } from 'suara';
 * tokenize('s3m4ngat', { knownWord: (w) => w === 'semangat' })[0]!.norm; // 'semangat'
 * ```
 */
export interface TokenizeOptions {
  /**
   * Extra vocabulary: returns true for lowercase words that exist. Used to
   * choose between elongation squashes, accept leetspeak decodings and
   * segment lowercase hashtags. `analyze()` passes the stemmer's dictionary.
   */
  knownWord?: KnownWordFn;
  /** When false, `norm` is just the lowercase surface. Default true. */
  normalize?: boolean;
}

/**
 * A configured tokenizer with its own normalization cache.
 *
 * @example
 * ```ts
 * import { createTokenizer } from 'suara';
 * const tk = createTokenizer();
 * tk.tokenize('gak bgt sih').map((t) => t.norm); // ['tidak', 'banget', 'sih']
 * ```
 */
export interface Tokenizer {
  /** Tokenizes one text. */
  tokenize(text: string): Token[];
}

const optionsSchema = z.strictObject({
  knownWord: z.optional(z.custom<KnownWordFn>((v) => typeof v === 'function', 'must be a function (word: string) => boolean')),
  normalize: z.optional(z.boolean()),
});

/** Validates tokenizer options; errors name the field. */
export function parseTokenizeOptions(options: unknown): TokenizeOptions {
  const r = safeParse(optionsSchema, options ?? {});
  if (!r.success) {
    const iss = r.error.issues[0]!;
    throw new TypeError(`suara: invalid tokenize option "${iss.path.join('.') || '(root)'}": ${iss.message}`);
  }
  return r.data as TokenizeOptions;
}

/**
 * Creates a tokenizer. Options are validated once here.
 *
 * @example
 * ```ts
 * import { createTokenizer } from 'suara';
 * const { tokenize } = createTokenizer({ normalize: false });
 * tokenize('Gak BGT')[1]!.norm; // 'bgt'
 * ```
 */
export function createTokenizer(options?: TokenizeOptions): Tokenizer {
  const tk = createTapeTokenizer(parseTokenizeOptions(options));
  return {
    tokenize(text: string): Token[] {
      assertString(text, 'text');
      // one scan into the reused tape, then the objects callers expect
      return tk.tape(text).tokens();
    },
  };
}

let defaultTokenizer: Tokenizer | undefined;

/**
 * Splits `text` into tokens with exact offsets and normalized forms.
 * Never throws for a string; throws `TypeError` for anything else.
 *
 * @example
 * ```ts
 * import { tokenize } from 'suara';
 * tokenize('Jalan rusak bgt 😡 #PangkalpinangHebat').map((t) => [t.type, t.norm]);
 * // [['word','jalan'], ['word','rusak'], ['word','banget'], ['emoji','😡'], ['hashtag','pangkalpinang hebat']]
 * ```
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  if (options !== undefined) return createTokenizer(options).tokenize(text);
  defaultTokenizer ??= createTokenizer();
  return defaultTokenizer.tokenize(text);
}
