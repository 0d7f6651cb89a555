// zod/mini: tree-shakable, so bundles carry only the checks used here
import * as z from 'zod/mini';
import { safeParse } from '../validate';
import { TIME_UNITS, bucketIndex, bucketUnitOf, type TimeUnit } from './buckets';
import { poissonUpperTail } from './stats';
import type { AggregateRow } from './types';

/**
 * Options of {@link detectSpikes}.
 *
 * @example
 * ```ts
 * const o: import('suara').SpikeOptions = { window: 14, alpha: 0.001 };
 * ```
 */
export interface SpikeOptions {
  /** Baseline length: how many previous buckets each bucket is compared with. Default 7. */
  window?: number;
  /** Fewest previous buckets (since the series' first bucket) needed before flagging. Default 3. */
  minBaseline?: number;
  /** Volume spikes: one-sided Poisson p-value threshold. Default 0.01. */
  alpha?: number;
  /** Negative-share spikes: z-score threshold. Default 3. */
  z?: number;
  /** Fewest posts (volume) or negative posts (share) in the bucket to flag anything. Default 5. */
  minCount?: number;
  /** Bucket unit; inferred from the labels when omitted. */
  unit?: TimeUnit;
}

/**
 * A bucket where a series (agency × region × source) jumped beyond its own
 * rolling baseline.
 *
 * @example
 * ```ts
 * const s: import('suara').Spike = {
 *   kind: 'volume', bucket: '2024-03-05', entity: 'dinas.perhubungan', count: 40, negative: 31,
 *   expected: 4.3, baselineBuckets: 7, pValue: 1e-20,
 * };
 * ```
 */
export interface Spike {
  /** `volume` (too many posts) or `negative-share` (too large a share of negative posts). */
  kind: 'volume' | 'negative-share';
  /** The bucket that spiked. */
  bucket: string;
  /** Agency id when the rows were grouped by entity. */
  entity?: string | null;
  /** Agency name when the rows were grouped by entity. */
  entityName?: string | null;
  /** Topic when the rows were grouped by topic. */
  topic?: string | null;
  /** Attribution (`explicit` / `implied`) when the rows were grouped by entity and topic. */
  attribution?: string | null;
  /** Region when the rows were grouped by region. */
  region?: string | null;
  /** Source when the rows were grouped by source. */
  source?: string | null;
  /** Posts in the bucket. */
  count: number;
  /** Negative posts in the bucket. */
  negative: number;
  /** Expected value under the baseline: posts (volume) or negative posts (share). */
  expected: number;
  /** Baseline negative share (smoothed), for `negative-share`. */
  baselineShare?: number;
  /** Previous buckets the baseline used. */
  baselineBuckets: number;
  /** One-sided Poisson p-value, for `volume`. */
  pValue?: number;
  /** z-score of the negative count, for `negative-share`. */
  z?: number;
}

const spikeOptionsSchema = z.strictObject({
  window: z._default(z.number().check(z.int(), z.gte(1), z.lte(10_000)), 7),
  minBaseline: z._default(z.number().check(z.int(), z.gte(1), z.lte(10_000)), 3),
  alpha: z._default(z.number().check(z.gt(0), z.lt(1)), 0.01),
  z: z._default(z.number().check(z.positive()), 3),
  minCount: z._default(z.number().check(z.int(), z.gte(0)), 5),
  unit: z.optional(z.enum(TIME_UNITS as [TimeUnit, ...TimeUnit[]])),
});

/**
 * Flags buckets where an agency's volume or negative share jumps beyond its
 * own rolling baseline — the dashboard's alert list.
 *
 * Rows must come from an aggregator grouped by a time unit (plus any of
 * entity, topic, attribution, region, source; each combination is its own
 * series, so spikes are per topic when grouped by topic). For every
 * bucket of a series, the baseline is the previous `window` buckets
 * (buckets with no posts count as zero; buckets before the series' first
 * post are not used), and nothing is flagged with fewer than `minBaseline`
 * of them.
 *
 * - **volume**: expected posts λ = mean count over the baseline (floored at
 *   0.5, so a quiet agency is not infinitely surprised). Flagged when
 *   `count ≥ minCount` and the one-sided Poisson p-value
 *   `P(X ≥ count | λ) < alpha`.
 * - **negative-share**: baseline share p₀ = (neg + 1) / (posts + 2) over the
 *   baseline (Laplace-smoothed, so a spotless history still gives a finite
 *   score). Flagged when `negative ≥ minCount` and
 *   `z = (negative − n·p₀) / √(n·p₀·(1 − p₀)) ≥ z`.
 *
 * Output is sorted by bucket, then series keys, then kind.
 *
 * @example
 * ```ts
 * import { createAggregator, detectSpikes } from 'suara';
 * const agg = createAggregator({ by: ['entity', 'day'] });
 * // … agg.add(records) …
 * for (const s of detectSpikes(agg.rows())) console.log(s.bucket, s.entityName, s.kind);
 * ```
 */
