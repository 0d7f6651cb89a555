/**
 * The unit of work shared by the in-process path and the worker threads:
 * analyse a batch of rows, feed the aggregators, and (optionally) render one
 * NDJSON and/or CSV line per post. Running the same code in both places is
 * what makes `--workers N` give the same output as one worker.
 */
import { createAnalyzer, type AnalyzeOptions } from '../analyze';
import type { Analysis } from '../analysis';
import type { TimeZoneName } from '../aggregate/buckets';
import { addToAll, createAggregator, releaseState } from '../aggregate/create-aggregator';
import type { AggregateRecord, Aggregator, AggregatorOptions, AggregatorState } from '../aggregate/types';
import { loadRegistryOverride } from '../entities/registry';
import type { BadRow, InputRow } from './read/records';
import { postCsv, postNdjson } from './write/posts';

/** What every processor (local or in a worker) is configured with; structured-clone safe. */
export interface ProcessorConfig {
  /** One aggregator per entry (the user's `--by`, plus the report's views). */
  aggregators: AggregatorOptions[];
  /** Render per-post NDJSON lines. */
  docs: boolean;
  /** Render per-post CSV lines. */
  postsCsv?: boolean;
  /** Apply the spreadsheet formula guard to the per-post text column (`--excel`). */
  excel?: boolean;
  /** Zone of the dates in per-post output. Default `Asia/Jakarta`. */
  timezone?: TimeZoneName;
  /** Kemendagri code of the region assumed for agencies the text does not place (`--region`). */
  region?: string;
  /** A city's own agency list (`--agencies`), as text for `loadRegistryOverride`; each worker loads it once. */
  agencies?: string;
  /** Extra or overriding sentiment words (`--lexicon`), already validated. */
  lexicon?: [string, number][];
}

/** Output of one batch, in row order. */
export interface BatchResult {
  /** NDJSON lines (without newline), one per analysed row, when `docs` is on. */
  docs: string[];
  /** CSV lines (without newline), one per analysed row, when `postsCsv` is on. */
  csv: string[];
  /** Rows whose analysis failed. */
  bad: BadRow[];
}

/** A configured processor. */
export interface Processor {
  /** Analyses and aggregates a batch; with `emit` false only aggregates (a replay after a worker was lost). */
  process(rows: readonly InputRow[], emit?: boolean): BatchResult;
  /** The aggregators' states, in config order. */
  states(): AggregatorState[];
  /**
   * Returns the states and starts empty aggregators (a checkpoint). The
   * states are for `mergeTrustedState` only: unsorted, and sharing objects
   * with the aggregators they came from (which are dropped).
   */
  takeStates(): AggregatorState[];
  /** The live aggregators, in config order (the in-process engine hands them over instead of copying states). */
  aggregators(): Aggregator[];
}

/**
 * The `analyze()` options a processor config stands for. Throws (a
 * `RegistryOverrideError`, a `TypeError`) for an invalid agency list,
 * lexicon or region — the CLI calls it once up front to report option errors.
 *
 * @example
 * ```ts
 * analyzerOptions({ aggregators: [], docs: false, region: '19.71' }); // { entities: { defaultRegion: '19.71' } }
 * ```
 */
export function analyzerOptions(config: ProcessorConfig): AnalyzeOptions {
  const entities: NonNullable<AnalyzeOptions['entities']> = {};
  if (config.region !== undefined) entities.defaultRegion = config.region;
  if (config.agencies !== undefined) entities.registry = loadRegistryOverride(config.agencies);
  const o: AnalyzeOptions = {};
  if (Object.keys(entities).length > 0) o.entities = entities;
  if (config.lexicon !== undefined && config.lexicon.length > 0) o.sentiment = { overrides: config.lexicon };
  return o;
}

/**
 * Creates a processor. The analyzer (lexicons, registry) is built once here,
 * never per batch.
 *
 * @example
 * ```ts
 * const p = createProcessor({ aggregators: [{ by: ['entity', 'day'] }], docs: false });
 * p.process([{ line: 1, id: '1', text: 'Dishub lamban' }]);
 * p.states()[0]!.groups.length; // 1
 * ```
 */
export function createProcessor(config: ProcessorConfig): Processor {
  let aggregators = config.aggregators.map((o) => createAggregator(o));
  const timezone = config.timezone ?? 'Asia/Jakarta';
  // One pipeline per processor: analyze(text, options) would rebuild it for every document.
  const analyzer = createAnalyzer(analyzerOptions(config));
  return {
    process(rows, emit = true) {
      const docs: string[] = [];
      const csv: string[] = [];
      const bad: BadRow[] = [];
      for (const row of rows) {
        let a: Analysis;
        try {
          // the post's own date picks the agency names valid then (Dinsos-P3A in 2018, DP3AKB later)
          a = analyzer.analyze(row.text, row.date !== undefined ? { date: new Date(row.date) } : undefined);
        } catch (e) {
          bad.push({ line: row.line, kind: 'analyze', message: `analysis failed: ${(e as Error).message}` });
          continue;
        }
        const record: AggregateRecord = { id: row.id, text: row.text, analysis: a };
        if (row.date !== undefined) record.date = row.date;
        if (row.source !== undefined) record.source = row.source;
        // one pass for all views: the record is checked, dated and split into units once, not once per view
        addToAll(aggregators, record);
        if (!emit) continue;
        if (config.docs) docs.push(postNdjson(row, a, timezone));
        if (config.postsCsv) csv.push(postCsv(row, a, timezone, config.excel === true));
      }
      return { docs, csv, bad };
    },
    states: () => aggregators.map((a) => a.toJSON()),
    aggregators: () => aggregators,
    takeStates() {
      // handed over as they are (no sort, no copy): these aggregators are dropped right here
      const s = aggregators.map((a) => releaseState(a));
      aggregators = config.aggregators.map((o) => createAggregator(o));
      return s;
    },
  };
}
