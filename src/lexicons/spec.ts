import type { z } from 'zod';
import type * as zm from 'zod/mini';

/**
 * Declares how one file under `lexicons/` is validated and compiled.
 * Each pipeline stage exports its own list (`src/<stage>/lexicon-specs.ts`);
 * `scripts/build-lexicons.ts` validates every file against its spec and
 * writes `src/lexicons/generated/<name>.ts`.
 */
export interface LexiconSpec {
  /** Path under `lexicons/`, e.g. `text/slang.tsv`. */
  file: string;
  /** Generated module name under `src/lexicons/generated/` (no extension). */
  module: string;
  /**
   * Schema for one TSV row (object keyed by column), or for the whole JSON value.
   * Classic `zod` or `zod/mini` (schemas the runtime shares are mini, to keep bundles small).
   */
  schema: z.ZodType | zm.ZodMiniType;
  /**
   * TSV only: a column whose values must be unique. The build rejects a
   * repeated value with both line numbers, since the runtime index keeps only
   * one of two rows for the same key (and which one is an accident of order).
   *
   * @example
   * ```ts
   * // src/sentiment/lexicon-specs.ts:
   * // { file: 'sentiment/words.tsv', module: 'sentiment-words', schema, unique: 'term' }
   * // a second `bagus` row fails the build: "sentiment/words.tsv:90: duplicate term "bagus" (first at line 8)"
   * const unique: string = 'term';
   * ```
   */
  unique?: string;
}
