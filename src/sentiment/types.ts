/**
 * Sentiment label chosen from `compound` by the scorer's thresholds.
 *
 * @example
 * ```ts
 * import { scoreSentiment } from 'suara';
 * const label: 'positive' | 'negative' | 'neutral' = scoreSentiment('pelayanan ramah').label;
 * ```
 */
export type SentimentLabel = 'positive' | 'negative' | 'neutral';

/**
 * Why a hit's weight differs from its lexicon weight.
 *
 * @example
 * ```ts
 * import { scoreSentiment } from 'suara';
 * scoreSentiment('tidak bagus').hits[0]!.rules; // ['negated']
 * ```
 */
export type SentimentRule =
  | 'negated'
  | 'intensified'
  | 'diminished'
  | 'contrast'
  | 'concessive'
  | 'mitigated'
  | 'irrealis'
  | 'emphasis'
  | 'caps'
  | 'elongated'
  | 'reduplicated'
  | 'idiom'
  | 'phrase'
  | 'stem'
  | 'reportage'
  | 'closing'
  | 'persistence'
  | 'indicator'
  | 'sarcasm';

/**
 * One token or phrase that contributed to the score, with offsets into the
 * caller's original string.
 *
 * @example
 * ```ts
 * import { scoreSentiment } from 'suara';
 * const text = 'Petugas sangat ramah';
 * const hit = scoreSentiment(text).hits[0]!;
 * text.slice(hit.start, hit.end); // 'ramah'
 * ```
 */
export interface SentimentHit {
  /** Surface text, `input.slice(start, end)`. */
  text: string;
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Normalized form that was looked up. */
  norm: string;
  /** Lexicon entry that matched (the norm, the stem, or the phrase). */
  lemma: string;
  /** Final contribution to `score` after rules. */
  weight: number;
  /** Rules that changed the lexicon weight, in the order applied. */
  rules: SentimentRule[];
  /**
   * The negator (normalized) when the hit is a negated term: the hit then
   * spans from the negator to the term, and `lemma` reads `<negator> <term>`
   * (`gak pake ribet` → lemma `gak rumit`, a positive hit), so a list of
   * terms never shows a positive `rumit`.
   */
  negator?: string;
}

/**
 * Result of scoring one text.
 *
 * @example
 * ```ts
 * import { scoreSentiment } from 'suara';
 * const r = scoreSentiment('Jalan rusak parah, tolong diperbaiki');
 * r.label; // 'negative'
 * ```
 */
export interface SentimentResult {
  /** Raw weighted sum of hit weights. */
  score: number;
  /** `score` normalised into [−1, 1]. */
  compound: number;
  /** Label by threshold on `compound`. */
  label: SentimentLabel;
  /** Contributing tokens and phrases, in text order. */
  hits: SentimentHit[];
}
