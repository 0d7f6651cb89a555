/**
 * Streaming readers for the CLI: lines, CSV records and input rows.
 *
 * Everything here pulls chunks from an `AsyncIterable` (a Node `Readable`
 * is one) and yields as it goes, so memory stays bounded by the longest
 * record, never by the file. Back-pressure is free: the source is only read
 * when the consumer asks for the next row.
 */
import { StringDecoder } from 'node:string_decoder';
import { parseDate, type TimeZoneName } from '../aggregate/buckets';

/**
 * Input formats the CLI reads.
 *
 * @example
 * ```ts
 * const f: import('suara/node').InputFormat = 'ndjson';
 * ```
 */
export type InputFormat = 'csv' | 'ndjson' | 'txt';

/**
 * Longest line or CSV record accepted (in UTF-16 code units); longer ones are reported as bad rows.
 *
 * @example
 * ```ts
 * MAX_RECORD_CHARS; // 16777216
 * ```
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/**
 * Counts bytes as they pass, for progress reporting.
 *
 * @example
 * ```ts
 * const counter: import('suara/node').ByteCounter = { bytes: 0 };
 * ```
 */
export interface ByteCounter {
  /** Bytes read so far. */
  bytes: number;
}

/**
 * A chunk source: a Node `Readable`, or any (async) iterable of bytes or strings.
 *
 * @example
 * ```ts
 * const src: import('suara/node').ChunkSource = ['{"text": "halo"}\n'];
 * ```
 */
export type ChunkSource = AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;

async function* decode(source: ChunkSource, counter?: ByteCounter): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8'); // keeps multi-byte characters split across chunks intact
  let first = true;
  for await (const chunk of source) {
    let s: string;
    if (typeof chunk === 'string') {
      if (counter) counter.bytes += Buffer.byteLength(chunk);
      s = chunk;
    } else {
      if (counter) counter.bytes += chunk.byteLength;
      s = decoder.write(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    }
    if (first && s.length > 0) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1); // byte-order mark
      first = false;
    }
    if (s.length > 0) yield s;
  }
  const rest = decoder.end();
  if (rest.length > 0) yield rest;
}

/**
 * One physical line (without its `\n` or `\r\n`) and its 1-based number.
 * `tooLong` is set (and `text` emptied) when the line exceeded {@link MAX_RECORD_CHARS}.
 *
 * @example
 * ```ts
 * const l: import('suara/node').Line = { line: 3, text: 'halo' };
 * ```
 */
export interface Line {
  /** 1-based line number. */
  line: number;
  /** The line's text. */
  text: string;
  /** The line was longer than the limit and was skipped. */
  tooLong?: boolean;
}

/**
 * Splits a byte or string stream into lines, streaming. Handles `\n` and
 * `\r\n`, a leading byte-order mark, UTF-8 characters split across chunks,
 * and a last line without a newline.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { readLines } from 'suara/node';
 * for await (const { line, text } of readLines(createReadStream('posts.ndjson'))) console.log(line, text.length);
 * ```
 */
export async function* readLines(source: ChunkSource, counter?: ByteCounter): AsyncGenerator<Line> {
  let carry = '';
  let tooLong = false;
  let n = 0;
  for await (const s of decode(source, counter)) {
    let from = 0;
    for (;;) {
      const nl = s.indexOf('\n', from);
      if (nl === -1) {
        if (!tooLong) {
          carry += s.slice(from);
          if (carry.length > MAX_RECORD_CHARS) {
            tooLong = true;
            carry = '';
          }
        }
        break;
      }
      n++;
      let text = tooLong ? '' : carry + s.slice(from, nl);
      if (text.charCodeAt(text.length - 1) === 13) text = text.slice(0, -1);
      if (tooLong || text.length > MAX_RECORD_CHARS) yield { line: n, text: '', tooLong: true };
      else yield { line: n, text };
      carry = '';
      tooLong = false;
      from = nl + 1;
    }
  }
  if (carry.length > 0 || tooLong) {
    n++;
    if (carry.charCodeAt(carry.length - 1) === 13) carry = carry.slice(0, -1);
    yield tooLong ? { line: n, text: '', tooLong: true } : { line: n, text: carry };
  }
}

