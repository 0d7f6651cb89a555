import type { SentimentHit } from '../sentiment/types';
import { bucketLabel, parseDate, type TimeUnit, type TimeZoneName } from './buckets';
import { resolveAggregatorOptions, timeUnitOf, type ResolvedAggregatorOptions } from './options';
import { SUM_SCALE, histogramMedian, medianBin, toFixedPoint } from './sketch';
import { checkAggregatorState } from './state-schema';
import { wilsonInterval } from './stats';
import type {
  AggregateRecord,
  AggregateRow,
  Aggregator,
  AggregatorOptions,
  AggregatorState,
  ExampleCue,
  ExampleDoc,
  ExampleHit,
  GroupState,
  TermCount,
} from './types';

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

/**
 * What one record contributes to one group: the sentiment aimed at that
 * group's entity, or the whole text's. Every unit has every field (`cues`
 * is `undefined` outside topic groupings), so the add loop sees one shape.
 */
interface Unit {
  entity: string | null;
  name: string | null;
  region: string | null;
  topic: string | null;
  attribution: string | null;
  /** Cue spans of the topic, when grouped by topic. */
  cues: readonly { start: number; end: number }[] | undefined;
  compound: number;
  label: string;
  hits: readonly SentimentHit[];
}

function makeUnit(
  entity: string | null,
  name: string | null,
  region: string | null,
  topic: string | null,
  attribution: string | null,
  cues: readonly { start: number; end: number }[] | undefined,
  compound: number,
  label: string,
  hits: readonly SentimentHit[],
): Unit {
  return { entity, name, region, topic, attribution, cues, compound, label, hits };
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
  // one unit per topic (× agency) per document; posts have a handful of topics, so a linear scan beats a Set
  const region = byRegion ? firstRegion(record) : null;
  const targets = record.analysis.targets;
  for (const t of topics) {
    if (!byEntity || t.agencies.length === 0) {
      if (hasUnit(units, t.id, null)) continue; // defensive
      units.push(makeUnit(null, null, region, t.id, null, t.cues, t.compound, t.label, t.hits));
      continue;
    }
    for (const a of t.agencies) {
      if (hasUnit(units, t.id, a)) continue;
      let target: (typeof targets)[number] | undefined;
      if (t.attribution === 'explicit') {
        for (const x of targets) {
          if (x.id === a) {
            target = x;
            break;
          }
        }
      }
      let r = region;
      if (byRegion && target !== undefined) r = mentionsRegion(target.mentions, r);
      units.push(makeUnit(a, target?.name ?? null, r, t.id, t.attribution, t.cues, t.compound, t.label, t.hits));
    }
  }
  return units;
}

/** Whether `units` already has one for topic `topic` and entity `entity` (`null`: a topic unit without agency). */
function hasUnit(units: readonly Unit[], topic: string, entity: string | null): boolean {
  for (const u of units) if (u.topic === topic && u.entity === entity) return true;
  return false;
}

/** The region of the first mention that has one; `null` if none has; `fallback` when there are no mentions. */
function mentionsRegion(mentions: readonly { kind: string; name: string; region?: { name: string } }[], fallback: string | null): string | null {
  if (mentions.length === 0) return fallback;
  for (const m of mentions) {
    const r = regionOfMention(m);
    if (r !== null) return r;
  }
  return null;
}

