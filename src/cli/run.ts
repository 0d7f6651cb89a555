/**
 * The pipeline behind `suara analyze` and `analyzeFile`: read rows, run them
 * through analysis (this thread or workers) in batches, fill mergeable
 * aggregators. Every row read is either analysed or reported bad.
 *
 * Memory is bounded by the batch window (`workers × 8` batches), the
 * workers' replay buffers and the aggregators (groups × bounded state),
 * never by the input size.
 */
import type { TimeZoneName } from '../aggregate/buckets';
import { buildAggregator, mergeTrustedState } from '../aggregate/create-aggregator';
import { resolveAggregatorOptions } from '../aggregate/options';
import type { Aggregator, AggregatorOptions } from '../aggregate/types';
import { createProcessor, type BatchResult, type ProcessorConfig } from './processor';
import type { ByteCounter, ChunkSource, InputEncoding } from './read/decode';
import type { InputFormat } from './read/detect';
import { BAD_ROW_KINDS, readRecordBatches, type BadRow, type BadRowKind, type FieldNames, type InputRow } from './read/records';
import { createLocalEngine, createWorkerEngine, type Engine } from './workers';

/** A batch is sent when it holds this many rows … */
const BATCH_ROWS = 512;
/** … or this many characters of text, whichever comes first (big enough to amortise a message, small enough to keep order latency low). */
const BATCH_CHARS = 256 * 1024;

/**
 * The stage a CLI error happened in: `option` (flags, option files),
 * `read` (input), `analyse`, `write` (outputs).
 *
 * @example
 * ```ts
 * const s: import('suara/node').CliStage = 'write';
 * ```
 */
export type CliStage = 'option' | 'read' | 'analyse' | 'write';

/**
 * An error that stopped a run, with the stage it happened in; the CLI
 * prints `suara: <stage> error: <message>` and exits 2.
 *
 * @example
 * ```ts
 * import { StageError } from 'suara/node';
 * new StageError('write', 'out.csv: ENOSPC: no space left on device').stage; // 'write'
 * ```
 */
export class StageError extends Error {
  /** Where it happened. */
  readonly stage: CliStage;
  /**
   * @param stage where it happened
   * @param message what happened
   */
  constructor(stage: CliStage, message: string) {
    super(message);
    this.name = 'StageError';
    this.stage = stage;
  }
}

/**
 * Counts of what happened in a run. Always `rows = documents + badRows`.
 *
 * @example
 * ```ts
 * const s: import('suara/node').RunSummary = {
 *   rows: 335, documents: 330, badRows: 5, warnings: 0, bytes: 120000, seconds: 0.4,
 *   badByKind: { json: 3, text: 1, date: 1, csv: 0, columns: 0, encoding: 0, 'too-long': 0, analyze: 0, memory: 0 },
 * };
 * ```
 */
export interface RunSummary {
  /** Input rows read (records; blank lines are not rows). */
  rows: number;
  /** Documents analysed and aggregated. */
  documents: number;
  /** Rows rejected (reported with line numbers). */
  badRows: number;
  /** Rejected rows by reason. */
  badByKind: Record<BadRowKind, number>;
  /** Warnings (`--lenient` rows read by position). */
  warnings: number;
  /** Bytes read. */
  bytes: number;
  /** Wall-clock seconds. */
  seconds: number;
}

/**
 * Options of {@link runAnalysis}.
 *
 * @example
 * ```ts
 * const o: import('suara/node').RunOptions = {
 *   format: 'ndjson', timezone: 'Asia/Jakarta', workers: 2,
 *   fields: { text: 'text', id: 'id', date: 'date', source: 'source' },
 *   aggregators: [{ by: ['entity', 'week'] }],
 *   onBadRow: (row) => console.error(row.line, row.message),
 * };
 * ```
 */