/**
 * One CSV record: its fields and the physical line it started on.
 *
 * @example
 * ```ts
 * const r: import('suara/node').CsvRecord = { line: 2, fields: ['p1', 'halo, dunia'] };
 * ```
 */
export interface CsvRecord {
  /** 1-based line number where the record starts. */
  line: number;
  /** Field values, unquoted. */
  fields: string[];
  /** Set when the record was malformed (e.g. text after a closing quote, or too long). */
  error?: string;
}

/**
 * Streaming RFC 4180 CSV parser: comma-separated, fields optionally in
 * double quotes, `""` is a quote inside a quoted field, quoted fields may
 * contain commas and newlines; `\r\n` or `\n` ends a record. A character
 * scan over each chunk (no regex per field). Records longer than
 * {@link MAX_RECORD_CHARS} are reported with `error` and skipped.
 *
 * @example
 * ```ts
 * import { parseCsv } from 'suara/node';
 * for await (const r of parseCsv(['id,text\n1,"halo, ', 'dunia"\n'])) console.log(r.fields);
 * // ['id', 'text'], ['1', 'halo, dunia']
 * ```
 */
export async function* parseCsv(source: ChunkSource, counter?: ByteCounter): AsyncGenerator<CsvRecord> {
  // States of a small character-level machine; state survives chunk boundaries,
  // so `""` or `\r\n` split across two chunks parse the same as in one.
  const FIELD_START = 0;
  const UNQUOTED = 1;
  const QUOTED = 2;
  const QUOTE_IN_QUOTED = 3; // saw `"` inside a quoted field: escaped quote or the closing one
  let state = FIELD_START;
  let fields: string[] = [];
  let field = '';
  let size = 0;
  let overflow = false;
  let line = 1;
  let recordLine = 1;
  let error: string | undefined;
  let skipLF = false;

  const finish = (): CsvRecord | undefined => {
    fields.push(field);
    const rec: CsvRecord = { line: recordLine, fields };
    if (error !== undefined) rec.error = error;
    const blank = fields.length === 1 && field === '' && error === undefined;
    fields = [];
    field = '';
    size = 0;
    overflow = false;
    error = undefined;
    state = FIELD_START;
    return blank ? undefined : rec;
  };
  const append = (text: string): void => {
    if (overflow) return;
    size += text.length;
    if (size > MAX_RECORD_CHARS) {
      overflow = true;
      error ??= 'record too long';
      fields = [];
      field = '';
      return;
    }
    field += text;
  };
  const endField = (): void => {
    if (!overflow) fields.push(field);
    field = '';
    state = FIELD_START;
  };

  for await (const s of decode(source, counter)) {
    let start = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (skipLF) {
        skipLF = false;
        if (c === 10) {
          start = i + 1;
          continue;
        }
      }
      if (state === QUOTED) {
        if (c === 34) {
          append(s.slice(start, i));
          state = QUOTE_IN_QUOTED;
        } else if (c === 10) line++;
        continue;
      }
      if (state === QUOTE_IN_QUOTED) {
        if (c === 34) {
          append('"');
          state = QUOTED;
          start = i + 1;
          continue;
        }
        if (c !== 44 && c !== 10 && c !== 13) {
          error ??= `text after a closing quote in field ${fields.length + 1}`;
          state = UNQUOTED;
          start = i;
          continue;
        }
        // a comma or newline after the closing quote: handled below like any separator
      }
      if (c === 44) {
        if (state === UNQUOTED) append(s.slice(start, i));
        endField();
      } else if (c === 10 || c === 13) {
        if (state === UNQUOTED) append(s.slice(start, i));
        const rec = finish();
        if (rec) yield rec;
        line++;
        recordLine = line;
        if (c === 13) skipLF = true;
      } else if (state === FIELD_START) {
        if (c === 34) {
          state = QUOTED;
          start = i + 1;
        } else {
          state = UNQUOTED;
          start = i;
        }
      } else if (c === 34) {
        error ??= `stray quote in field ${fields.length + 1}`;
      }
    }
    if (state === UNQUOTED || state === QUOTED) append(s.slice(start));
  }
  if (state === QUOTED) error ??= 'unterminated quoted field';
  if (state !== FIELD_START || fields.length > 0 || error !== undefined) {
    const rec = finish();
    if (rec) yield rec;
  }
}

