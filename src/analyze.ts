/**
 * `analyze(text)`: the whole pipeline in one call. The text is scanned once
 * into a token tape: sentences are split from it, sentiment reads its ids,
 * and the `tokens` of the result are made from it. The tagger reads the
 * original string (aliases are matched before slang normalization), and
 * targeted sentiment joins the two.
 */
// zod/mini: tree-shakable, so bundles carry only the checks used here
import * as z from 'zod/mini';
import { safeParse } from './validate';
import { assertString } from './errors';
import { createEntityTagger, tagOnTape, type EntityTagger, type EntityTaggerOptions } from './entities/create-tagger';
import { targetSentiments } from './entities/targets';
import { createSentimentScorer, scoreSourceWith, type SentimentOptions, type SentimentScorer } from './sentiment/create-scorer';
import { defaultRulesJson } from './sentiment/lexicon';
import { sentenceSpans } from './text/sentences';
import { isKnownWord } from './stem/known-word';
import { createTapeTokenizer } from './text/tape';
import { parseTokenizeOptions, type TokenizeOptions } from './text/tokenize';
import { createTopicTagger, tagSourceWith, type TopicTaggerOptions } from './topics/create-tagger';
import { topicSentiments } from './topics/aspects';
import { clauseBlocks } from './clauses';
import type { Analysis } from './analysis';
import type { Token } from './text/types';

/**
 * Options of {@link analyze} / {@link createAnalyzer}: one object per stage.
 *
 * @example
 * ```ts
 * const opts: import('suara').AnalyzeOptions = { entities: { defaultRegion: '19.71' }, sentiment: { thresholds: { positive: 0.3 } } };
 * ```
 */
export interface AnalyzeOptions {
  /** Tokenizer options. */
  tokenize?: TokenizeOptions;
  /** Sentiment scorer options. */
  sentiment?: SentimentOptions;
  /** Entity tagger options (`defaultRegion`, `date`, `registry`). */
  entities?: EntityTaggerOptions;
  /** Topic tagger options (a city's own topics, see `createTopicTagger`), or `false` to skip topics (`topics` is then `[]`). */
  topics?: TopicTaggerOptions | false;
}

/**
 * A configured pipeline.
 *
 * @example
 * ```ts
 * import { createAnalyzer } from 'suara';
 * const a = createAnalyzer({ entities: { defaultRegion: '19.71' } });
 * a.analyze('Dishub lamban').targets[0]!.label; // 'negative'
 * ```
 */
export interface Analyzer {
  /**
   * Analyzes one text. Throws `TypeError` for a non-string. `context.date`
   * (when the text was written) picks the agency names valid at that date.
   */
  analyze(text: string, context?: AnalyzeContext): Analysis;
}

/**
 * Per-text context for {@link Analyzer.analyze}.
 *
 * @example
 * ```ts
 * import { createAnalyzer } from 'suara';
 * const a = createAnalyzer({ entities: { defaultRegion: '19.71' } });
 * a.analyze('Dinsos menangani kasus kekerasan', { date: '2018-05-01' }).entities[0]!.name;
 * // 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak'
 * ```
 */
export interface AnalyzeContext {
  /** When the text was written (`YYYY-MM-DD…` or a `Date`); agency names follow their validity dates. */
  date?: string | Date;
}

const optionsSchema = z.strictObject({
  tokenize: z.optional(z.record(z.string(), z.unknown())),
  sentiment: z.optional(z.record(z.string(), z.unknown())),
  entities: z.optional(z.record(z.string(), z.unknown())),
  topics: z.optional(z.union([z.literal(false), z.record(z.string(), z.unknown())])),
});

/**
 * Builds a pipeline once (tokenizer, scorer, tagger); reuse it for many texts.
 *
 * @example
 * ```ts
 * import { createAnalyzer } from 'suara';
 * const a = createAnalyzer();
 * a.analyze('Pelayanan Disdukcapil cepat dan ramah!').sentiment.label; // 'positive'
 * ```
 */
