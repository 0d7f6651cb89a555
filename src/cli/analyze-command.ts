/**
 * `suara analyze`: stream rows from a file or stdin through `analyze()`
 * (in this thread or in worker threads) into mergeable aggregators, then
 * write per-document NDJSON, group rows as CSV, or the HTML report.
 *
 * Memory is bounded by the batch window (`workers × 4` batches of 256 rows)
 * and the aggregators (groups × bounded state), never by the input size.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, statSync, type WriteStream } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { TIME_UNITS, type TimeUnit, type TimeZoneName } from '../aggregate/buckets';
import { buildAggregator } from '../aggregate/create-aggregator';
import { resolveAggregatorOptions } from '../aggregate/options';
import type { Aggregator, AggregatorOptions, GroupDimension } from '../aggregate/types';
import type { AnalyzeArgs } from './args';
import { createProgress, type ProgressStream } from './progress';
import type { BatchResult } from './processor';
import {
  InputError,
  detectFormat,
  readRecords,
  type BadRow,
  type BadRowKind,
  type ByteCounter,
  type ChunkSource,
  type FieldNames,
  type InputFormat,
  type InputRow,
} from './readers';
import { buildReportData, reportViews } from './report-data';
import { renderReport } from './report-html';
import { resolveRegion } from './region';
import { rowsToCsv } from './rows-csv';
import { createLocalEngine, createWorkerEngine, type Engine } from './workers';

/** Rows per batch sent to a processor. */
const BATCH_ROWS = 256;

/**
 * Counts of what happened in a run.
 *
 * @example
 * ```ts
 * const s: import('suara/node').RunSummary = {
 *   documents: 330, badRows: 5, bytes: 120000, seconds: 0.4,
 *   badByKind: { json: 3, text: 1, date: 1, csv: 0, 'too-long': 0, analyze: 0 },
 * };
 * ```
 */
export interface RunSummary {
  /** Documents analysed and aggregated. */
  documents: number;
  /** Rows rejected (reported with line numbers). */
  badRows: number;
  /** Rejected rows by reason. */
  badByKind: Record<BadRowKind, number>;
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
  /** Field names. */
  fields: FieldNames;
  /** Time zone for dates without an offset and for buckets. */
  timezone: TimeZoneName;
  /** One aggregator per entry; each is filled with every document. */
  aggregators: AggregatorOptions[];
  /** Worker threads (1 = this thread). */
  workers: number;
  /** Kemendagri code of the region assumed for agencies the text does not place (e.g. `19.71`). */
  region?: string;
  /** Called with each bad row, in input order. */
  onBadRow?: (row: BadRow) => void;
  /** Receives per-document NDJSON lines in input order; enables per-document output. */
  onDocs?: (lines: string[]) => void | Promise<void>;
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

function emptyKinds(): Record<BadRowKind, number> {
  return { json: 0, text: 0, date: 0, csv: 0, 'too-long': 0, analyze: 0 };
}

/**
 * Streams `source` through analysis into aggregators. Bad rows are passed to
 * `onBadRow` and counted; they never stop the run. Throws {@link InputError}
 * for unreadable input (e.g. a CSV header without the text column) and
 * rethrows stream errors.
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
 * console.log(summary.documents, aggregators[0]!.rows().length);
 * ```
 */
export async function runAnalysis(source: ChunkSource, options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const resolved = options.aggregators.map((o) => resolveAggregatorOptions(o));
  const config = {
    aggregators: resolved,
    docs: options.onDocs !== undefined,
    ...(options.region !== undefined ? { region: options.region } : {}),
  };
  const engine: Engine = options.workers > 1 ? createWorkerEngine(config, options.workers) : createLocalEngine(config);
  const counter: ByteCounter = { bytes: 0 };
  const summary: RunSummary = { documents: 0, badRows: 0, badByKind: emptyKinds(), bytes: 0, seconds: 0 };
  const maxInFlight = Math.max(2, options.workers * 4);
  const inFlight: { result: Promise<BatchResult>; rows: number }[] = [];
  let completed = 0;

  const bad = (row: BadRow): void => {
    summary.badRows++;
    summary.badByKind[row.kind]++;
    options.onBadRow?.(row);
  };
  // Results are consumed strictly in submission order: that keeps NDJSON output in input order.
  const drainOne = async (): Promise<void> => {
    const next = inFlight.shift()!;
    const result = await next.result;
    completed += next.rows;
    for (const b of result.bad) bad(b);
    if (config.docs && result.docs.length > 0) await options.onDocs!(result.docs);
  };

  let batch: InputRow[] = [];
  let submitted = 0;
  const submit = async (): Promise<void> => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    submitted += rows.length;
    const result = engine.run(rows);
    result.catch(() => undefined); // awaited in order by drainOne; this only stops an early failure counting as unhandled
    inFlight.push({ result, rows: rows.length });
    while (inFlight.length >= maxInFlight) await drainOne();
    options.onProgress?.(completed, counter.bytes);
  };