export interface RunOptions {
  /** Input format (already detected). */
  format: InputFormat;
  /** Input encoding. Default `utf8`. */
  encoding?: InputEncoding;
  /** Field names. */
  fields: FieldNames;
  /** Time zone for dates without an offset, for buckets and for per-post dates. */
  timezone: TimeZoneName;
  /** One aggregator per entry; each is filled with every document. */
  aggregators: AggregatorOptions[];
  /** Worker threads (1 = this thread). */
  workers: number;
  /** Kemendagri code of the region assumed for agencies the text does not place (e.g. `19.71`). */
  region?: string;
  /** A city's own agency list: the text of a `loadRegistryOverride` file. */
  agencies?: string;
  /** Extra or overriding sentiment words. */
  lexicon?: [string, number][];
  /** CSV: read rows with a wrong field count by position (with a warning) instead of rejecting them. */
  lenient?: boolean;
  /** Per-post CSV lines get the spreadsheet formula guard on the text too. */
  excel?: boolean;
  /** Called with each bad row, in input order. */
  onBadRow?: (row: BadRow) => void;
  /** Called with each warning. */
  onWarning?: (line: number, message: string) => void;
  /** Receives per-post NDJSON lines in input order; enables per-post NDJSON. */
  onDocs?: (lines: string[]) => void | Promise<void>;
  /** Receives per-post CSV lines (no header) in input order; enables per-post CSV. */
  onPostsCsv?: (lines: string[]) => void | Promise<void>;
  /** Progress callback (docs done, bytes read). */
  onProgress?: (docs: number, bytes: number) => void;
}

/**
 * Result of {@link runAnalysis}.
 *
 * @example
 * ```ts
 * import { runAnalysis } from 'suara/node';
 * const result: import('suara/node').RunResult = await runAnalysis(['{"text": "Dishub lamban"}\n'], {
 *   format: 'ndjson', timezone: 'WIB', workers: 1, aggregators: [{ by: ['entity'] }],
 *   fields: { text: 'text', id: 'id', date: 'date', source: 'source' },
 * });
 * result.aggregators[0]!.rows();
 * ```
 */
export interface RunResult {
  /** Filled aggregators, in `options.aggregators` order. */
  aggregators: Aggregator[];
  /** Counts. */
  summary: RunSummary;
}

/**
 * Zero counts for every bad-row kind.
 *
 * @example
 * ```ts
 * emptyKinds().json; // 0
 * ```
 */
export function emptyKinds(): Record<BadRowKind, number> {
  const o = {} as Record<BadRowKind, number>;
  for (const k of BAD_ROW_KINDS) o[k] = 0;
  return o;
}

/**
 * The processor config a run stands for.
 *
 * @example
 * ```ts
 * processorConfig({ format: 'ndjson', timezone: 'WIB', workers: 1, aggregators: [], fields: { text: 'text', id: 'id', date: 'date', source: 'source' } });
 * ```
 */
export function processorConfig(options: RunOptions): ProcessorConfig {
  return {
    aggregators: options.aggregators.map((o) => resolveAggregatorOptions(o)),
    docs: options.onDocs !== undefined,
    postsCsv: options.onPostsCsv !== undefined,
    excel: options.excel === true,
    timezone: options.timezone,
    ...(options.region !== undefined ? { region: options.region } : {}),
    ...(options.agencies !== undefined ? { agencies: options.agencies } : {}),
    ...(options.lexicon !== undefined ? { lexicon: options.lexicon } : {}),
  };
}

async function asStage<T>(stage: CliStage, f: () => T | Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    if (e instanceof StageError) throw e;
    throw new StageError(stage, (e as Error).message.replace(/^suara: /, ''));
  }
}

/**
 * Streams `source` through analysis into aggregators. Bad rows are passed to
 * `onBadRow` and counted; they never stop the run. Throws a
 * {@link StageError} (stage `read` for unreadable input such as a CSV header
 * without the text column, `analyse`, or `write` when an output callback
 * fails).
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { runAnalysis } from 'suara/node';
 * const { aggregators, summary } = await runAnalysis(createReadStream('posts.ndjson'), {
 *   format: 'ndjson', timezone: 'Asia/Jakarta', workers: 1,
 *   fields: { text: 'text', id: 'id', date: 'date', source: 'source' },
 *   aggregators: [{ by: ['entity', 'day'] }],
 * });
 * console.log(summary.rows, summary.documents, aggregators[0]!.rows().length);
 * ```
 */