export function createAnalyzer(options?: AnalyzeOptions): Analyzer {
  const r = safeParse(optionsSchema, options ?? {});
  if (!r.success) {
    const iss = r.error.issues[0]!;
    throw new TypeError(`suara: invalid analyze option "${iss.path.join('.') || '(options)'}": ${iss.message}`);
  }
  const o = options ?? {};
  // The root dictionary (roots and their affixed forms) doubles as the
  // normalizer's vocabulary (elongation, leetspeak, lowercase hashtags); it
  // is loaded lazily on first lookup.
  const tokenizer = createTapeTokenizer(parseTokenizeOptions({ knownWord: isKnownWord, ...o.tokenize }));
  const scorer: SentimentScorer = createSentimentScorer(o.sentiment ?? {});
  const tagger: EntityTagger = createEntityTagger(o.entities);
  const topicTagger = o.topics === false ? undefined : createTopicTagger(o.topics);
  const rules = defaultRulesJson();
  const alpha = o.sentiment?.alpha ?? rules.alpha;
  // clause boundaries for targeted sentiment come from the same contrast table the scorer uses
  const contrastWords: ReadonlySet<string> = new Set(Object.keys(rules.contrast));
  const thresholds = {
    positive: o.sentiment?.thresholds?.positive ?? rules.thresholds.positive,
    negative: o.sentiment?.thresholds?.negative ?? rules.thresholds.negative,
  };
  return {
    analyze(text: string, context?: AnalyzeContext): Analysis {
      assertString(text, 'text');
      // one scan: sentences, sentiment and the token objects all read this tape
      const tape = tokenizer.tape(text);
      const sentences = sentenceSpans(text, tape.kinds, tape.starts, tape.ends, tape.count);
      const sentiment = scoreSourceWith(scorer, tape, text)!;
      const tokens: Token[] = tape.tokens();
      // the tagger walks the string, skipping words the tape's ids say start no alias
      const entities = tagOnTape(tagger, tape, context?.date);
      // topics read the tape the scorer read (memos per interned word); the tape is still this text's
      const tagged = topicTagger === undefined ? [] : (tagSourceWith(topicTagger, tape, text) ?? topicTagger.tagTokens(tokens, text));
      // clauses are cut once and shared by targets and topics, and only when either needs them
      const blocks = tagged.some((t) => t.cues.length > 0) || entities.some((m) => m.kind !== 'region') ? clauseBlocks(text, sentences, tokens, contrastWords) : undefined;
      const targets = targetSentiments({ text, sentences, tokens, sentiment, mentions: entities, alpha, thresholds, contrastWords, blocks });
      // topics read the same tokens (no second scan); aspect sentiment uses the clause logic of targets
      const topics = topicTagger === undefined ? [] : topicSentiments({ text, sentences, tokens, sentiment, mentions: entities, topics: tagged, taxonomy: topicTagger, alpha, thresholds, contrastWords, blocks });
      return { tokens, sentences, sentiment, entities, targets, topics };
    },
  };
}

let defaultAnalyzer: Analyzer | undefined;

/**
 * Tokens, sentences, sentiment, agency/region mentions, the sentiment
 * aimed at each agency, and complaint topics with their aspect sentiment, for one text.
 *
 * @example
 * ```ts
 * import { analyze } from 'suara';
 * const a = analyze('Dinkes sigap, tapi Dishub lamban.');
 * a.targets.map((t) => `${t.id}:${t.label}`); // ['dinas.kesehatan:positive', 'dinas.perhubungan:negative']
 * ```
 */
export function analyze(text: string, options?: AnalyzeOptions): Analysis {
  assertString(text, 'text');
  if (options === undefined) return (defaultAnalyzer ??= createAnalyzer()).analyze(text);
  return createAnalyzer(options).analyze(text);
}