export function detectSpikes(rows: readonly AggregateRow[], options?: SpikeOptions): Spike[] {
  if (!Array.isArray(rows)) throw new TypeError('suara: argument "rows" must be an array of aggregate rows');
  const parsed = safeParse(spikeOptionsSchema, options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TypeError(`suara: invalid spike option ${issue?.path.join('.') || 'options'}: ${issue?.message ?? ''}`);
  }
  const o = parsed.data;

  // Group rows into series by their non-time keys.
  const series = new Map<string, { rows: Map<number, AggregateRow>; first: number }>();
  let unit = o.unit;
  for (const row of rows) {
    if (row.bucket === null || row.bucket === undefined) continue; // undated records have no place in time
    unit ??= bucketUnitOf(row.bucket);
    if (unit === undefined) throw new TypeError(`suara: unrecognised bucket label ${JSON.stringify(row.bucket)}`);
    const idx = bucketIndex(row.bucket, unit);
    if (idx === undefined) throw new TypeError(`suara: bucket ${JSON.stringify(row.bucket)} is not a ${unit} label`);
    const key = JSON.stringify([row.entity ?? null, row.topic ?? null, row.attribution ?? null, row.region ?? null, row.source ?? null]);
    let s = series.get(key);
    if (!s) {
      s = { rows: new Map(), first: idx };
      series.set(key, s);
    }
    s.rows.set(idx, row);
    if (idx < s.first) s.first = idx;
  }

  const spikes: Spike[] = [];
  for (const s of series.values()) {
    for (const [idx, row] of s.rows) {
      const h = Math.min(o.window, idx - s.first);
      if (h < o.minBaseline) continue;
      let posts = 0;
      let neg = 0;
      for (let j = idx - h; j < idx; j++) {
        const r = s.rows.get(j);
        if (r) {
          posts += r.count;
          neg += r.negative;
        }
      }
      const base: Pick<Spike, 'entity' | 'entityName' | 'topic' | 'attribution' | 'region' | 'source'> = {};
      if (row.entity !== undefined) base.entity = row.entity;
      if (row.entityName !== undefined) base.entityName = row.entityName;
      if (row.topic !== undefined) base.topic = row.topic;
      if (row.attribution !== undefined) base.attribution = row.attribution;
      if (row.region !== undefined) base.region = row.region;
      if (row.source !== undefined) base.source = row.source;
      const lambda = Math.max(posts / h, 0.5);
      if (row.count >= o.minCount) {
        const pValue = poissonUpperTail(row.count, lambda);
        if (pValue < o.alpha) {
          spikes.push({
            kind: 'volume',
            bucket: row.bucket!,
            ...base,
            count: row.count,
            negative: row.negative,
            expected: lambda,
            baselineBuckets: h,
            pValue,
          });
        }
      }
      if (row.negative >= o.minCount) {
        const p0 = (neg + 1) / (posts + 2);
        const n = row.count;
        const zScore = (row.negative - n * p0) / Math.sqrt(n * p0 * (1 - p0));
        if (zScore >= o.z) {
          spikes.push({
            kind: 'negative-share',
            bucket: row.bucket!,
            ...base,
            count: n,
            negative: row.negative,
            expected: n * p0,
            baselineShare: p0,
            baselineBuckets: h,
            z: zScore,
          });
        }
      }
    }
  }
  const cmp = (a: string | null | undefined, b: string | null | undefined): number => {
    const x = a ?? '\uffff';
    const y = b ?? '\uffff';
    return x < y ? -1 : x > y ? 1 : 0;
  };
  spikes.sort(
    (a, b) =>
      cmp(a.bucket, b.bucket) ||
      cmp(a.entity, b.entity) ||
      cmp(a.topic, b.topic) ||
      cmp(a.attribution, b.attribution) ||
      cmp(a.region, b.region) ||
      cmp(a.source, b.source) ||
      cmp(a.kind, b.kind),
  );
  return spikes;
}
