/**
 * `tokenize(text, options?)`: one scan over the input (see scan.ts), then a
 * norm per token. Offsets always index the caller's original string.
 */
// zod/mini: the same validation with a tree-shakable API, so `suara/text` stays small
import * as z from 'zod/mini';
import { assertString } from '../errors';
import { safeParse } from '../validate';
import { expandAbbreviation } from './abbreviations';
import { splitHashtagBody, wordBreak } from './hashtag';
import { createWordNormalizer, knownOrSlang, type KnownWordFn } from './normalize-word';
import { createInternTable, probe } from './intern';
import { createScanBuffer, scanArrays, TYPE_NAMES } from './scan';
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
  const opts = parseTokenizeOptions(options);
  const known = opts.knownWord;
  const normWord = createWordNormalizer(known);
  const doNorm = opts.normalize !== false;
  const isKnown = knownOrSlang(known);
  const hashtagNorm = (body: string): string => {
    const out: string[] = [];
    for (const seg of splitHashtagBody(body)) {
      const lower = seg.toLowerCase();
      const parts = isKnown(lower) ? undefined : wordBreak(lower, isKnown);
      for (const p of parts ?? [lower]) out.push(normWord(p));
    }
    return out.join(' ');
  };
  // one scratch buffer per tokenizer: tokenize() reads it fully before returning
  let scratch = createScanBuffer();
  const intern = createInternTable();
  return {
    tokenize(text: string): Token[] {
      assertString(text, 'text');
      const raw = scanArrays(text, scratch);
      const tokens: Token[] = new Array<Token>(raw.count);
      for (let k = 0; k < raw.count; k++) {
        const start = raw.starts[k]!;
        const end = raw.ends[k]!;
        const code = raw.types[k]!;
        let surface: string;
        let norm: string;
        // switch on the scanner's numeric code (see TYPE_NAMES) to keep the loop monomorphic
        if (code === 0 || code === 8) {
          // words and punctuation: reuse interned surface + norm when seen recently
          const slot = probe(intern, text, start, end);
          if (slot >= 0) {
            tokens[k] = { text: intern.texts[slot]!, norm: intern.norms[slot]!, type: TYPE_NAMES[code]!, start, end };
            continue;
          }
          surface = text.slice(start, end);
          norm = code === 8 ? surface : doNorm ? normWord(surface) : surface.toLowerCase();
          if (slot !== -0x7fffffff) {
            intern.texts[-slot - 1] = surface;
            intern.norms[-slot - 1] = norm;
          }
          tokens[k] = { text: surface, norm, type: TYPE_NAMES[code]!, start, end };
          continue;
        }
        surface = text.slice(start, end);
        if (!doNorm) norm = surface.toLowerCase();
        else {
          switch (code) {
            case 13: // abbreviation
              norm = expandAbbreviation(surface) ?? surface.toLowerCase();
              break;
            case 5: // hashtag
              norm = hashtagNorm(surface.slice(1));
              break;
            case 2: // url
            case 3: // email
            case 4: // mention
            case 12: // laughter
              norm = surface.toLowerCase();
              break;
            case 10: // currency
              norm = surface.toLowerCase().replace(/\s+/g, ' ');
              break;
            default:
              norm = surface;
          }
        }
        tokens[k] = { text: surface, norm, type: TYPE_NAMES[code]!, start, end };
      }
      // do not keep a huge buffer alive after one 10 MB input
      if (scratch.types.length > 65_536) scratch = createScanBuffer();
      return tokens;
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
