/**
 * Input rows from NDJSON, CSV or plain text: every physical record becomes
 * exactly one good row or one bad row (blank lines are not records), so
 * `rows read = analysed + bad` holds by construction.
 */
import type { TimeZoneName } from '../../aggregate/buckets';
import { parseCsvLines, type ParseCsvOptions } from './csv';
import { readDate } from './dates';
import type { ByteCounter, ChunkSource, InputEncoding } from './decode';
import type { InputFormat } from './detect';
import { MAX_RECORD_CHARS, readLineBatches, readLines, type Line } from './lines';

/**
 * Field names used to read each input row.
 *
 * @example
 * ```ts
 * const f: import('suara/node').FieldNames = { text: 'isi', id: 'kode', date: 'tanggal', source: 'kanal' };
 * ```
 */
export interface FieldNames {
  /** Field holding the text. Default `text`. */
  text: string;
  /** Field holding the id. Default `id`; rows without one get `line:<n>`. */
  id: string;
  /** Field holding the date. Default `date`. */
  date: string;
  /** Field holding the source. Default `source`. */
  source: string;
}

/**
 * Why a row was rejected: `json` (not a JSON object), `text` (no string
 * text field), `date`, `csv` (malformed record, unbalanced quote),
 * `columns` (CSV field count differs from the header), `encoding` (invalid
 * UTF-8), `too-long`, `analyze` (analysis threw), `memory` (analysis ran
 * out of memory in a worker).
 *
 * @example
 * ```ts
 * const k: import('suara/node').BadRowKind = 'date';
 * ```
 */
export type BadRowKind = 'json' | 'text' | 'date' | 'csv' | 'columns' | 'encoding' | 'too-long' | 'analyze' | 'memory';

/** Every bad-row kind, in summary order. */
export const BAD_ROW_KINDS: readonly BadRowKind[] = ['json', 'text', 'date', 'csv', 'columns', 'encoding', 'too-long', 'analyze', 'memory'];

/**
 * A row that could be read: text plus metadata, date already parsed.
 *
 * @example
 * ```ts
 * const r: import('suara/node').InputRow = { line: 1, id: 'p1', text: 'Dishub lamban', date: 1788220800000 };
 * ```
 */
export interface InputRow {
  /** 1-based line number where the row starts. */
  line: number;
  /** The id from the id field, or `line:<n>`. */
  id: string;
  /** The text to analyse. */
  text: string;
  /** The date as epoch milliseconds, when the row had one. */
  date?: number;
  /** The source field, when present. */
  source?: string;
}

/**
 * A row that could not be read, with its line number and reason.
 *
 * @example
 * ```ts
 * const b: import('suara/node').BadRow = { line: 16, kind: 'date', message: 'unparsable "date": "kemarin sore"' };
 * ```
 */
export interface BadRow {
  /** 1-based line number. */
  line: number;
  /** Category for the summary. */
  kind: BadRowKind;
  /** Human-readable reason. */
  message: string;
}

/**
 * Options of {@link readRecords}.
 *
 * @example
 * ```ts
 * const o: import('suara/node').ReadRecordsOptions = {
 *   format: 'csv', timezone: 'Asia/Makassar',
 *   fields: { text: 'text', id: 'id', date: 'date', source: 'source' },
 * };
 * ```
 */
export interface ReadRecordsOptions {
  /** Input format. */
  format: InputFormat;
  /** Field names. */
  fields: FieldNames;
  /** Zone for dates without an offset. */
  timezone: TimeZoneName;
  /** Counts bytes read, for progress. */
  counter?: ByteCounter;
  /** Input encoding. Default `utf8` (invalid bytes make the row bad). */
  encoding?: InputEncoding;
  /** CSV: a record with the wrong field count is read by position with a warning, instead of being a bad row. */
  lenient?: boolean;
  /** Receives warnings (with `lenient`). */
  onWarning?: (line: number, message: string) => void;
}

/**
 * Thrown when the input cannot be read at all (e.g. a CSV without the text column); the CLI exits 2.
 *
 * @example
 * ```ts
 * import { InputError, readRecords } from 'suara/node';
 * try {
 *   for await (const row of readRecords(['id,isi\n'], { format: 'csv', timezone: 'WIB', fields: { text: 'text', id: 'id', date: 'date', source: 'source' } })) void row;
 * } catch (e) {
 *   if (e instanceof InputError) console.error(e.message); // CSV header has no "text" column …
 * }
 * ```
 */
