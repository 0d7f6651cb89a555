/**
 * `suara/text`: the tokenizer, normalizer and sentence splitter, without the
 * sentiment lexicon, stemmer dictionary or OPD registry.
 *
 * @packageDocumentation
 */
export { tokenize, createTokenizer, type TokenizeOptions, type Tokenizer } from './tokenize';
export { normalize } from './normalize';
export { splitSentences } from './sentences';
export { isProtectedWord } from './protected';
export type { KnownWordFn } from './normalize-word';
export type { Token, TokenType, Span } from './types';
