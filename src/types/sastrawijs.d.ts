/**
 * Local declaration for `sastrawijs` 1.1.0. Its package.json has an `exports`
 * map without a `types` condition, so TypeScript cannot find the bundled
 * `dist/index.d.ts` under `moduleResolution: "Bundler"`. Only what suara uses
 * is declared: the dictionary object and the reference `stem`.
 */
declare module 'sastrawijs' {
  /** Sastrawi port. `new Stemmer()` loads the bundled root list. */
  export class Stemmer {
    /** Optional custom root list; without it, the bundled ≈29.9 k roots. */
    constructor(dictionary?: string[]);
    /** Every root as an own key (values are empty strings). */
    internalDictionary: Record<string, string>;
    /** Reference stem of one word. */
    stem(word: string): string;
    /** Adds roots. */
    addToDict(words: string[]): void;
    /** True when `word` is a root. */
    find(word: string): boolean;
  }
  /** The package's tokenizer (not used by suara). */
  export class Tokenizer {
    tokenize(sentence: string): string[];
  }
}
