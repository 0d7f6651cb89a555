/** The report's data model: everything the page shows, built by `data.ts`, rendered by `html.ts`. */
import type { TimeUnit } from '../../aggregate/buckets';
import type { AttentionItem } from '../../aggregate/attention';
import type { Spike } from '../../aggregate/spikes';
import type { AggregateRow } from '../../aggregate/types';

/**
 * Everything the report shows.
 *
 * @example
 * ```ts
 * import { analyzeFile } from 'suara/node';
 * const data: import('suara/node').ReportData = (await analyzeFile('posts.ndjson', { report: true })).report!;
 * ```
 */
export interface ReportData {
  /** Report title. */
  title: string;
  /** Input name shown under the title. */
  input: string;
  /** Time unit of the timeline. */
  unit: TimeUnit;
  /** Time zone label, e.g. `Asia/Jakarta`. */
  timezone: string;
  /** Rows read and rejected. */
  summary: {
    /** Documents analysed. */
    documents: number;
    /** Input rows skipped as unreadable (bad JSON, missing text, bad date, …). */
    badRows: number;
    /** Skipped rows per kind (`json`, `text`, `date`, `csv`, `too-long`, `analyze`); the report lists the non-zero ones. */
    badByKind: Record<string, number>;
  };
  /** Rows grouped by `[entity, unit]`. */
  timeline: AggregateRow[];
  /** Rows grouped by `[unit]` (all posts). */
  overallTimeline: AggregateRow[];
  /** Rows grouped by `[entity]`. */
  totals: AggregateRow[];
  /** The single row grouped by `[]`, if any documents. */
  overall: AggregateRow | undefined;
  /** Spikes over `timeline`. */
  spikes: Spike[];
  /** Rows grouped by `[topic]`: posts per topic (a post about two topics counts for both). */
  topics: AggregateRow[];
  /** Rows grouped by `[entity, topic, attribution]`: explicit and implied attributions are separate rows. */
  agencyTopics: AggregateRow[];
  /** "Perlu perhatian": agency × topic pairs with a rising negative share (`needsAttention`). */
  attention: AttentionItem[];
}
