import type { Analysis } from '../analysis';
import type { TimeUnit, TimeZoneName } from './buckets';
import type { ShareInterval } from './stats';

/**
 * A grouping dimension: the agency (`entity`), the complaint `topic`, the
 * `region`, the record's `source`, one time bucket, or the `attribution` of
 * a topic's agency (`explicit` / `implied`; added by itself whenever `by`
 * has both `entity` and `topic`, so the two are never mixed).
 *
 * @example
 * ```ts
 * const by: import('suara').GroupDimension[] = ['entity', 'topic', 'week'];
 * ```
 */
export type GroupDimension = 'entity' | 'topic' | 'attribution' | 'region' | 'source' | TimeUnit;

/**
 * The parts of an {@link Analysis} the aggregator reads. A full `Analysis`
 * fits; so does a slimmed copy without tokens (cheaper to send between
 * threads or to store). `topics` is needed only when grouping by `topic`.
 *
 * @example
 * ```ts
 * import { analyze } from 'suara';
 * const { sentiment, entities, targets } = analyze('Dinkes sigap');
 * const slim: import('suara').AnalysisSummary = { sentiment, entities, targets };
 * ```
 */
export type AnalysisSummary = Pick<Analysis, 'sentiment' | 'entities' | 'targets'> & Partial<Pick<Analysis, 'topics'>>;

/**
 * One analysed document, as fed to {@link Aggregator.add}.
 *
 * @example
 * ```ts
 * import { analyze } from 'suara';
 * const text = 'Dinkes sigap tangani DBD';
 * const record: import('suara').AggregateRecord = {
 *   id: 'post-1', date: '2024-03-05T09:00', source: 'twitter', text, analysis: analyze(text),
 * };
 * ```
 */
export interface AggregateRecord {
  /** Document id; documents without one are counted but never chosen as examples. */
  id?: string | number;
  /**
   * When it was published: ISO 8601 string (no offset = wall time in the
   * aggregator's time zone), `Date`, or epoch milliseconds. Without a date
   * the record lands in bucket `null`; an unparsable date throws.
   */
  date?: string | number | Date;
  /** Where it came from (e.g. `twitter`, `lapor`, `detik.com`). */
  source?: string;
  /** The original text, kept (truncated) only for example documents so reports can highlight hits. */
  text?: string;
  /** What `analyze(text)` returned. */
  analysis: AnalysisSummary;
}

/**
 * Options of {@link createAggregator}.
 *
 * @example
 * ```ts
 * const options: import('suara').AggregatorOptions = { by: ['entity', 'week'], timezone: 'Asia/Makassar' };
 * ```
 */
export interface AggregatorOptions {
  /**
   * Grouping dimensions, at most one time unit. Default `['entity', 'day']`; `[]` gives one overall group.
   * With both `entity` and `topic`, `attribution` is inserted after `topic` when absent.
   */
  by?: GroupDimension[];
  /** Time zone for buckets and offset-less dates. Default `Asia/Jakarta` (WIB). */
  timezone?: TimeZoneName;
  /** How many top terms per polarity {@link Aggregator.rows} reports. Default 10. State keeps every term. */
  topTerms?: number;
  /** How many example documents per extreme each group keeps. Default 3. */
  examples?: number;
  /** Longest example text kept, in UTF-16 code units (longer texts are cut, and hits past the cut dropped). Default 500. */
  exampleChars?: number;
}

/**
 * A term that contributed to a group's sentiment.
 *
 * @example
 * ```ts
 * const t: import('suara').TermCount = { term: 'lambat', count: 12, weight: -18.5 };
 * ```
 */
export interface TermCount {
  /** The lexicon lemma that matched. */
  term: string;
  /** How many hits (occurrences) in the group. */
  count: number;
  /** Sum of the hits' weights (exact to 6 decimals). */
  weight: number;
}

/**
 * A highlighted span of an example text.
 *
 * @example
 * ```ts
 * const h: import('suara').ExampleHit = { start: 8, end: 14, weight: -1.5 };
 * ```
 */
export interface ExampleHit {
  /** Start offset into the example text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** The hit's weight (sign gives polarity). */
  weight: number;
}

/**
 * An example document for one extreme of a group.
 *
 * @example
 * ```ts
 * const e: import('suara').ExampleDoc = { id: 'post-7', compound: -0.82 };
 * ```
 */
export interface ExampleDoc {
  /** Document id. */
  id: string;
  /** The compound the group's sentiment was measured with (target compound when grouped by entity). */
  compound: number;
  /** The text (cut to `exampleChars`), when the record carried it. */
  text?: string;
  /** The sentiment hits within `text`, for highlighting. */
  hits?: ExampleHit[];
  /** The topic's cue spans within `text`, when grouped by topic. */
  cues?: ExampleCue[];
}

/**
 * A topic cue's span in an example text.
 *
 * @example
 * ```ts
 * const c: import('suara').ExampleCue = { start: 0, end: 15 };
 * ```
 */
