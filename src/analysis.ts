import type { TargetSentiment } from './clauses';
import type { EntityMention } from './entities/types';
import type { SentimentResult } from './sentiment/types';
import type { Span, Token } from './text/types';
import type { TopicSentiment } from './topics/types';

// Defined below both entities/ and topics/ (see clauses.ts); re-exported here for the public API.
export type { TargetSentiment } from './clauses';

/**
 * Everything suara knows about one text.
 *
 * @example
 * ```ts
 * import { analyze } from 'suara';
 * const a = analyze('Pelayanan Disdukcapil cepat dan ramah!');
 * a.sentiment.label; // 'positive'
 * ```
 */
export interface Analysis {
  /** Tokens with offsets and norms. */
  tokens: Token[];
  /** Sentence spans. */
  sentences: Span[];
  /** Whole-text sentiment. */
  sentiment: SentimentResult;
  /** Agency and region mentions. */
  entities: EntityMention[];
  /** Sentiment per mentioned agency. */
  targets: TargetSentiment[];
  /** Complaint topics with aspect sentiment and attribution (`[]` when topics are switched off). */
  topics: TopicSentiment[];
}
