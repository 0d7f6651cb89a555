/**
 * Mergeable summaries of `compound` values in [−1, 1].
 *
 * - Mean: compounds are summed as integers in micro-units (`round(c × 10⁶)`).
 *   Integer addition is associative, so any sharding and merge order gives
 *   the same sum, bit for bit (exact up to 2⁵³ micro-units ≈ 9·10⁹ documents
 *   at |c| = 1). The reported mean is exact over compounds rounded to 6
 *   decimals, i.e. within 5·10⁻⁷ of the exact mean.
 * - Median: a fixed-bin histogram with bins of width 0.001 centred on
 *   multiples of 0.001 (2,001 bins at most, stored sparsely). The reported
 *   median is the exact median of the compounds rounded to 3 decimals, so it
 *   is within 0.0005 of the exact median. Memory is bounded by 2,001 counters
 *   whatever the number of documents.
 */

/** Micro-units per compound unit for the fixed-point sum. */
export const SUM_SCALE = 1_000_000;

/** Bins per compound unit for the median histogram (resolution 0.001). */
export const MEDIAN_BINS_PER_UNIT = 1000;

/**
 * Fixed-point micro-units of a value (for exact, order-independent sums).
 *
 * @example
 * ```ts
 * import { toFixedPoint } from 'suara/aggregate';
 * toFixedPoint(-0.4) + toFixedPoint(0.1); // -300000
 * ```
 */
export function toFixedPoint(value: number): number {
  return Math.round(value * SUM_SCALE) || 0; // `|| 0` turns −0 into 0 so equal states compare equal
}

/** Histogram bin of a compound value in [−1, 1] (clamped). */
export function medianBin(compound: number): number {
  const b = Math.round(compound * MEDIAN_BINS_PER_UNIT) || 0; // no −0 bin
  return b < -MEDIAN_BINS_PER_UNIT ? -MEDIAN_BINS_PER_UNIT : b > MEDIAN_BINS_PER_UNIT ? MEDIAN_BINS_PER_UNIT : b;
}

/**
 * Median of a histogram given as a `bin → count` map with `total` values:
 * the average of the two middle bin centres for an even total.
 * `NaN` when empty.
 *
 * @example
 * ```ts
 * import { histogramMedian } from 'suara/aggregate';
 * histogramMedian(new Map([[-500, 1], [250, 2]]), 3); // 0.25
 * ```
 */
export function histogramMedian(bins: ReadonlyMap<number, number>, total: number): number {
  if (total <= 0) return Number.NaN;
  const keys = [...bins.keys()].sort((a, b) => a - b);
  // 0-based ranks of the middle value(s).
  const lowRank = (total - 1) >> 1;
  const highRank = total >> 1;
  let seen = 0;
  let low: number | undefined;
  let high: number | undefined;
  for (const k of keys) {
    const c = bins.get(k) ?? 0;
    if (low === undefined && lowRank < seen + c) low = k;
    if (highRank < seen + c) {
      high = k;
      break;
    }
    seen += c;
  }
  if (low === undefined || high === undefined) return Number.NaN;
  // Divide once at the end so the result is the exact decimal (e.g. 0.25, not 0.25000000000000006).
  return (low + high) / (2 * MEDIAN_BINS_PER_UNIT);
}
