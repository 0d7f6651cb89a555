import type { EntityMention } from './entities/types';
import type { SentimentResult } from './sentiment/types';
import type { Span, Token } from './text/types';

/**
 * Sentiment aimed at one mentioned agency: the clauses that mention it,
 * scored on their own.
 *
 * @example
 * ```ts
 * import { analyze } from 'suara';
 * const t = analyze('Dinkes sigap, tapi Dishub lamban.').targets;
 * // [{ id: 'dinas.kesehatan', label: 'positive', ... }, { id: 'dinas.perhubungan', label: 'negative', ... }]
 * ```
 */
export interface TargetSentiment {
  /** Entity id (as in {@link EntityMention.id}). */
  id: string;
  /** Canonical name. */
  name: string;
  /** The mentions of this entity in the text. */
  mentions: EntityMention[];
  /** Spans (clauses or sentences) whose sentiment was attributed to it. */
  spans: Span[];
  /** Sum of the attributed hit weights. */
  score: number;
  /** Normalised score in [−1, 1]. */
  compound: number;
  /** Label by the scorer's thresholds. */
  label: SentimentResult['label'];
  /** The hits attributed to this entity. */
  hits: SentimentResult['hits'];
}

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
}
