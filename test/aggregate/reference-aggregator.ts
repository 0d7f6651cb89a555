// Test-only reference: the straightforward aggregator of 0.2.0 (create-aggregator.ts before the
// per-record fan-out and nested group maps), kept verbatim so the optimised one can be pinned to it.
import type { SentimentHit } from '../../src/sentiment/types';
import { bucketLabel, parseDate } from '../../src/aggregate/buckets';
import { resolveAggregatorOptions, timeUnitOf, type ResolvedAggregatorOptions } from '../../src/aggregate/options';
import { SUM_SCALE, histogramMedian, medianBin, toFixedPoint } from '../../src/aggregate/sketch';
import { checkAggregatorState } from '../../src/aggregate/state-schema';
import { wilsonInterval } from '../../src/aggregate/stats';
import type {
  AggregateRecord,
  AggregateRow,
  Aggregator,
  AggregatorOptions,
  AggregatorState,
  ExampleDoc,
  GroupState,
  TermCount,
} from '../../src/aggregate/types';

/**
 * Mutable in-memory form of one group: the serialized {@link GroupState} with
 * its pair lists as Maps, so term counting stays O(1).
 */
interface Group extends Omit<GroupState, 'bins' | 'positiveTerms' | 'negativeTerms'> {
  bins: Map<number, number>;
  // term → [count, weight micro-units]; Map, so `constructor`/`__proto__` are ordinary terms.
  positiveTerms: Map<string, [number, number]>;
  negativeTerms: Map<string, [number, number]>;
  positiveExamples: ExampleDoc[];
  negativeExamples: ExampleDoc[];
}

/** What one record contributes to one group: the sentiment aimed at that group's entity, or the whole text's. */
interface Unit {
  entity: string | null;
  name: string | null;
  region: string | null;
  topic: string | null;
  attribution: string | null;
  /** Cue spans of the topic, when grouped by topic. */
  cues?: readonly { start: number; end: number }[];
  compound: number;
  label: string;
  hits: readonly SentimentHit[];
}

