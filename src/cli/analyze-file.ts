/**
 * `analyzeFile`: the CLI's pipeline as a function, for scripts.
 */
import { createReadStream, statSync } from 'node:fs';
import { TIME_UNITS, type TimeUnit, type TimeZoneName } from '../aggregate/buckets';
import type { AggregateRow, Aggregator, GroupDimension } from '../aggregate/types';
import type { InputEncoding } from './read/decode';
import { detectFormat, peekPrefix, type InputFormat } from './read/detect';
import type { BadRow, FieldNames } from './read/records';
import { buildReportData, reportViews } from './report/data';
import type { ReportData } from './report/model';
import { resolveRegion } from './region';
import { runAnalysis, type RunSummary } from './run';

/**
 * Options of {@link analyzeFile}.
 *
 * @example
 * ```ts
 * const o: import('suara/node').AnalyzeFileOptions = { by: ['entity', 'week'], workers: 2, report: true };
 * ```
 */
export interface AnalyzeFileOptions {
  /** Input format; guessed from the name and the first line when omitted. */
  format?: InputFormat;
  /** Input encoding. Default `utf8` (invalid bytes make the row bad). */
  encoding?: InputEncoding;
  /** Field names (defaults `text`, `id`, `date`, `source`). */
  fields?: Partial<FieldNames>;
  /** Grouping. Default `['entity', 'day']`. */
  by?: GroupDimension[];
  /** Time zone. Default `Asia/Jakarta`. */
  timezone?: TimeZoneName;
  /** Region assumed for agencies the text does not place: a name (`Kota Pangkalpinang`) or Kemendagri code (`19.71`). */
  region?: string;
  /** Worker threads. Default 1. */
  workers?: number;
  /** Also build the data for `renderReport`. */
  report?: boolean;
  /** Keep at most this many bad rows in the result (all are counted). Default 1000. */
  maxBadRows?: number;
}

/**
 * Result of {@link analyzeFile}.
 *
 * @example
 * ```ts
 * import { analyzeFile } from 'suara/node';
 * const { rows, summary }: import('suara/node').AnalyzeFileResult = await analyzeFile('posts.ndjson');
 * ```
 */
export interface AnalyzeFileResult {
  /** Group rows. */
  rows: AggregateRow[];
  /** The filled aggregator (merge it with others, or `toJSON()` it). */
  aggregator: Aggregator;
  /** Counts. */
  summary: RunSummary;
  /** The first `maxBadRows` bad rows, in input order. */
  badRows: BadRow[];
  /** Report data when `report` was set. */
  report?: ReportData;
}

/**
 * Analyses a CSV, NDJSON or text file in constant memory and aggregates it.
 * Bad rows are collected (and counted), never thrown; unreadable input
 * (missing file, CSV without the text column) rejects.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { analyzeFile, renderReport } from 'suara/node';
 * const result = await analyzeFile('fixtures/posts.ndjson', { by: ['entity', 'week'], report: true });
 * console.table(result.rows.map((r) => ({ agency: r.entityName, week: r.bucket, net: r.net })));
 * writeFileSync('report.html', renderReport(result.report!));
 * ```
 */
export async function analyzeFile(path: string, options: AnalyzeFileOptions = {}): Promise<AnalyzeFileResult> {
  if (typeof path !== 'string') throw new TypeError('suara: argument "path" must be a string');
  if (!statSync(path).isFile()) throw new TypeError(`suara: ${path} is not a file`);
  const fields: FieldNames = { text: 'text', id: 'id', date: 'date', source: 'source', ...options.fields };
  const { head, source } = await peekPrefix(createReadStream(path, { highWaterMark: 256 * 1024 }));
  const format = options.format ?? detectFormat(path, head, fields.text);
  let region: string | undefined;
  if (options.region !== undefined) {
    const r = resolveRegion(options.region);
    if ('error' in r) throw new TypeError(`suara: ${r.error.replace('--region', 'region')}`);
    region = r.code;
  }
  const by = options.by ?? ['entity', 'day'];
  const timezone = options.timezone ?? 'Asia/Jakarta';
  const unit = (by.find((d) => (TIME_UNITS as readonly string[]).includes(d)) as TimeUnit | undefined) ?? 'day';
  const badRows: BadRow[] = [];
  const maxBad = options.maxBadRows ?? 1000;
  const { aggregators, summary } = await runAnalysis(source, {
    format,
    ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
    fields,
    timezone,
    aggregators: [{ by, timezone }, ...(options.report ? reportViews(unit, timezone) : [])],
    workers: options.workers ?? 1,
    ...(region !== undefined ? { region } : {}),
    onBadRow: (row) => {
      if (badRows.length < maxBad) badRows.push(row);
    },
  });
  const aggregator = aggregators[0]!;
  const result: AnalyzeFileResult = { rows: aggregator.rows(), aggregator, summary, badRows };
  if (options.report) {
    result.report = buildReportData(aggregators.slice(1), {
      input: path,
      unit,
      timezone,
      summary: { documents: summary.documents, badRows: summary.badRows, badByKind: summary.badByKind },
    });
  }
  return result;
}
