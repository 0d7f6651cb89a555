/**
 * Small statistics used by the aggregator. Pure functions over numbers.
 */

/** z for a two-sided 95% interval: the 0.975 quantile of the standard normal. */
export const Z95 = 1.959963984540054;

/**
 * A share with its 95% Wilson score interval.
 *
 * @example
 * ```ts
 * const s: import('suara').ShareInterval = { share: 0.5, low: 0.2366, high: 0.7634 };
 * ```
 */
export interface ShareInterval {
  /** Observed share `k / n` (0 when `n` is 0). */
  share: number;
  /** Lower bound of the 95% Wilson interval. */
  low: number;
  /** Upper bound of the 95% Wilson interval. */
  high: number;
}

/**
 * The 95% Wilson score interval for `k` successes out of `n` trials.
 * Unlike the normal ("Wald") interval it stays inside [0, 1] and behaves at
 * `k = 0` and `k = n`, which is common for small agencies on a single day.
 * With `n = 0` it returns `{ share: 0, low: 0, high: 1 }` (nothing is known).
 *
 * @example
 * ```ts
 * import { wilsonInterval } from 'suara/aggregate';
 * wilsonInterval(5, 10); // { share: 0.5, low: ≈0.2366, high: ≈0.7634 }
 * ```
 */
export function wilsonInterval(k: number, n: number, z: number = Z95): ShareInterval {
  if (n <= 0) return { share: 0, low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  // At k = 0 and k = n the bound is exactly 0 or 1; say so instead of 1 − ε.
  return {
    share: p,
    low: k <= 0 ? 0 : Math.max(0, centre - half),
    high: k >= n ? 1 : Math.min(1, centre + half),
  };
}

/**
 * Arithmetic mean; `NaN` for an empty list.
 *
 * @example
 * ```ts
 * import { mean } from 'suara/aggregate';
 * mean([1, 2, 6]); // 3
 * ```
 */
export function mean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Median (average of the two middle values for an even count); `NaN` for an
 * empty list. Does not modify its input.
 *
 * @example
 * ```ts
 * import { median } from 'suara/aggregate';
 * median([3, 1, 2]); // 2
 * median([4, 1, 2, 3]); // 2.5
 * ```
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length % 2 === 1) return sorted[mid]!;
  return (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Upper tail of the Poisson distribution, `P(X ≥ k)` for mean `lambda`,
 * computed by summing the lower terms in log space (stable for large
 * `lambda`). `P(X ≥ 0) = 1`.
 *
 * @example
 * ```ts
 * import { poissonUpperTail } from 'suara/aggregate';
 * poissonUpperTail(1, 1); // 1 − e^−1 ≈ 0.632
 * ```
 */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  const logLambda = Math.log(lambda);
  if (k > lambda) {
    // Sum the upper terms directly so tiny tails keep their precision.
    let logTerm = -lambda + k * logLambda - logFactorial(k);
    let upper = 0;
    for (let i = k; i < k + 100_000; i++) {
      if (i > k) logTerm += logLambda - Math.log(i);
      const term = Math.exp(logTerm);
      upper += term;
      if (term <= upper * 1e-17) break;
    }
    return Math.min(1, upper);
  }
  // P(X < k) = Σ_{i<k} e^{−λ} λ^i / i!
  let logTerm = -lambda;
  let lower = 0;
  for (let i = 0; i < k; i++) {
    if (i > 0) logTerm += logLambda - Math.log(i);
    lower += Math.exp(logTerm);
  }
  return Math.max(0, 1 - lower);
}

function logFactorial(n: number): number {
  let sum = 0;
  for (let i = 2; i <= n; i++) sum += Math.log(i);
  return sum;
}