/** Compares nullable keys: strings by code unit (locale-independent), `null` last. */
function compareKey(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function compareKeys(a: readonly (string | null)[], b: readonly (string | null)[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = compareKey(a[i] ?? null, b[i] ?? null);
    if (c !== 0) return c;
  }
  return 0;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Total order on examples so that top-k selection does not depend on the
 * order records arrived or shards were merged: compound (best first), then
 * id, then text, then hits.
 */
function compareExamples(a: ExampleDoc, b: ExampleDoc, sign: 1 | -1): number {
  if (a.compound !== b.compound) return sign * (b.compound - a.compound) > 0 ? 1 : -1;
  const byId = compareStrings(a.id, b.id);
  if (byId !== 0) return byId;
  const byText = compareStrings(a.text ?? '', b.text ?? '');
  if (byText !== 0) return byText;
  const byHits = compareStrings(JSON.stringify(a.hits ?? []), JSON.stringify(b.hits ?? []));
  if (byHits !== 0) return byHits;
  return compareStrings(JSON.stringify(a.cues ?? []), JSON.stringify(b.cues ?? []));
}

/** Inserts `ex` into the sorted, bounded list `list` (k is small, so linear insertion is fine). */
function offerExample(list: ExampleDoc[], ex: ExampleDoc, k: number, sign: 1 | -1): void {
  if (k === 0) return;
  if (list.length >= k && compareExamples(ex, list[list.length - 1]!, sign) >= 0) return;
  let i = list.length;
  while (i > 0 && compareExamples(ex, list[i - 1]!, sign) < 0) i--;
  list.splice(i, 0, ex);
  if (list.length > k) list.length = k;
}

function regionOfMention(m: { kind: string; name: string; region?: { name: string } }): string | null {
  if (m.region) return m.region.name;
  return m.kind === 'region' ? m.name : null;
}

function checkRecord(record: unknown): asserts record is AggregateRecord {
  if (record === null || typeof record !== 'object') throw new TypeError('suara: argument "record" must be an object');
  const r = record as Record<string, unknown>;
  const analysis = r['analysis'] as Record<string, unknown> | undefined;
  if (analysis === null || typeof analysis !== 'object') {
    throw new TypeError('suara: record.analysis must be an object (what analyze() returned)');
  }
  const s = analysis['sentiment'] as Record<string, unknown> | undefined;
  if (s === null || typeof s !== 'object' || typeof s['compound'] !== 'number' || typeof s['label'] !== 'string') {
    throw new TypeError('suara: record.analysis.sentiment must have a numeric compound and a label');
  }
  if (!Array.isArray(analysis['targets'])) throw new TypeError('suara: record.analysis.targets must be an array');
  if (!Array.isArray(analysis['entities'])) throw new TypeError('suara: record.analysis.entities must be an array');
  if (analysis['topics'] !== undefined && !Array.isArray(analysis['topics'])) throw new TypeError('suara: record.analysis.topics must be an array');
  const id = r['id'];
  if (id !== undefined && typeof id !== 'string' && typeof id !== 'number') {
    throw new TypeError('suara: record.id must be a string or a number');
  }
  const src = r['source'];
  if (src !== undefined && typeof src !== 'string') throw new TypeError('suara: record.source must be a string');
  const text = r['text'];
  if (text !== undefined && typeof text !== 'string') throw new TypeError('suara: record.text must be a string');
}

/**
 * Units of a record grouped by topic: one per topic (with its aspect
 * sentiment), and with `entity` one per topic × agency, carrying the
 * agency's attribution (`explicit` / `implied`; `null` for a topic without
 * an agency, such as `service` or `other` in a post that names none).
 */
function topicUnitsOf(record: AggregateRecord, byEntity: boolean, byRegion: boolean): Unit[] {
  const topics = record.analysis.topics;
  if (!Array.isArray(topics)) throw new TypeError('suara: record.analysis.topics must be an array when grouping by topic (analyze() with topics)');
  const units: Unit[] = [];
  const seen = new Set<string>();
  const region = byRegion ? firstRegion(record) : null;
  for (const t of topics) {
    const base = { topic: t.id, compound: t.compound, label: t.label, hits: t.hits, cues: t.cues };
    if (!byEntity || t.agencies.length === 0) {
      if (seen.has(t.id)) continue; // defensive: one unit per topic per document
      seen.add(t.id);
      units.push({ ...base, entity: null, name: null, region, attribution: null });
      continue;
    }
    for (const a of t.agencies) {
      const key = `${t.id}\u0000${a}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const target = t.attribution === 'explicit' ? record.analysis.targets.find((x) => x.id === a) : undefined;
      let r = region;
      if (byRegion && target !== undefined) {
        for (const m of target.mentions) {
          r = regionOfMention(m);
          if (r !== null) break;
        }
      }
      units.push({ ...base, entity: a, name: target?.name ?? null, region: r, attribution: t.attribution });
    }
  }
  return units;
}

/** Expands one record into the units it contributes (see docs/cli.md, "What is counted"). */
function unitsOf(record: AggregateRecord, byEntity: boolean, byRegion: boolean, byTopic: boolean): Unit[] {
  if (byTopic) return topicUnitsOf(record, byEntity, byRegion);
  const { sentiment, targets, entities } = record.analysis;
  const whole = (entity: string | null, name: string | null, region: string | null): Unit => ({
    entity,
    name,
    region,
    topic: null,
    attribution: null,
    compound: sentiment.compound,
    label: sentiment.label,
    hits: sentiment.hits,
  });
  if (byEntity) {
    if (targets.length === 0) return [whole(null, null, byRegion ? firstRegion(record) : null)];
    const seen = new Set<string>();
    const units: Unit[] = [];
    for (const t of targets) {
      if (seen.has(t.id)) continue; // defensive: one unit per agency per document
      seen.add(t.id);
      let region: string | null = null;
      if (byRegion) {
        for (const m of t.mentions) {
          region = regionOfMention(m);
          if (region !== null) break;
        }
      }
      units.push({ entity: t.id, name: t.name, region, topic: null, attribution: null, compound: t.compound, label: t.label, hits: t.hits });
    }
    return units;
  }
  if (byRegion) {
    const regions = new Set<string>();
    for (const m of entities) {
      const r = regionOfMention(m);
      if (r !== null) regions.add(r);
    }
    if (regions.size === 0) return [whole(null, null, null)];
    return [...regions].sort(compareStrings).map((r) => whole(null, null, r));
  }
  return [whole(null, null, null)];
}

function firstRegion(record: AggregateRecord): string | null {
  for (const m of record.analysis.entities) {
    const r = regionOfMention(m);
    if (r !== null) return r;
  }
  return null;
}

function emptyGroup(key: (string | null)[]): Group {
  return {
    key,
    name: null,
    count: 0,
    positive: 0,
    negative: 0,
    neutral: 0,
    compoundSum: 0,
    bins: new Map(),
    positiveTerms: new Map(),
    negativeTerms: new Map(),
    positiveExamples: [],
    negativeExamples: [],
  };
}

function addTerm(map: Map<string, [number, number]>, term: string, count: number, weight: number): void {
  const cur = map.get(term);
  if (cur) {
    cur[0] += count;
    cur[1] += weight;
  } else map.set(term, [count, weight]);
}

function minName(a: string | null, b: string | null): string | null {
  if (a === null) return b;
  if (b === null) return a;
  return a <= b ? a : b;
}

function topTerms(map: Map<string, [number, number]>, k: number): TermCount[] {
  const all: TermCount[] = [];
  for (const [term, [count, weight]] of map) all.push({ term, count, weight: weight / SUM_SCALE });
  all.sort((a, b) => b.count - a.count || compareStrings(a.term, b.term));
  return all.slice(0, k);
}

function termEntries(map: Map<string, [number, number]>): [string, number, number][] {
  return [...map].map(([t, [c, w]]): [string, number, number] => [t, c, w]).sort((a, b) => compareStrings(a[0], b[0]));
}

function cloneExample(e: ExampleDoc): ExampleDoc {
  const out: ExampleDoc = { id: e.id, compound: e.compound };
  if (e.text !== undefined) out.text = e.text;
  if (e.hits !== undefined) out.hits = e.hits.map((h) => ({ start: h.start, end: h.end, weight: h.weight }));
  if (e.cues !== undefined) out.cues = e.cues.map((c) => ({ start: c.start, end: c.end }));
  return out;
}

/**
 * Builds an aggregator over the given (validated) options and groups.
 * Shared by `createAggregator` and `restoreAggregator`.
 */
export function buildReferenceAggregator(
  options: ResolvedAggregatorOptions,
  initialGroups: readonly GroupState[] = [],
  initialDocuments = 0,
): Aggregator {
  const { by, timezone, examples: k, exampleChars } = options;
  const unit = timeUnitOf(by);
  const byEntity = by.includes('entity');
  const byRegion = by.includes('region');
  const byTopic = by.includes('topic');
  const groups = new Map<string, Group>();
  let documents = initialDocuments;

  const groupFor = (key: (string | null)[]): Group => {
    const id = JSON.stringify(key);
    let g = groups.get(id);
    if (!g) {
      g = emptyGroup(key);
      groups.set(id, g);
    }
    return g;
  };

  const mergeGroup = (s: GroupState): void => {
    const g = groupFor([...s.key]);
    g.name = minName(g.name, s.name);
    g.count += s.count;
    g.positive += s.positive;
    g.negative += s.negative;
    g.neutral += s.neutral;
    g.compoundSum += s.compoundSum;
    for (const [bin, c] of s.bins) g.bins.set(bin, (g.bins.get(bin) ?? 0) + c);
    for (const [t, c, w] of s.positiveTerms) addTerm(g.positiveTerms, t, c, w);
    for (const [t, c, w] of s.negativeTerms) addTerm(g.negativeTerms, t, c, w);
    for (const e of s.positiveExamples) offerExample(g.positiveExamples, cloneExample(e), k, 1);
    for (const e of s.negativeExamples) offerExample(g.negativeExamples, cloneExample(e), k, -1);
  };

  for (const s of initialGroups) mergeGroup(s);

  const exampleOf = (record: AggregateRecord, u: Unit): ExampleDoc | undefined => {
    if (record.id === undefined) return undefined;
    const ex: ExampleDoc = { id: String(record.id), compound: u.compound || 0 };
    if (record.text !== undefined) {
      const text = record.text.length > exampleChars ? record.text.slice(0, exampleChars) : record.text;
      ex.text = text;
      ex.hits = u.hits
        .filter((h) => h.end <= text.length && h.weight !== 0)
        .map((h) => ({ start: h.start, end: h.end, weight: h.weight }));
      if (u.cues !== undefined) ex.cues = u.cues.filter((c) => c.end <= text.length).map((c) => ({ start: c.start, end: c.end }));
    }
    return ex;
  };

  const state = (): AggregatorState => {
    const sorted = [...groups.values()].sort((a, b) => compareKeys(a.key, b.key));
    return {
      format: 'suara-aggregate',
      version: 1,
      options: { ...options, by: [...by] },
      documents,
      groups: sorted.map((g) => ({
        key: [...g.key],
        name: g.name,
        count: g.count,
        positive: g.positive,
        negative: g.negative,
        neutral: g.neutral,
        compoundSum: g.compoundSum,
        bins: [...g.bins].sort((a, b) => a[0] - b[0]),
        positiveTerms: termEntries(g.positiveTerms),
        negativeTerms: termEntries(g.negativeTerms),
        positiveExamples: g.positiveExamples.map(cloneExample),
        negativeExamples: g.negativeExamples.map(cloneExample),
      })),
    };
  };

  const aggregator: Aggregator = {
    options,
    get documents() {
      return documents;
    },
    add(record: AggregateRecord): void {
      checkRecord(record);
      let bucket: string | null = null;
      if (unit !== undefined && record.date !== undefined) {
        const t = parseDate(record.date, timezone);
        if (t === undefined) throw new RangeError(`suara: record.date is not a valid date: ${String(record.date)}`);
        bucket = bucketLabel(t, unit, timezone);
      }
      const source = record.source ?? null;
      documents++;
      for (const u of unitsOf(record, byEntity, byRegion, byTopic)) {
        const key = by.map((d): string | null =>
          d === 'entity'
            ? u.entity
            : d === 'topic'
              ? u.topic
              : d === 'attribution'
                ? u.attribution
                : d === 'region'
                  ? u.region
                  : d === 'source'
                    ? source
                    : bucket,
        );
        const g = groupFor(key);
        if (u.name !== null) g.name = minName(g.name, u.name);
        g.count++;
        if (u.label === 'positive') g.positive++;
        else if (u.label === 'negative') g.negative++;
        else g.neutral++;
        g.compoundSum += toFixedPoint(u.compound);
        const bin = medianBin(u.compound);
        g.bins.set(bin, (g.bins.get(bin) ?? 0) + 1);
        for (const h of u.hits) {
          const term = h.lemma || h.norm;
          if (h.weight > 0) addTerm(g.positiveTerms, term, 1, toFixedPoint(h.weight));
          else if (h.weight < 0) addTerm(g.negativeTerms, term, 1, toFixedPoint(h.weight));
        }
        if (k > 0 && (u.label === 'positive' || u.label === 'negative')) {
          const ex = exampleOf(record, u);
          if (ex) {
            if (u.label === 'positive') offerExample(g.positiveExamples, ex, k, 1);
            else offerExample(g.negativeExamples, ex, k, -1);
          }
        }
      }
    },
    merge(other: Aggregator | AggregatorState): Aggregator {
      // Validate the whole state (a raw one, or whatever a toJSON gave) before changing anything:
      // a failed merge leaves this aggregator exactly as it was.
      const raw: unknown = other !== null && typeof other === 'object' && typeof (other as Aggregator).toJSON === 'function' ? (other as Aggregator).toJSON() : other;
      const s = checkAggregatorState(raw, 'merge: ');
      const o = s.options;
      if (
        o.timezone !== timezone ||
        o.examples !== k ||
        o.exampleChars !== exampleChars ||
        o.by.length !== by.length ||
        o.by.some((d, i) => d !== by[i])
      ) {
        throw new TypeError(
          'suara: cannot merge aggregators with different options (by, timezone, examples, exampleChars must match)',
        );
      }
      documents += s.documents;
      for (const g of s.groups) mergeGroup(g);
      return aggregator;
    },
    toJSON: state,
    rows(): AggregateRow[] {
      const sorted = [...groups.values()].sort((a, b) => compareKeys(a.key, b.key));
      return sorted.map((g) => {
        const row: Partial<AggregateRow> = {};
        by.forEach((d, i) => {
          const v = g.key[i] ?? null;
          if (d === 'entity') {
            row.entity = v;
            row.entityName = g.name;
          } else if (d === 'topic') row.topic = v;
          else if (d === 'attribution') row.attribution = v;
          else if (d === 'region') row.region = v;
          else if (d === 'source') row.source = v;
          else row.bucket = v;
        });
        const n = g.count;
        return {
          ...row,
          count: n,
          positive: g.positive,
          negative: g.negative,
          neutral: g.neutral,
          net: n === 0 ? 0 : (g.positive - g.negative) / n,
          meanCompound: n === 0 ? 0 : g.compoundSum / SUM_SCALE / n,
          medianCompound: histogramMedian(g.bins, n),
          positiveShare: wilsonInterval(g.positive, n),
          negativeShare: wilsonInterval(g.negative, n),
          topPositiveTerms: topTerms(g.positiveTerms, options.topTerms),
          topNegativeTerms: topTerms(g.negativeTerms, options.topTerms),
          positiveExamples: g.positiveExamples.map(cloneExample),
          negativeExamples: g.negativeExamples.map(cloneExample),
        };
      });
    },
  };
  return aggregator;
}

/**
 * Creates an empty, mergeable aggregator.
 *
 * Grouping by `entity` uses each agency's **target** sentiment (the clauses
 * that mention it), so a post praising one agency and criticising another
 * counts as positive for the first and negative for the second; a post that
 * mentions no agency lands in entity `null` with its whole-text sentiment.
 * Without `entity` in `by`, every document counts once with its whole-text
 * sentiment. Grouping by `region` uses the region attached to the agency's
 * mentions (with `entity`) or each distinct region the post mentions.
 *
 * Grouping by `topic` counts each topic of a post once, with its **aspect**
 * sentiment (`analysis.topics`); with `entity` as well, once per topic ×
 * agency, and `attribution` (inserted into `by` automatically) keeps the
 * agencies a post names (`explicit`) apart from a topic's usual agency
 * standing in for a post that names none (`implied`). Example posts of
 * topic groups carry the cue spans (`cues`) beside the sentiment `hits`.
 *
 * Guarantee: splitting records into any shards, aggregating each, and
 * merging in any order gives `rows()` and `toJSON()` deep-equal to adding
 * everything to one aggregator (sums are integers; examples are a top-k
 * under a total order; terms are kept exactly).
 *
 * @example
 * ```ts
 * import { analyze, createAggregator } from 'suara';
 * const agg = createAggregator({ by: ['entity', 'day'], timezone: 'Asia/Jakarta' });
 * agg.add({ id: 'a', date: '2024-03-05T08:00', analysis: analyze('Dinkes sigap, tapi Dishub lamban.') });
 * for (const row of agg.rows()) console.log(row.entity, row.bucket, row.net);
 * ```
 */
export function createReferenceAggregator(options?: AggregatorOptions): Aggregator {
  return buildReferenceAggregator(resolveAggregatorOptions(options));
}