export class InputError extends Error {
  /** @param message what is wrong with the input */
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function toRow(line: number, get: (field: string) => unknown, fields: FieldNames, timezone: TimeZoneName): InputRow | BadRow {
  const text = get(fields.text);
  if (typeof text !== 'string') {
    return { line, kind: 'text', message: `missing or non-string "${fields.text}" field` };
  }
  const row: InputRow = { line, id: scalar(get(fields.id)) || `line:${line}`, text };
  const rawDate = get(fields.date);
  if (rawDate !== undefined && rawDate !== null && rawDate !== '') {
    const t = readDate(rawDate, timezone);
    if (typeof t === 'string') {
      return { line, kind: 'date', message: `unparsable "${fields.date}": ${JSON.stringify(rawDate).slice(0, 60)} (${t})` };
    }
    row.date = t;
  }
  const source = scalar(get(fields.source));
  if (source !== undefined && source !== '') row.source = source;
  return row;
}

function invalidMessage(l: Line): string {
  const b = l.invalid!;
  return `invalid UTF-8 byte 0x${b.byte.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${b.offset} (try --encoding windows-1252 or latin1)`;
}

/**
 * Reads input rows of any size as a stream: NDJSON (one JSON object per
 * line), CSV (header row, then records) or plain text (one document per
 * non-blank line). Yields exactly one good or bad row per record, in input
 * order; never throws for a bad row. Throws {@link InputError} when a CSV
 * header lacks the text column.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { readRecords } from 'suara/node';
 * const rows = readRecords(createReadStream('posts.ndjson'), {
 *   format: 'ndjson', timezone: 'Asia/Jakarta',
 *   fields: { text: 'text', id: 'id', date: 'date', source: 'source' },
 * });
 * for await (const row of rows) if ('kind' in row) console.error(row.line, row.message);
 * ```
 */
export async function* readRecords(source: ChunkSource, options: ReadRecordsOptions): AsyncGenerator<InputRow | BadRow> {
  for await (const batch of readRecordBatches(source, options)) yield* batch;
}

/**
 * {@link readRecords} a chunk at a time: the rows (good and bad, in input
 * order) that each decoded chunk of NDJSON or text completes, as one array;
 * CSV rows come one per array. The CLI reads through it so a chunk's rows
 * cost one `await` instead of one each.
 *
 * @example
 * ```ts no-run
 * // internal API: not exported from a package entry
 * for await (const rows of readRecordBatches(createReadStream('posts.ndjson'), options)) console.log(rows.length);
 * ```
 */
export async function* readRecordBatches(source: ChunkSource, options: ReadRecordsOptions): AsyncGenerator<(InputRow | BadRow)[]> {
  const { format, fields, timezone } = options;
  const lineOptions = {
    ...(options.encoding !== undefined ? { encoding: options.encoding } : {}),
    ...(options.counter ? { counter: options.counter } : {}),
  };
  if (format === 'csv') {
    let header: string[] | undefined;
    let index = new Map<string, number>();
    const csvOptions: ParseCsvOptions = {};
    for await (const rec of parseCsvLines(readLines(source, lineOptions), csvOptions)) {
      if (!header) {
        if (rec.error !== undefined) throw new InputError(`CSV header (line ${rec.line}) is malformed: ${rec.error}`);
        header = rec.fields.map((f) => f.trim());
        index = new Map(header.map((h, i) => [h, i]));
        if (!index.has(fields.text)) {
          throw new InputError(`CSV header has no "${fields.text}" column (columns: ${header.join(', ')})`);
        }
        // the lenient reader takes any count; the strict one makes a mismatch a bad row
        if (!options.lenient) csvOptions.expectedFields = header.length;
        continue;
      }
      if (rec.error !== undefined) {
        yield [{ line: rec.line, kind: rec.errorKind ?? 'csv', message: rec.error }];
        continue;
      }
      if (rec.fields.length !== header.length) {
        options.onWarning?.(rec.line, `${rec.fields.length} fields, the header has ${header.length}: read by position`);
      }
      const get = (name: string): unknown => {
        const i = index.get(name);
        return i === undefined ? undefined : rec.fields[i];
      };
      yield [toRow(rec.line, get, fields, timezone)];
    }
    return;
  }
  let obj: Record<string, unknown> = {};
  // Own properties only: a field named `constructor` or `__proto__` is just a field.
  const get = (f: string): unknown => (Object.prototype.hasOwnProperty.call(obj, f) ? obj[f] : undefined);
  for await (const lines of readLineBatches(source, lineOptions)) {
    const rows: (InputRow | BadRow)[] = [];
    for (const l of lines) {
      const { line, text } = l;
      if (l.tooLong) {
        rows.push({ line, kind: 'too-long', message: `line longer than ${MAX_RECORD_CHARS} characters` });
        continue;
      }
      if (text.trim() === '') continue;
      if (l.invalid) {
        rows.push({ line, kind: 'encoding', message: invalidMessage(l) });
        continue;
      }
      if (format === 'txt') {
        rows.push({ line, id: `line:${line}`, text });
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (e) {
        rows.push({ line, kind: 'json', message: `invalid JSON: ${(e as Error).message}` });
        continue;
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        rows.push({ line, kind: 'json', message: 'not a JSON object' });
        continue;
      }
      obj = value as Record<string, unknown>;
      rows.push(toRow(line, get, fields, timezone));
    }
    if (rows.length > 0) yield rows;
  }
}
