/**
 * `createSentimentScorer(options)` and `scoreSentiment(text, options?)`:
 * options are validated once here (zod); user lexicon entries are checked one
 * by one so an error names the offending key.
 */
// zod/mini: tree-shakable, so bundles carry only the checks used here
import * as z from 'zod/mini';
import { assertString } from '../errors';
import { lazy } from '../lexicons/lazy';
import { safeParse } from '../validate';
import { stem as defaultStem } from '../stem/index';
import { isKnownWord } from '../stem/known-word';
import { createTokenizer, type Tokenizer } from '../text/tokenize';
import type { Token } from '../text/types';
import { buildIndex, defaultEmoji, defaultEvents, defaultPhrases, defaultProblems, defaultRulesJson, defaultWords, defaultSentimentIndex, type SentimentIndex } from './lexicon';
import { sentimentRulesSchema, type SentimentRules } from './rules';
import { scoreTokens as scoreWith, type StemLookup } from './score';
import type { SentimentResult } from './types';

/**
 * User lexicon entries: an object, a `Map`, or an array of `[term, weight]`
 * pairs. Terms are normalized words (lowercase); a term with a space is a
 * phrase. Weights are finite numbers in [−5, 5]; 0 marks a word as neutral
 * (and stops the stem fallback for it).
 *
 * @example
 * ```ts
 * import type { LexiconInput } from 'suara';
 * const mine: LexiconInput = { mantul: 3, 'antre lama': -2 };
 * ```
 */
export type LexiconInput = Readonly<Record<string, number>> | ReadonlyMap<string, number> | ReadonlyArray<readonly [string, number]>;

/**
 * Options for {@link createSentimentScorer} and {@link scoreSentiment}.
 *
 * @example
 * ```ts
 * import { createSentimentScorer } from 'suara';
 * const scorer = createSentimentScorer({ overrides: { banjir: -1 }, thresholds: { positive: 0.3, negative: -0.3 } });
 * scorer.score('Banjir lagi').label; // 'negative'
 * ```
 */
export interface SentimentOptions {
  /** Replaces the built-in single-word lexicon. */
  lexicon?: LexiconInput;
  /** Added on top of the (built-in or given) lexicon; wins over it. Phrases allowed. */
  overrides?: LexiconInput;
  /** Extra emoji / emoticon weights, keyed by the exact symbol. */
  emoji?: LexiconInput;
  /** Label thresholds on `compound` (default ±0.2); a missing side keeps the built-in value. */
  thresholds?: {
    /** `compound` at or above this (in [0, 1]) is labelled `positive`. */
    positive?: number;
    /** `compound` at or below this (in [−1, 0]) is labelled `negative`. */
    negative?: number;
  };
  /** Normalisation constant of `compound = score / sqrt(score² + alpha)` (default 6). */
  alpha?: number;
  /** Replaces whole rule tables (see `lexicons/sentiment/rules.json`); each given key replaces the built-in one. */
  rules?: Partial<SentimentRules>;
  /**
   * Stemmer used when a word is not in the lexicon (`mengecewakan` → `kecewa`).
   * Default: suara's own stemmer. `false` disables the fallback.
   */
  stem?: ((word: string) => string) | false;
  /** Tokenizer to use in `score(text)`; default suara's `tokenize`. */
  tokenize?: (text: string) => Token[];
  /**
   * Two-class output for consumers that cannot show `neutral` (binary
   * benchmarks, yes/no dashboards). A text the thresholds call neutral gets the
   * sign of its raw `score`; a text with no evidence at all (score 0) gets
   * `binaryTie`. `score`, `compound` and `hits` are unchanged. Default `false`:
   * the scorer only commits when it has evidence.
   */
  binary?: boolean;
  /** Label for a zero score when `binary` is on (default `'positive'`). */
  binaryTie?: 'positive' | 'negative';
}

let vocabularyTokenizer: Tokenizer | undefined;
function defaultTokenize(text: string): Token[] {
  vocabularyTokenizer ??= createTokenizer({ knownWord: isKnownWord });
  return vocabularyTokenizer.tokenize(text);
}

/**
 * A configured scorer. Its lexicon index and stem memo are built once.
 *
 * @example
 * ```ts
 * import { createSentimentScorer, tokenize } from 'suara';
 * const s = createSentimentScorer();
 * s.score('Petugasnya ramah2').label; // 'positive'
 * const text = 'Antrean lama';
 * s.scoreTokens(tokenize(text), text).label; // 'negative'
 * ```
 */
export interface SentimentScorer {
  /** Tokenizes and scores one text. Throws `TypeError` for a non-string. */
  score(text: string): SentimentResult;
  /** Scores tokens you already have (from `tokenize(text)`), without tokenizing again. */
  scoreTokens(tokens: readonly Token[], text: string): SentimentResult;
}

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'must be a function');
const lexiconShape = z.union([z.instanceof(Map), z.array(z.unknown()), z.record(z.string(), z.unknown())]);