/** Expands one record into the units it contributes (see docs/cli.md, "What is counted"). */
function unitsOf(record: AggregateRecord, byEntity: boolean, byRegion: boolean, byTopic: boolean): Unit[] {
  if (byTopic) return topicUnitsOf(record, byEntity, byRegion);
  const { sentiment, targets, entities } = record.analysis;
  if (byEntity) {
    if (targets.length === 0) {
      return [makeUnit(null, null, byRegion ? firstRegion(record) : null, null, null, undefined, sentiment.compound, sentiment.label, sentiment.hits)];
    }
    const units: Unit[] = [];
    for (const t of targets) {
      let dup = false; // defensive: one unit per agency per document
      for (const u of units) if (u.entity === t.id) dup = true;
      if (dup) continue;
      const region = byRegion ? mentionsRegion(t.mentions, null) : null;
      units.push(makeUnit(t.id, t.name, region, null, null, undefined, t.compound, t.label, t.hits));
    }
    return units;
  }
  if (byRegion) {
    const regions = new Set<string>();
    for (const m of entities) {
      const r = regionOfMention(m);
      if (r !== null) regions.add(r);
    }
    if (regions.size === 0) return [makeUnit(null, null, null, null, null, undefined, sentiment.compound, sentiment.label, sentiment.hits)];
    return [...regions].sort(compareStrings).map((r) => makeUnit(null, null, r, null, null, undefined, sentiment.compound, sentiment.label, sentiment.hits));
  }
  return [makeUnit(null, null, null, null, null, undefined, sentiment.compound, sentiment.label, sentiment.hits)];
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

function termTriples(map: Map<string, [number, number]>): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (const [t, [c, w]] of map) out.push([t, c, w]);
  return out;
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

/** Dimension codes: the per-unit key walk switches on small integers, not on dimension names. */
const DIM_ENTITY = 0;
const DIM_TOPIC = 1;
const DIM_ATTRIBUTION = 2;
const DIM_REGION = 3;
const DIM_SOURCE = 4;
const DIM_BUCKET = 5;

function dimCode(d: string): number {
  switch (d) {
    case 'entity':
      return DIM_ENTITY;
    case 'topic':
      return DIM_TOPIC;
    case 'attribution':
      return DIM_ATTRIBUTION;
    case 'region':
      return DIM_REGION;
    case 'source':
      return DIM_SOURCE;
    default:
      return DIM_BUCKET;
  }
}

function keyValue(code: number, u: Unit, source: string | null, bucket: string | null): string | null {
  switch (code) {
    case DIM_ENTITY:
      return u.entity;
    case DIM_TOPIC:
      return u.topic;
    case DIM_ATTRIBUTION:
      return u.attribution;
    case DIM_REGION:
      return u.region;
    case DIM_SOURCE:
      return source;
    default:
      return bucket;
  }
}

/**
 * Groups by key: one nested Map level per dimension, keyed by the raw value.
 * A Map tells `null` from the string `"null"` (and `""`), so no key string is
 * built and none can collide.
 */
type Level = Map<string | null, Level | Group>;

/** What a record is, once: validated, its date parsed per zone, its buckets and units per grouping. */
interface Prepared {
  record: AggregateRecord;
  source: string | null;
  /** Parsed date per zone (`zones[i]` ↔ `times[i]`). */
  zones: TimeZoneName[];
  times: number[];
  /** Bucket labels per unit × zone (`bucketKeys[i]` ↔ `buckets[i]`). */
  bucketKeys: string[];
  buckets: string[];
  /** Units per grouping (entity / region / topic flags as a 3-bit index). */
  units: (Unit[] | undefined)[];
}

function prepare(record: AggregateRecord): Prepared {
  return { record, source: record.source ?? null, zones: [], times: [], bucketKeys: [], buckets: [], units: [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined] };
}

/** The record's bucket label for `unit` in `zone`; throws `RangeError` for an unparsable date. */
function bucketOf(p: Prepared, unit: TimeUnit, zone: TimeZoneName): string {
  const key = `${unit} ${zone}`;
  const i = p.bucketKeys.indexOf(key);
  if (i >= 0) return p.buckets[i]!;
  let j = p.zones.indexOf(zone);
  if (j < 0) {
    const t = parseDate(p.record.date, zone);
    if (t === undefined) throw new RangeError(`suara: record.date is not a valid date: ${String(p.record.date)}`);
    j = p.zones.push(zone) - 1;
    p.times.push(t);
  }
  const label = bucketLabel(p.times[j]!, unit, zone);
  p.bucketKeys.push(key);
  p.buckets.push(label);
  return label;
}

function unitsFor(p: Prepared, byEntity: boolean, byRegion: boolean, byTopic: boolean): Unit[] {
  const i = (byEntity ? 1 : 0) | (byRegion ? 2 : 0) | (byTopic ? 4 : 0);
  let units = p.units[i];
  if (units === undefined) {
    units = unitsOf(p.record, byEntity, byRegion, byTopic);
    p.units[i] = units;
  }
  return units;
}

/** An aggregator's adding half, seen by {@link addToAll}: resolve a prepared record (may throw), then apply it (cannot). */
interface Core {
  resolve(p: Prepared): { units: Unit[]; bucket: string | null };
  apply(p: Prepared, units: readonly Unit[], bucket: string | null): void;
  /** Merges a state known to be well-formed (checks only that the options match); `owned` as in `mergeGroup`. */
  absorb(s: AggregatorState, owned: boolean): void;
  /** The state, unsorted and uncopied (see {@link releaseState}). */
  release(): AggregatorState;
}

const cores = new WeakMap<Aggregator, Core>();

/**
 * Adds one record to every aggregator in `aggregators`, in one pass: the
 * record is validated once, its date parsed once per zone, and its units
 * (what it contributes per agency / topic) built once per kind of grouping
 * and shared by every view that groups that way. The result equals calling
 * `add(record)` on each in turn; a record that one of them would reject
 * (malformed, unparsable date, no topics for a topic view) throws before
 * any of them changes. Aggregators not made by this module fall back to
 * their own `add`.
 *
 * @example
 * ```ts no-run
 * // internal API (the CLI's processor); not exported from a package entry
 * const views = [createAggregator({ by: ['entity', 'day'] }), createAggregator({ by: [] })];
 * addToAll(views, { id: 'a', date: '2024-03-05', analysis: analyze('Dishub lamban') });
 * ```
 */
export function addToAll(aggregators: readonly Aggregator[], record: AggregateRecord): void {
  checkRecord(record);
  const p = prepare(record);
  const plans: ({ core: Core; units: Unit[]; bucket: string | null } | undefined)[] = [];
  for (const a of aggregators) {
    const core = cores.get(a);
    plans.push(core === undefined ? undefined : { core, ...core.resolve(p) });
  }
  for (let i = 0; i < aggregators.length; i++) {
    const plan = plans[i];
    if (plan === undefined) aggregators[i]!.add(record);
    else plan.core.apply(p, plan.units, plan.bucket);
  }
}

/**
 * Merges `state` into `aggregator` without validating it first: for states
 * this process made itself (the CLI's worker threads send `toJSON()` output
 * through structured clone), where `merge()`'s full zod check of every
 * group is pure overhead on the main thread. The options must still match
 * (`TypeError` otherwise). Anything that came from outside goes through
 * `merge()`.
 *
 * @example
 * ```ts no-run
 * // internal API (the CLI's worker engine); not exported from a package entry
 * mergeTrustedState(total, workerState);
 * ```
 */
export function mergeTrustedState(aggregator: Aggregator, state: AggregatorState): void {
  const core = cores.get(aggregator);
  if (core === undefined) aggregator.merge(state);
  else core.absorb(state, true);
}

/**
 * The aggregator's state for handing over to another thread, cheaply: the
 * same content as `toJSON()` but with groups, bins and terms in no
 * particular order and the example objects not copied. Merging it gives
 * exactly what merging `toJSON()` gives (merging does not depend on order);
 * the aggregator must not be used afterwards, and the state only goes to
 * {@link mergeTrustedState} (it hands its objects over too).
 *
 * @example
 * ```ts no-run
 * // internal API (the CLI's worker threads at a checkpoint); not exported from a package entry
 * port.postMessage(aggregators.map(releaseState));
 * ```
 */
export function releaseState(aggregator: Aggregator): AggregatorState {
  const core = cores.get(aggregator);
  return core === undefined ? aggregator.toJSON() : core.release();
}

/**
 * Builds an aggregator over the given (validated) options and groups.
 * Shared by `createAggregator` and `restoreAggregator`.
 */
export function buildAggregator(
  options: ResolvedAggregatorOptions,
  initialGroups: readonly GroupState[] = [],
  initialDocuments = 0,
): Aggregator {
  const { by, timezone, examples: k, exampleChars } = options;
  const unit = timeUnitOf(by);
  const byEntity = by.includes('entity');
  const byRegion = by.includes('region');
  const byTopic = by.includes('topic');
  const codes = by.map(dimCode);
  const depth = codes.length;
  // by: [] has exactly one group; otherwise groups sit at the leaves of `root`, and `list` holds them all
  const root: Level = new Map();
  const list: Group[] = [];
  let documents = initialDocuments;

  const created = (key: (string | null)[]): Group => {
    const g = emptyGroup(key);
    list.push(g);
    return g;
  };

  /** The group of key `key` (merging: the key comes as an array). */
  const groupForKey = (key: readonly (string | null)[]): Group => {
    if (depth === 0) return list[0] ?? created([]);
    let m = root;
    for (let i = 0; i < depth - 1; i++) {
      const v = key[i] ?? null;
      let next = m.get(v) as Level | undefined;
      if (next === undefined) {
        next = new Map();
        m.set(v, next);
      }
      m = next;
    }
    const v = key[depth - 1] ?? null;
    let g = m.get(v) as Group | undefined;
    if (g === undefined) {
      g = created([...key]);
      m.set(v, g);
    }
    return g;
  };

  /** The group a unit falls in (adding: the key is read off the unit, and an array is built only for a new group). */
  const groupForUnit = (u: Unit, source: string | null, bucket: string | null): Group => {
    if (depth === 0) return list[0] ?? created([]);
    let m = root;
    for (let i = 0; i < depth - 1; i++) {
      const v = keyValue(codes[i]!, u, source, bucket);
      let next = m.get(v) as Level | undefined;
      if (next === undefined) {
        next = new Map();
        m.set(v, next);
      }
      m = next;
    }
    const v = keyValue(codes[depth - 1]!, u, source, bucket);
    let g = m.get(v) as Group | undefined;
    if (g === undefined) {
      const key: (string | null)[] = [];
      for (let i = 0; i < depth; i++) key.push(keyValue(codes[i]!, u, source, bucket));
      g = created(key);
      m.set(v, g);
    }
    return g;
  };

  /** Merges one group's state; `owned`: its examples are fresh objects nobody else holds (no copy needed). */
  const mergeGroup = (s: GroupState, owned = false): void => {
    const g = groupForKey(s.key);
    g.name = minName(g.name, s.name);
    g.count += s.count;
    g.positive += s.positive;
    g.negative += s.negative;
    g.neutral += s.neutral;
    g.compoundSum += s.compoundSum;
    for (const [bin, c] of s.bins) g.bins.set(bin, (g.bins.get(bin) ?? 0) + c);
    for (const [t, c, w] of s.positiveTerms) addTerm(g.positiveTerms, t, c, w);
    for (const [t, c, w] of s.negativeTerms) addTerm(g.negativeTerms, t, c, w);
    for (const e of s.positiveExamples) offerExample(g.positiveExamples, owned ? e : cloneExample(e), k, 1);
    for (const e of s.negativeExamples) offerExample(g.negativeExamples, owned ? e : cloneExample(e), k, -1);
  };

  for (const s of initialGroups) mergeGroup(s);

  const exampleOf = (record: AggregateRecord, u: Unit, compound: number): ExampleDoc | undefined => {
    if (record.id === undefined) return undefined;
    const ex: ExampleDoc = { id: String(record.id), compound };
    if (record.text !== undefined) {
      const text = record.text.length > exampleChars ? record.text.slice(0, exampleChars) : record.text;
      ex.text = text;
      const hits: ExampleHit[] = [];
      for (const h of u.hits) if (h.end <= text.length && h.weight !== 0) hits.push({ start: h.start, end: h.end, weight: h.weight });
      ex.hits = hits;
      if (u.cues !== undefined) {
        const cues: ExampleCue[] = [];
        for (const c of u.cues) if (c.end <= text.length) cues.push({ start: c.start, end: c.end });
        ex.cues = cues;
      }
    }
    return ex;
  };

  /** Offers the record as an example, building it only when it can enter the list (a strictly less extreme compound cannot). */
  const offer = (list: ExampleDoc[], record: AggregateRecord, u: Unit, sign: 1 | -1): void => {
    const compound = u.compound || 0;
    if (list.length >= k) {
      const last = list[list.length - 1]!.compound;
      if (compound !== last && sign * (last - compound) > 0) return; // what compareExamples would say, without building
    }
    const ex = exampleOf(record, u, compound);
    if (ex) offerExample(list, ex, k, sign);
  };

  const core: Core = {
    resolve(p) {
      const bucket = unit !== undefined && p.record.date !== undefined ? bucketOf(p, unit, timezone) : null;
      return { units: unitsFor(p, byEntity, byRegion, byTopic), bucket };
    },
    apply(p, units, bucket) {
      const record = p.record;
      const source = p.source;
      documents++;
      for (const u of units) {
        const g = groupForUnit(u, source, bucket);
        if (u.name !== null) g.name = minName(g.name, u.name);
        g.count++;
        const label = u.label;
        if (label === 'positive') g.positive++;
        else if (label === 'negative') g.negative++;
        else g.neutral++;
        g.compoundSum += toFixedPoint(u.compound);
        const bin = medianBin(u.compound);
        g.bins.set(bin, (g.bins.get(bin) ?? 0) + 1);
        for (const h of u.hits) {
          const w = h.weight;
          if (w > 0) addTerm(g.positiveTerms, h.lemma || h.norm, 1, toFixedPoint(w));
          else if (w < 0) addTerm(g.negativeTerms, h.lemma || h.norm, 1, toFixedPoint(w));
        }
        if (k > 0) {
          if (label === 'positive') offer(g.positiveExamples, record, u, 1);
          else if (label === 'negative') offer(g.negativeExamples, record, u, -1);
        }
      }
    },
    absorb(s, owned) {
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
      for (const g of s.groups) mergeGroup(g, owned);
    },
    release() {
      return {
        format: 'suara-aggregate',
        version: 1,
        options: { ...options, by: [...by] },
        documents,
        groups: list.map((g) => ({
          key: g.key,
          name: g.name,
          count: g.count,
          positive: g.positive,
          negative: g.negative,
          neutral: g.neutral,
          compoundSum: g.compoundSum,
          bins: [...g.bins],
          positiveTerms: termTriples(g.positiveTerms),
          negativeTerms: termTriples(g.negativeTerms),
          positiveExamples: g.positiveExamples,
          negativeExamples: g.negativeExamples,
        })),
      };
    },
  };

  const sortedGroups = (): Group[] => [...list].sort((a, b) => compareKeys(a.key, b.key));

  const state = (): AggregatorState => {
    return {
      format: 'suara-aggregate',
      version: 1,
      options: { ...options, by: [...by] },
      documents,
      groups: sortedGroups().map((g) => ({
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
      const p = prepare(record);
      const { units, bucket } = core.resolve(p);
      core.apply(p, units, bucket);
    },
    merge(other: Aggregator | AggregatorState): Aggregator {
      // Validate the whole state (a raw one, or whatever a toJSON gave) before changing anything:
      // a failed merge leaves this aggregator exactly as it was.
      const raw: unknown = other !== null && typeof other === 'object' && typeof (other as Aggregator).toJSON === 'function' ? (other as Aggregator).toJSON() : other;
      core.absorb(checkAggregatorState(raw, 'merge: '), false);
      return aggregator;
    },
    toJSON: state,
    rows(): AggregateRow[] {
      return sortedGroups().map((g) => {
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
  cores.set(aggregator, core);
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
export function createAggregator(options?: AggregatorOptions): Aggregator {
  return buildAggregator(resolveAggregatorOptions(options));
}