  try {
    for await (const row of readRecords(source, {
      format: options.format,
      fields: options.fields,
      timezone: options.timezone,
      counter,
    })) {
      if ('kind' in row) {
        // Keep stderr in input order relative to earlier analysis failures.
        bad(row);
        continue;
      }
      batch.push(row);
      if (batch.length >= BATCH_ROWS) await submit();
    }
    await submit();
    while (inFlight.length > 0) await drainOne();
    const states = await engine.finish();
    const aggregators = resolved.map((o) => buildAggregator(o));
    for (const perWorker of states) perWorker.forEach((s, i) => aggregators[i]!.merge(s));
    summary.documents = aggregators[0]?.documents ?? submitted - summary.badByKind.analyze;
    summary.bytes = counter.bytes;
    summary.seconds = (performance.now() - started) / 1000;
    return { aggregators, summary };
  } catch (e) {
    await engine.abort();
    throw e;
  }
}

/**
 * Streams the CLI uses; injectable for tests.
 *
 * @example
 * ```ts
 * import { Readable } from 'node:stream';
 * const io: import('suara/node').CliIO = { stdin: Readable.from([]), stdout: process.stdout, stderr: process.stderr };
 * ```
 */
export interface CliIO {
  /** Standard input (used for `-`). */
  stdin: ChunkSource;
  /** Standard output. */
  stdout: {
    /** Writes a chunk of output (CSV, NDJSON or HTML text); the return value is ignored. */
    write(text: string): unknown;
  };
  /** Standard error (progress only when `isTTY`). */
  stderr: ProgressStream;
}

/** Reads the first bytes of a source and returns them with a source that replays them. */
async function peek(source: ChunkSource): Promise<{ head: string; source: ChunkSource }> {
  async function* all(): AsyncGenerator<Uint8Array | string> {
    yield* source;
  }
  const it = all();
  const first = await it.next();
  const head = first.done ? '' : typeof first.value === 'string' ? first.value : Buffer.from(first.value).toString('utf8');
  async function* replay(): AsyncGenerator<Uint8Array | string> {
    if (!first.done) yield first.value;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  }
  return { head: head.slice(0, 4096), source: replay() };
}

async function readHead(path: string): Promise<string> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4096);
    const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await fh.close();
  }
}

