/**
 * Kinds of token the tokenizer emits. The first ten match wink-tokenizer's
 * tags; the rest are Indonesian-specific refinements (see docs/text.md).
 *
 * @example
 * ```ts
 * import { tokenize } from 'suara';
 * tokenize('Rp50.000')[0]!.type; // 'currency'
 * ```
 */
export type TokenType =
  | 'word'
  | 'number'
  | 'url'
  | 'email'
  | 'mention'
  | 'hashtag'
  | 'emoji'
  | 'emoticon'
  | 'punctuation'
  | 'symbol'
  | 'currency'
  | 'time'
  | 'laughter'
  | 'abbreviation';

/**
 * One token. `text === input.slice(start, end)` always holds.
 *
 * @example
 * ```ts
 * import { tokenize } from 'suara';
 * const [t] = tokenize('mantaaap');
 * // { text: 'mantaaap', norm: 'mantap', type: 'word', start: 0, end: 8 }
 * ```
 */
export interface Token {
  /** The exact surface, `input.slice(start, end)`. */
  text: string;
  /** Normalized form: lowercase, elongation squashed, slang mapped to formal, `anak2` → `anak-anak`; hashtags segmented into words separated by spaces. */
  norm: string;
  /** What kind of token this is. */
  type: TokenType;
  /** Offset of the first UTF-16 code unit in the input. */
  start: number;
  /** Offset one past the last UTF-16 code unit in the input. */
  end: number;
}

/**
 * A span of the input, e.g. a sentence.
 *
 * @example
 * ```ts
 * import { splitSentences } from 'suara';
 * splitSentences('Jalan rusak. Tolong!')[1]; // { text: 'Tolong!', start: 13, end: 20 }
 * ```
 */
export interface Span {
  /** `input.slice(start, end)`. */
  text: string;
  /** Start offset (UTF-16 code units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
}
