/**
 * "Perlu perhatian" (needs attention): agency × topic pairs whose negative
 * share is rising, ranked, with the evidence a reader needs to act on it.
 * A pure function over aggregate rows; nothing is recomputed from text.
 */
// zod/mini: tree-shakable, so bundles carry only the checks used here
import * as z from 'zod/mini';
import { safeParse } from '../validate';
import { bucketIndex, bucketLabel, bucketUnitOf, TIME_UNITS, type TimeUnit } from './buckets';
import { wilsonInterval, type ShareInterval } from './stats';
import type { AggregateRow, ExampleDoc } from './types';

/**
 * Options of {@link needsAttention}.
 *
 * @example
 * ```ts
 * const o: import('suara').AttentionOptions = { recent: 1, baseline: 4, minNegative: 3, limit: 10 };
 * ```
 */
export interface AttentionOptions {
  /** How many latest buckets form the recent window. Default 1. */
  recent?: number;
  /** How many buckets before the recent window form the baseline. Default 4. */
  baseline?: number;
  /** The last bucket of the recent window (a bucket label); default the latest bucket in `rows`. */
  until?: string;
  /** Fewest negative posts in the recent window to report a pair. Default 3. */
  minNegative?: number;
  /** Smallest z-score of the rise to report a pair. Default 1.645 (one-sided 95 %). */
  minZ?: number;
  /** Longest list returned. Default 10. */
  limit?: number;
  /** Example posts per pair. Default 3. */
  examples?: number;
  /** Bucket unit; inferred from the labels when omitted. */
  unit?: TimeUnit;
}

/**
 * A span of an example post to highlight: a topic cue or a negative word.
 *
 * @example
 * ```ts
 * const h: import('suara').AttentionHighlight = { start: 0, end: 15, kind: 'cue' };
 * ```
 */
export interface AttentionHighlight {
  /** Start offset into the example's `text`. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** `cue` (why the post is about the topic) or `negative` (a negative sentiment hit). */
  kind: 'cue' | 'negative';
}

/**
 * An example post of a pair that needs attention.
 *
 * @example
 * ```ts
 * const e: import('suara').AttentionExample = { id: 'p1', compound: -0.7, text: 'Jalan berlubang lagi', highlights: [{ start: 0, end: 15, kind: 'cue' }] };
 * ```
 */
export interface AttentionExample {
  /** Document id. */
  id: string;
  /** The topic's aspect compound in that post. */
  compound: number;
  /** The post text (as kept by the aggregator), when the records carried it. */
  text?: string;
  /** Cue and negative-word spans in `text`, sorted by start. */
  highlights: AttentionHighlight[];
}

/**
 * Negative share of a window with its 95 % Wilson interval.
 *
 * @example
 * ```ts
 * const w: import('suara').AttentionWindow = { from: '2026-W40', to: '2026-W40', count: 12, negative: 9, negativeShare: { share: 0.75, low: 0.47, high: 0.91 } };
 * ```
 */
export interface AttentionWindow {
  /** First bucket label of the window. */
  from: string;
  /** Last bucket label of the window. */
  to: string;
  /** Posts about the pair in the window. */
  count: number;
  /** Negative posts. */
  negative: number;
  /** Negative share with its Wilson interval. */
  negativeShare: ShareInterval;
}

/**
 * One agency × topic pair whose negative share is rising.
 *
 * @example
 * ```ts
 * import { needsAttention } from 'suara';
 * const [first] = needsAttention([]); // undefined: no rows, nothing rising
 * ```
 */
export interface AttentionItem {
  /** Agency id (`null`: posts about the topic that no agency is attributed to). */
  entity: string | null;
  /** Agency name, when a post named it. */
  entityName: string | null;
  /** Topic id. */
  topic: string | null;
  /** `explicit` or `implied` (see `TopicSentiment.attribution`); `null` without agency. */
  attribution: string | null;
  /** The recent window. */
  recent: AttentionWindow;
  /** The baseline window (its share is Laplace-smoothed in `z`, shown raw here). */
  baseline: AttentionWindow;
  /** `recent.negativeShare.share − baseline.negativeShare.share`. */
  change: number;
  /** z-score of the recent negative count against the smoothed baseline share; the ranking key. */
  z: number;
  /** Posts in the recent window (the volume). */
  volume: number;
  /** The most negative example posts of the recent window, with cues and negative words highlighted. */
  examples: AttentionExample[];
}