async function writeAll(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

async function closeStream(stream: WriteStream): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/** Which output `--out` asks for. */
function outputKind(out: string | undefined): 'ndjson' | 'csv' | 'html' | 'stdout' {
  if (out === undefined) return 'stdout';
  const lower = out.toLowerCase();
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.csv')) return 'csv';
  return 'html';
}

function formatSummary(s: RunSummary): string {
  const kinds = Object.entries(s.badByKind)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const rate = s.seconds > 0 ? Math.round(s.documents / s.seconds) : 0;
  return (
    `suara: ${s.documents} documents analysed, ${s.badRows} bad rows${kinds ? ` (${kinds})` : ''}, ` +
    `${s.bytes < 1e6 ? `${(s.bytes / 1e3).toFixed(1)} kB` : `${(s.bytes / 1e6).toFixed(1)} MB`} in ${s.seconds.toFixed(2)} s (${rate} docs/s)\n`
  );
}

/**
 * Runs `suara analyze` with parsed arguments; returns the exit code
 * (0 ok, 1 some rows bad, 2 usage error or unreadable input).
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const code = await analyzeCommand(
 *   {
 *     command: 'analyze', input: 'posts.ndjson', format: 'auto', by: ['entity'], workers: 1,
 *     timezone: 'Asia/Jakarta', quiet: true, fields: { text: 'text', id: 'id', date: 'date', source: 'source' },
 *   },
 *   { stdin: process.stdin, stdout: { write: (s: string) => out.push(s) }, stderr: process.stderr },
 * );
 * code; // 0
 * ```
 */
export async function analyzeCommand(args: AnalyzeArgs, io: CliIO): Promise<number> {
  const err = (msg: string): void => {
    io.stderr.write(`suara: ${msg}\n`);
  };
  let region: string | undefined;
  if (args.region !== undefined) {
    const r = resolveRegion(args.region);
    if ('error' in r) {
      err(r.error);
      return 2;
    }
    region = r.code;
  }
  let source: ChunkSource;
  let head: string;
  let totalBytes: number | undefined;
  try {
    if (args.input === '-') {
      const p = await peek(io.stdin);
      head = p.head;
      source = p.source;
    } else {
      const st = statSync(args.input);
      if (!st.isFile()) throw new Error(`${args.input} is not a file`);
      totalBytes = st.size;
      head = await readHead(args.input);
      source = createReadStream(args.input, { highWaterMark: 256 * 1024 });
    }
  } catch (e) {
    err(`cannot read ${args.input}: ${(e as Error).message}`);
    return 2;
  }
  const format = args.format === 'auto' ? detectFormat(args.input, head, args.fields.text) : args.format;
  const kind = outputKind(args.out);
  const unit = (args.by.find((d) => (TIME_UNITS as readonly string[]).includes(d)) as TimeUnit | undefined) ?? 'day';
  const aggregators: AggregatorOptions[] = [{ by: args.by, timezone: args.timezone }];
  if (kind === 'html') aggregators.push(...reportViews(unit, args.timezone));

  let docsOut: WriteStream | undefined;
  if (kind === 'ndjson') {
    docsOut = createWriteStream(args.out!);
    try {
      await once(docsOut, 'open');
    } catch (e) {
      err(`cannot write ${args.out}: ${(e as Error).message}`);
      return 2;
    }
  }
  const progress = createProgress(io.stderr, totalBytes !== undefined ? { totalBytes } : {});
  let result: RunResult;
  try {
    result = await runAnalysis(source, {
      format,
      fields: args.fields,
      timezone: args.timezone,
      aggregators,
      workers: args.workers,
      ...(region !== undefined ? { region } : {}),
      onBadRow: (row) => {
        progress.done();
        err(`line ${row.line}: ${row.message}`);
      },
      ...(docsOut ? { onDocs: (lines: string[]) => writeAll(docsOut!, `${lines.join('\n')}\n`) } : {}),
      onProgress: (docs, bytes) => progress.update(docs, bytes),
    });
  } catch (e) {
    progress.done();
    if (docsOut) docsOut.destroy();
    err(e instanceof InputError ? e.message : `cannot read ${args.input}: ${(e as Error).message}`);
    return 2;
  }
  progress.done();
  const userAgg = result.aggregators[0];
  try {
    if (docsOut) await closeStream(docsOut);
    else if (kind === 'csv') await writeFile(args.out!, rowsToCsv(userAgg!.rows(), args.by));
    else if (kind === 'html') {
      const data = buildReportData(result.aggregators.slice(1), {
        input: args.input === '-' ? 'stdin' : args.input,
        unit,
        timezone: args.timezone,
        summary: { documents: result.summary.documents, badRows: result.summary.badRows, badByKind: result.summary.badByKind },
      });
      await writeFile(args.out!, renderReport(data));
    } else io.stdout.write(rowsToCsv(userAgg!.rows(), args.by));
  } catch (e) {
    err(`cannot write ${args.out ?? 'stdout'}: ${(e as Error).message}`);
    return 2;
  }
  if (!args.quiet) io.stderr.write(formatSummary(result.summary));
  return result.summary.badRows > 0 ? 1 : 0;
}


/** Dimensions re-exported for callers that build `--by` programmatically. */
export type { GroupDimension };