/**
 * Guesses the format from the file name, then from the first bytes:
 * `.csv` → csv, `.ndjson`/`.jsonl`/`.json` → ndjson, `.txt` → txt; otherwise
 * a first non-blank character `{` means ndjson, a first line with a comma
 * and the text field's name among its cells means csv, anything else txt.
 *
 * @example
 * ```ts
 * import { detectFormat } from 'suara/node';
 * detectFormat('export.jsonl', ''); // 'ndjson'
 * detectFormat('-', 'id,text,date\n1,halo,2024-03-05\n'); // 'csv'
 * ```
 */
export function detectFormat(path: string, head: string, textField = 'text'): InputFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl') || lower.endsWith('.json')) return 'ndjson';
  if (lower.endsWith('.txt')) return 'txt';
  const trimmed = head.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) return 'ndjson';
  const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
  if (firstLine.includes(',')) {
    const cells = firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.includes(textField)) return 'csv';
  }
  return 'txt';
}

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
 * Why a row was rejected.
 *
 * @example
 * ```ts
 * const k: import('suara/node').BadRowKind = 'date';
 * ```
 */
export type BadRowKind = 'json' | 'text' | 'date' | 'csv' | 'too-long' | 'analyze';

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

function toRow(
  line: number,
  get: (field: string) => unknown,
  fields: FieldNames,
  timezone: TimeZoneName,
): InputRow | BadRow {
  const text = get(fields.text);
  if (typeof text !== 'string') {
    return { line, kind: 'text', message: `missing or non-string "${fields.text}" field` };
  }
  const row: InputRow = { line, id: scalar(get(fields.id)) || `line:${line}`, text };
  const rawDate = get(fields.date);
  if (rawDate !== undefined && rawDate !== null && rawDate !== '') {
    const t = typeof rawDate === 'string' || typeof rawDate === 'number' ? parseDate(rawDate, timezone) : undefined;
    if (t === undefined) {
      return { line, kind: 'date', message: `unparsable "${fields.date}": ${JSON.stringify(rawDate).slice(0, 60)}` };
    }
    row.date = t;
  }
  const source = scalar(get(fields.source));
  if (source !== undefined && source !== '') row.source = source;
  return row;
}

/**
 * Reads input rows of any size as a stream: NDJSON (one JSON object per
 * line), CSV (header row, then records) or plain text (one document per
 * non-blank line). Yields good rows and bad rows, in input order; never
 * throws for a bad row. Throws {@link InputError} when a CSV header lacks
 * the text column.
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
  const { format, fields, timezone, counter } = options;
  if (format === 'csv') {
    let header: string[] | undefined;
    let index = new Map<string, number>();
    for await (const rec of parseCsv(source, counter)) {
      if (!header) {
        header = rec.fields.map((f) => f.trim());
        index = new Map(header.map((h, i) => [h, i]));
        if (!index.has(fields.text)) {
          throw new InputError(`CSV header has no "${fields.text}" column (columns: ${header.join(', ')})`);
        }
        continue;
      }
      if (rec.error !== undefined) {
        yield { line: rec.line, kind: rec.error === 'record too long' ? 'too-long' : 'csv', message: rec.error };
        continue;
      }
      const get = (name: string): unknown => {
        const i = index.get(name);
        return i === undefined ? undefined : rec.fields[i];
      };
      yield toRow(rec.line, get, fields, timezone);
    }
    return;
  }
  for await (const { line, text, tooLong } of readLines(source, counter)) {
    if (tooLong) {
      yield { line, kind: 'too-long', message: `line longer than ${MAX_RECORD_CHARS} characters` };
      continue;
    }
    if (format === 'txt') {
      if (text.trim() === '') continue;
      yield { line, id: `line:${line}`, text };
      continue;
    }
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      yield { line, kind: 'json', message: `invalid JSON: ${(e as Error).message}` };
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { line, kind: 'json', message: 'not a JSON object' };
      continue;
    }
    const obj = value as Record<string, unknown>;
    // Own properties only: a field named `constructor` or `__proto__` is just a field.
    yield toRow(line, (f) => (Object.prototype.hasOwnProperty.call(obj, f) ? obj[f] : undefined), fields, timezone);
  }
}