const optionsSchema = z.strictObject({
  recent: z._default(z.number().check(z.int(), z.gte(1), z.lte(10_000)), 1),
  baseline: z._default(z.number().check(z.int(), z.gte(1), z.lte(10_000)), 4),
  until: z.optional(z.string()),
  minNegative: z._default(z.number().check(z.int(), z.gte(0)), 3),
  minZ: z._default(z.number(), 1.645),
  limit: z._default(z.number().check(z.int(), z.gte(0), z.lte(100_000)), 10),
  examples: z._default(z.number().check(z.int(), z.gte(0), z.lte(100)), 3),
  unit: z.optional(z.enum(TIME_UNITS as [TimeUnit, ...TimeUnit[]])),
});

interface Pair {
  entity: string | null;
  entityName: string | null;
  topic: string | null;
  attribution: string | null;
  rows: Map<number, AggregateRow>;
}

/** The label of bucket number `idx` (inverse of `bucketIndex`), so windows name buckets that had no posts. */
function indexLabel(idx: number, unit: TimeUnit): string {
  const DAY = 86_400_000;
  switch (unit) {
    case 'hour':
      return bucketLabel(idx * 3_600_000, 'hour', 'UTC');
    case 'day':
      return bucketLabel(idx * DAY, 'day', 'UTC');
    case 'week':
      return bucketLabel((idx * 7 + 4) * DAY, 'week', 'UTC'); // day 4 (1970-01-05) is a Monday
    case 'month':
      return bucketLabel(Date.UTC(Math.floor(idx / 12), idx % 12, 1), 'month', 'UTC');
  }
}

function highlights(e: ExampleDoc): AttentionHighlight[] {
  const out: AttentionHighlight[] = [];
  for (const c of e.cues ?? []) out.push({ start: c.start, end: c.end, kind: 'cue' });
  for (const h of e.hits ?? []) if (h.weight < 0) out.push({ start: h.start, end: h.end, kind: 'negative' });
  out.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  return out;
}

/**
 * Ranks agency × topic pairs whose negative share is rising: for each pair,
 * the negative share of the `recent` latest buckets is compared with the
 * `baseline` buckets before them (p₀ = (neg + 1) / (posts + 2), as in
 * `detectSpikes`), `z = (negative − n·p₀) / √(n·p₀·(1 − p₀))`. Pairs with a
 * rise (`change > 0`), `z ≥ minZ` and at least `minNegative` negative posts
 * are returned, highest `z` first (then more negative posts, then keys),
 * each with both windows' Wilson intervals, the volume and up to three
 * example posts with the cue and the negative words as highlight spans.
 *
 * Rows must come from an aggregator grouped by `topic` and a time unit
 * (usually `['entity', 'topic', 'week']`; `attribution` is then a key too,
 * so explicit and implied pairs are ranked separately).
 *
 * @example
 * ```ts
 * import { analyze, createAggregator, needsAttention } from 'suara';
 * const agg = createAggregator({ by: ['entity', 'topic', 'week'] });
 * const calm = 'Jalan di kampung kami sudah diaspal, terima kasih';
 * const angry = 'Jalan berlubang lagi, motor jatuh, parah';
 * for (const [i, d] of ['2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28'].entries()) agg.add({ id: `c${i}`, date: d, text: calm, analysis: analyze(calm) });
 * for (let i = 0; i < 6; i++) agg.add({ id: `a${i}`, date: '2026-10-05', text: angry, analysis: analyze(angry) });
 * needsAttention(agg.rows()).map((x) => [x.entity, x.topic, x.attribution, x.recent.negative]);
 * // [['dinas.pupr', 'roads', 'implied', 6]]
 * ```
 */