const optionsSchema = z.strictObject({
  lexicon: z.optional(lexiconShape),
  overrides: z.optional(lexiconShape),
  emoji: z.optional(lexiconShape),
  thresholds: z.optional(
    z.strictObject({
      positive: z.optional(z.number().check(z.gte(0), z.lte(1))),
      negative: z.optional(z.number().check(z.gte(-1), z.lte(0))),
    }),
  ),
  // zod 4 numbers reject Infinity and NaN (classic's .finite() was a no-op)
  alpha: z.optional(z.number().check(z.positive())),
  rules: z.optional(z.record(z.string(), z.unknown())),
  stem: z.optional(z.union([fn, z.literal(false)])),
  tokenize: z.optional(fn),
  binary: z.optional(z.boolean()),
  binaryTie: z.optional(z.enum(['positive', 'negative'])),
});

const weightSchema = z.number().check(z.gte(-5), z.lte(5));

function fail(field: string, message: string): never {
  throw new TypeError(`suara: invalid sentiment option "${field}": ${message}`);
}

/**
 * Reads and validates user lexicon entries (an object, a `Map` or an array of
 * pairs, see {@link LexiconInput}) into `[term, weight]` pairs, with terms
 * lowercased and spaces collapsed. Throws a `TypeError` naming the offending
 * key, prefixed by `field` (`overrides["bagus"]`).
 *
 * @example
 * ```ts
 * import { readLexicon } from 'suara/sentiment';
 * readLexicon({ Mantul: 3, 'antre  lama': -2 }, 'overrides'); // [['mantul', 3], ['antre lama', -2]]
 * ```
 */
export function readLexicon(input: unknown, field: string): [string, number][] {
  const out: [string, number][] = [];
  const check = (key: unknown, value: unknown, where: string): void => {
    if (typeof key !== 'string' || key.trim().length === 0) fail(where, 'key must be a non-empty string');
    const r = safeParse(weightSchema, value);
    if (!r.success) fail(`${field}[${JSON.stringify(key)}]`, r.error.issues[0]!.message);
    out.push([key.toLowerCase().trim().replace(/\s+/g, ' '), r.data]);
  };
  if (input instanceof Map) for (const [k, v] of input) check(k, v, `${field}[${JSON.stringify(String(k))}]`);
  else if (Array.isArray(input)) {
    input.forEach((pair: unknown, i) => {
      if (!Array.isArray(pair) || pair.length !== 2) fail(`${field}[${i}]`, 'must be a [term, weight] pair');
      check(pair[0], pair[1], `${field}[${i}]`);
    });
  } else if (input !== null && typeof input === 'object') {
    // Own keys only (Object.keys), so "__proto__" from JSON.parse is an ordinary term.
    for (const k of Object.keys(input)) check(k, (input as Record<string, unknown>)[k], `${field}[${JSON.stringify(k)}]`);
  }
  return out;
}

/** Memoized stem lookup: norm → the stem when the stem (not the norm) is in the lexicon. Bounded so a 10 MB text cannot grow it without limit. */
function makeStemLookup(stem: (w: string) => string, words: Map<string, number>): StemLookup {
  const LIMIT = 50_000;
  const memo = new Map<string, string | null>();
  return (norm) => {
    let v = memo.get(norm);
    if (v === undefined) {
      v = null;
      if (norm.length >= 4) {
        const s = stem(norm);
        if (s !== norm && words.has(s)) v = s;
      }
      if (memo.size >= LIMIT) memo.clear();
      memo.set(norm, v);
    }
    return v === null ? undefined : v;
  };
}