export async function runAnalysis(source: ChunkSource, options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const config = processorConfig(options);
  let aggregators: Aggregator[];
  let engine: Engine;
  if (options.workers > 1) {
    const merged = config.aggregators.map((o) => buildAggregator(resolveAggregatorOptions(o)));
    aggregators = merged;
    // the states come from our own workers (toJSON through structured clone): merged without re-validating each group
    engine = createWorkerEngine(config, options.workers, (states) => states.forEach((s, i) => mergeTrustedState(merged[i]!, s)));
    // An invalid region, agency list or lexicon must be an option error, not a failure inside a
    // worker: build the analysis once here too (while the workers start) when there is one to check.
    // The default analysis cannot fail, and building it would cost this thread ~0.2 s of CPU.
    if (config.region !== undefined || config.agencies !== undefined || config.lexicon !== undefined) {
      try {
        createProcessor(config);
      } catch (e) {
        await engine.abort();
        throw new StageError('option', (e as Error).message.replace(/^suara: /, ''));
      }
    }
  } else {
    const processor = await asStage('option', () => createProcessor(config));
    aggregators = processor.aggregators();
    engine = createLocalEngine(processor);
  }
  const counter: ByteCounter = { bytes: 0 };
  const summary: RunSummary = { rows: 0, documents: 0, badRows: 0, badByKind: emptyKinds(), warnings: 0, bytes: 0, seconds: 0 };
  // Enough queued per worker (~8 batches, ~0.15 s of analysis) that a main thread descheduled on a
  // busy machine does not leave workers idle; one thread needs no queue beyond output order.
  const maxInFlight = options.workers > 1 ? options.workers * 8 : 4;
  const inFlight: { result: Promise<BatchResult>; rows: number }[] = [];
  let completed = 0;
  let sent = 0;

  const bad = (row: BadRow): void => {
    summary.badRows++;
    summary.badByKind[row.kind]++;
    options.onBadRow?.(row);
  };
  // Results are consumed strictly in submission order: that keeps per-post output in input order.
  const drainOne = async (): Promise<void> => {
    const next = inFlight.shift()!;
    const result = await asStage('analyse', () => next.result);
    completed += next.rows;
    for (const b of result.bad) bad(b);
    if (options.onDocs && result.docs.length > 0) await asStage('write', () => options.onDocs!(result.docs));
    if (options.onPostsCsv && result.csv.length > 0) await asStage('write', () => options.onPostsCsv!(result.csv));
  };

  let batch: InputRow[] = [];
  let batchChars = 0;
  const submit = async (): Promise<void> => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    batchChars = 0;
    sent += rows.length;
    const result = engine.run(rows);
    result.catch(() => undefined); // awaited in order by drainOne; this only stops an early failure counting as unhandled
    inFlight.push({ result, rows: rows.length });
    while (inFlight.length >= maxInFlight) await drainOne();
    options.onProgress?.(completed, counter.bytes);
  };

  try {
    const records = readRecordBatches(source, {
      format: options.format,
      fields: options.fields,
      timezone: options.timezone,
      counter,
      ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
      ...(options.lenient ? { lenient: true } : {}),
      onWarning: (line, message) => {
        summary.warnings++;
        options.onWarning?.(line, message);
      },
    });
    const it = records[Symbol.asyncIterator]();
    for (;;) {
      // a chunk's rows at a time: one await per chunk, not per row
      const n = await asStage('read', () => it.next());
      if (n.done) break;
      for (const row of n.value) {
        summary.rows++;
        if ('kind' in row) {
          bad(row);
          continue;
        }
        // a post bigger than a whole batch travels alone: if it exhausts a worker, only it is lost
        if (row.text.length >= BATCH_CHARS) await submit();
        batch.push(row);
        batchChars += row.text.length;
        if (batch.length >= BATCH_ROWS || batchChars >= BATCH_CHARS) await submit();
      }
    }
    await submit();
    while (inFlight.length > 0) await drainOne();
    await asStage('analyse', () => engine.finish());
    const analysed = sent - summary.badByKind.analyze - summary.badByKind.memory;
    summary.documents = aggregators[0]?.documents ?? analysed;
    if (summary.rows !== summary.documents + summary.badRows) {
      // cannot happen: every record is one good or one bad row; say so loudly rather than print wrong totals
      throw new StageError('analyse', `internal: ${summary.rows} rows read but ${summary.documents} analysed + ${summary.badRows} bad`);
    }
    summary.bytes = counter.bytes;
    summary.seconds = (performance.now() - started) / 1000;
    return { aggregators, summary };
  } catch (e) {
    await engine.abort();
    throw e;
  }
}
