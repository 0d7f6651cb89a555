/**
 * Normalising a raw score into [−1, 1] and choosing a label.
 */
import type { SentimentLabel } from './types';

/**
 * VADER-style normalisation: `score / sqrt(score² + alpha)`.
 *
 * `alpha` sets how much raw score it takes to approach ±1: with the default
 * `alpha = 6`, one clear word (`bagus`, weight 3) gives 0.77, two give 0.93,
 * and a single mild word (weight 1) gives 0.38. The function is odd,
 * monotonic and always finite; non-finite input (never produced by the
 * scorer) maps to 0.
 *
 * @example
 * ```ts
 * import { compound } from 'suara/sentiment';
 * compound(3, 6); // ≈ 0.775
 * compound(-3, 6); // ≈ -0.775
 * compound(0, 6); // 0
 * ```
 */
export function compound(score: number, alpha: number): number {
  if (!Number.isFinite(score) || score === 0) return 0;
  const c = score / Math.sqrt(score * score + alpha);
  return c > 1 ? 1 : c < -1 ? -1 : c;
}

/**
 * Label by thresholds on `compound`: `positive` when `compound >= positive`,
 * `negative` when `compound <= negative`, otherwise `neutral`. The default
 * thresholds (±0.2, see `lexicons/sentiment/rules.json`) keep a text whose only
 * evidence is one weak word (|weight| < 0.5) neutral.
 *
 * @example
 * ```ts
 * import { labelFor } from 'suara/sentiment';
 * labelFor(0.5, 0.2, -0.2); // 'positive'
 * labelFor(0.1, 0.2, -0.2); // 'neutral'
 * ```
 */
export function labelFor(value: number, positive: number, negative: number): SentimentLabel {
  if (value >= positive && value > 0) return 'positive';
  if (value <= negative && value < 0) return 'negative';
  return 'neutral';
}