function buildScorer(opts: z.infer<typeof optionsSchema>): SentimentScorer {
  let index: SentimentIndex;
  const custom = opts.lexicon !== undefined || opts.overrides !== undefined || opts.emoji !== undefined || opts.rules !== undefined || opts.thresholds !== undefined || opts.alpha !== undefined;
  if (!custom) index = defaultSentimentIndex();
  else {
    let rules = defaultRulesJson();
    if (opts.rules !== undefined) {
      const merged: Record<string, unknown> = { ...rules };
      for (const k of Object.keys(opts.rules)) if (k !== '__proto__') merged[k] = opts.rules[k];
      const r = safeParse(sentimentRulesSchema, merged);
      if (!r.success) {
        const iss = r.error.issues[0]!;
        fail(`rules.${iss.path.join('.')}`, iss.message);
      }
      rules = r.data;
    }
    if (opts.thresholds !== undefined || opts.alpha !== undefined) {
      rules = {
        ...rules,
        alpha: opts.alpha ?? rules.alpha,
        thresholds: { positive: opts.thresholds?.positive ?? rules.thresholds.positive, negative: opts.thresholds?.negative ?? rules.thresholds.negative },
      };
    }
    const words = opts.lexicon !== undefined ? readLexicon(opts.lexicon, 'lexicon') : [...defaultWords()];
    if (opts.overrides !== undefined) words.push(...readLexicon(opts.overrides, 'overrides'));
    const emoji: [string, number][] = [...defaultEmoji()];
    if (opts.emoji !== undefined) for (const [k, v] of readLexicon(opts.emoji, 'emoji')) emoji.push([k, v]);
    // A replaced lexicon has no word classes; the built-in `event` class stays with the built-in words.
    index = buildIndex(rules, words, defaultPhrases(), emoji, opts.lexicon !== undefined ? [] : defaultEvents(), opts.lexicon !== undefined ? [] : defaultProblems());
  }
  const stem = opts.stem === false ? undefined : ((opts.stem as ((w: string) => string) | undefined) ?? defaultStem);
  const stemLookup = stem === undefined ? undefined : makeStemLookup(stem, index.words);
  // Default tokenizer: the same vocabulary as analyze(), so scoreSentiment(text)
  // and analyze(text).sentiment agree (hashtags, leetspeak, elongation).
  const tok = (opts.tokenize as ((text: string) => Token[]) | undefined) ?? defaultTokenize;
  const ctx = { index, stemLookup };
  const binary = opts.binary === true;
  const tie = opts.binaryTie ?? 'positive';
  const finish = (r: SentimentResult): SentimentResult => {
    if (binary && r.label === 'neutral') r.label = r.score > 0 ? 'positive' : r.score < 0 ? 'negative' : tie;
    return r;
  };
  return {
    score(text: string): SentimentResult {
      assertString(text, 'text');
      return finish(scoreWith(tok(text), text, ctx));
    },
    scoreTokens(tokens: readonly Token[], text: string): SentimentResult {
      if (!Array.isArray(tokens)) throw new TypeError('suara: argument "tokens" must be an array of tokens');
      assertString(text, 'text');
      return finish(scoreWith(tokens, text, ctx));
    },
  };
}

/**
 * Creates a sentiment scorer. Options are validated once, here; errors name
 * the field (and the key, for lexicon entries).
 *
 * @example
 * ```ts
 * import { createSentimentScorer } from 'suara';
 * const scorer = createSentimentScorer({ overrides: { mantul: 3 } });
 * scorer.score('Pelayanan Disdukcapil mantul!').label; // 'positive'
 * ```
 */
export function createSentimentScorer(options?: SentimentOptions): SentimentScorer {
  const r = safeParse(optionsSchema, options ?? {});
  if (!r.success) {
    const iss = r.error.issues[0]!;
    fail(iss.path.join('.') || '(root)', iss.message);
  }
  // Lexicon maps are read from the caller's object, not zod's copy: zod rebuilds
  // records by assignment, which would turn a "__proto__" term into a prototype.
  const raw = (options ?? {}) as Record<string, unknown>;
  return buildScorer({ ...r.data, lexicon: raw['lexicon'], overrides: raw['overrides'], emoji: raw['emoji'], rules: raw['rules'] } as z.infer<typeof optionsSchema>);
}

// Built on first use, then shared: its index is read-only and its stem memo is bounded.
const defaultScorer: () => SentimentScorer = lazy(() => buildScorer({}));

/**
 * Scores the sentiment of one text: lexicon + rules (negation, intensity,
 * contrast, idioms, emphasis), with every contributing word in `hits`.
 * With options, builds a scorer for this call (prefer
 * {@link createSentimentScorer} for repeated use).
 *
 * @example
 * ```ts
 * import { scoreSentiment } from 'suara';
 * const r = scoreSentiment('Pelayanan Disdukcapil cepat, tapi antreannya tidak jelas');
 * r.label; // 'negative'
 * r.hits.map((h) => [h.text, h.rules]);
 * // [['cepat', ['contrast']], ['antreannya', ['contrast']], ['tidak jelas', ['idiom', 'contrast']]]
 * ```
 */
export function scoreSentiment(text: string, options?: SentimentOptions): SentimentResult {
  assertString(text, 'text');
  if (options !== undefined) return createSentimentScorer(options).score(text);
  return defaultScorer().score(text);
}

/**
 * Scores tokens you already have with the default scorer (what `analyze()`
 * uses so it tokenizes once).
 *
 * @example
 * ```ts
 * import { scoreTokens, tokenize } from 'suara';
 * const text = 'Jalan rusak parah';
 * scoreTokens(tokenize(text), text).label; // 'negative'
 * ```
 */
export function scoreTokens(tokens: readonly Token[], text: string): SentimentResult {
  return defaultScorer().scoreTokens(tokens, text);
}
