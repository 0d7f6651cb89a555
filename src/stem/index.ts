/**
 * Indonesian stemming: Enhanced Confix Stripping (Sastrawi-compatible) over
 * the Sastrawi root list, with reduplication and proper-noun options.
 */
export { stem, stemText, createStemmer } from './create-stemmer';
export type { Stemmer, StemmerOptions, StemTextOptions, WordList } from './create-stemmer';
export { isKnownWord } from './known-word';