export function needsAttention(rows: readonly AggregateRow[], options?: AttentionOptions): AttentionItem[] {
  if (!Array.isArray(rows)) throw new TypeError('suara: argument "rows" must be an array of aggregate rows');
  const parsed = safeParse(optionsSchema, options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new TypeError(`suara: invalid attention option ${issue?.path.join('.') || 'options'}: ${issue?.message ?? ''}`);
  }
  const o = parsed.data;
  let unit = o.unit;
  const pairs = new Map<string, Pair>();
  let latest = -Infinity;
  for (const row of rows) {
    if (row.bucket === null || row.bucket === undefined) continue;
    unit ??= bucketUnitOf(row.bucket);
    if (unit === undefined) throw new TypeError(`suara: unrecognised bucket label ${JSON.stringify(row.bucket)}`);
    const idx = bucketIndex(row.bucket, unit);
    if (idx === undefined) throw new TypeError(`suara: bucket ${JSON.stringify(row.bucket)} is not a ${unit} label`);
    if (idx > latest) latest = idx;
    const entity = row.entity ?? null;
    const topic = row.topic ?? null;
    const attribution = row.attribution ?? null;
    const key = JSON.stringify([entity, topic, attribution]);
    let p = pairs.get(key);
    if (p === undefined) pairs.set(key, (p = { entity, entityName: null, topic, attribution, rows: new Map() }));
    if (row.entityName !== undefined && row.entityName !== null && (p.entityName === null || row.entityName < p.entityName)) p.entityName = row.entityName;
    p.rows.set(idx, row);
  }
  if (unit === undefined || pairs.size === 0) return [];
  let end = latest;
  if (o.until !== undefined) {
    const until = bucketIndex(o.until, unit);
    if (until === undefined) throw new TypeError(`suara: attention option until ${JSON.stringify(o.until)} is not a ${unit} label`);
    end = until;
  }
  const recentFrom = end - o.recent + 1;
  const baseFrom = recentFrom - o.baseline;
  const u = unit;
  const label = (i: number): string => indexLabel(i, u);
  const items: AttentionItem[] = [];
  for (const p of pairs.values()) {
    let n = 0, k = 0, bn = 0, bk = 0;
    const exs: ExampleDoc[] = [];
    for (const [idx, r] of p.rows) {
      if (idx >= recentFrom && idx <= end) {
        n += r.count;
        k += r.negative;
        exs.push(...r.negativeExamples);
      } else if (idx >= baseFrom && idx < recentFrom) {
        bn += r.count;
        bk += r.negative;
      }
    }
    if (n === 0 || k < o.minNegative) continue;
    const p0 = (bk + 1) / (bn + 2);
    const zScore = (k - n * p0) / Math.sqrt(n * p0 * (1 - p0));
    const change = k / n - (bn === 0 ? 0 : bk / bn);
    if (!(change > 0) || zScore < o.minZ) continue;
    exs.sort((a, b) => a.compound - b.compound || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const seen = new Set<string>();
    const examples: AttentionExample[] = [];
    for (const e of exs) {
      if (examples.length >= o.examples) break;
      if (seen.has(e.id)) continue;
      seen.add(e.id);
      const ex: AttentionExample = { id: e.id, compound: e.compound, highlights: highlights(e) };
      if (e.text !== undefined) ex.text = e.text;
      examples.push(ex);
    }
    items.push({
      entity: p.entity,
      entityName: p.entityName,
      topic: p.topic,
      attribution: p.attribution,
      recent: { from: label(recentFrom), to: label(end), count: n, negative: k, negativeShare: wilsonInterval(k, n) },
      baseline: { from: label(baseFrom), to: label(recentFrom - 1), count: bn, negative: bk, negativeShare: wilsonInterval(bk, bn) },
      change,
      z: zScore,
      volume: n,
      examples,
    });
  }
  const cmp = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);
  items.sort((a, b) => b.z - a.z || b.recent.negative - a.recent.negative || cmp(a.entity, b.entity) || cmp(a.topic, b.topic) || cmp(a.attribution, b.attribution));
  return items.slice(0, o.limit);
}