export interface ExampleCue {
  /** Start offset into the example text. */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

/**
 * One group of the aggregate: plain data, safe to `JSON.stringify`.
 * Only the dimensions in `by` are present as keys.
 *
 * @example
 * ```ts
 * import { createAggregator } from 'suara';
 * const row: import('suara').AggregateRow | undefined = createAggregator({ by: ['entity'] }).rows()[0];
 * ```
 */
export interface AggregateRow {
  /** Agency id, or `null` for documents that mention no agency. */
  entity?: string | null;
  /** Agency name. */
  entityName?: string | null;
  /** Topic id (`roads`, …, `other`). */
  topic?: string | null;
  /** `explicit` (the post names the agency) or `implied` (the topic's usual agency); `null` for a topic with no agency. */
  attribution?: string | null;
  /** Region name, or `null`. */
  region?: string | null;
  /** Source, or `null`. */
  source?: string | null;
  /** Bucket label (`2024-03-05T14`, `2024-03-05`, `2024-W10`, `2024-03`), or `null` for records without a date. */
  bucket?: string | null;
  /** Documents in the group (a post about two agencies counts once for each). */
  count: number;
  /** Positive documents. */
  positive: number;
  /** Negative documents. */
  negative: number;
  /** Neutral documents. */
  neutral: number;
  /** Net sentiment `(positive − negative) / count`, in [−1, 1]. */
  net: number;
  /** Mean compound (exact over compounds rounded to 6 decimals). */
  meanCompound: number;
  /** Median compound (exact over compounds rounded to 3 decimals). */
  medianCompound: number;
  /** Positive share with its 95% Wilson interval. */
  positiveShare: ShareInterval;
  /** Negative share with its 95% Wilson interval. */
  negativeShare: ShareInterval;
  /** Most frequent positive terms (count desc, then term). */
  topPositiveTerms: TermCount[];
  /** Most frequent negative terms (count desc, then term). */
  topNegativeTerms: TermCount[];
  /** Most positive documents (compound desc, then id). */
  positiveExamples: ExampleDoc[];
  /** Most negative documents (compound asc, then id). */
  negativeExamples: ExampleDoc[];
}

/**
 * A mergeable aggregate of analysed documents.
 *
 * @example
 * ```ts
 * import { analyze, createAggregator } from 'suara';
 * const agg = createAggregator({ by: ['entity', 'day'] });
 * agg.add({ id: '1', date: '2024-03-05', analysis: analyze('Dishub lamban') });
 * agg.rows(); // [{ entity: 'dinas.perhubungan', bucket: '2024-03-05', count: 1, negative: 1, ... }]
 * ```
 */
export interface Aggregator {
  /** The validated options. */
  readonly options: Readonly<Required<AggregatorOptions>>;
  /** Records added (directly or through merges). */
  readonly documents: number;
  /** Adds one record. Throws `TypeError` for a malformed record and `RangeError` for an unparsable date. */
  add(record: AggregateRecord): void;
  /**
   * Adds every group of `other` (an aggregator or its `toJSON()`) into this one; options must match. Returns `this`.
   * The state is validated first (zod): a malformed one throws a `TypeError` naming the field
   * (`suara: merge: invalid aggregator state at groups.0.count: …`) and this aggregator is unchanged.
   */
  merge(other: Aggregator | AggregatorState): Aggregator;
  /** Versioned, JSON-safe state; restore with `restoreAggregator`. */
  toJSON(): AggregatorState;
  /** One plain row per group, sorted by the `by` keys (strings by code unit, `null` last). */
  rows(): AggregateRow[];
}

/**
 * Serialized state of one group.
 *
 * @example
 * ```ts
 * import { createAggregator } from 'suara';
 * const g: import('suara').GroupState | undefined = createAggregator({ by: [] }).toJSON().groups[0];
 * ```
 */
export interface GroupState {
  /** Key values in `by` order. */
  key: (string | null)[];
  /** Agency name when grouped by entity. */
  name: string | null;
  /** Documents. */
  count: number;
  /** Positive documents. */
  positive: number;
  /** Negative documents. */
  negative: number;
  /** Neutral documents. */
  neutral: number;
  /** Sum of compounds in micro-units (integer). */
  compoundSum: number;
  /** Median histogram: `[bin, count]` pairs, bin = round(compound × 1000), ascending. */
  bins: [number, number][];
  /** `[term, count, weight micro-units]`, sorted by term. */
  positiveTerms: [string, number, number][];
  /** `[term, count, weight micro-units]`, sorted by term. */
  negativeTerms: [string, number, number][];
  /** Most positive examples, best first. */
  positiveExamples: ExampleDoc[];
  /** Most negative examples, worst first. */
  negativeExamples: ExampleDoc[];
}

/**
 * Versioned serialized aggregator: what `toJSON()` returns and
 * `restoreAggregator()` accepts.
 *
 * @example
 * ```ts
 * import { createAggregator, restoreAggregator } from 'suara';
 * const state: import('suara').AggregatorState = createAggregator({ by: ['entity'] }).toJSON();
 * restoreAggregator(JSON.stringify(state)).rows(); // []
 * ```
 */
export interface AggregatorState {
  /** Always `suara-aggregate`. */
  format: 'suara-aggregate';
  /** State format version (currently 1). */
  version: 1;
  /** The options the state was built with. */
  options: Required<AggregatorOptions>;
  /** Records added. */
  documents: number;
  /** Groups, sorted like `rows()`. */
  groups: GroupState[];
}
