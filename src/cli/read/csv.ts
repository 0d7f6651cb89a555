/**
 * Streaming RFC 4180 CSV over physical lines (see `lines.ts`).
 *
 * A quoted field may span lines; when such a record turns out malformed —
 * the quote never closes, text follows the closing quote, or the field count
 * differs from the header — the quote was most likely unbalanced. Then only
 * the line where the quote opened is reported bad, and the lines it
 * swallowed are read again as records of their own: an unbalanced quote
 * costs the row it is in, not the rest of the file.
 */
import type { ByteCounter, ChunkSource, InputEncoding } from './decode';
import { MAX_RECORD_CHARS, readLines, type Line } from './lines';
import { codeAt } from '../../text/chars';

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
  /** Why it was malformed, for the bad-row summary. */
  errorKind?: 'csv' | 'too-long' | 'encoding' | 'columns';
}

/**
 * Options of {@link parseCsv}.
 *
 * @example
 * ```ts
 * const o: import('suara/node').ParseCsvOptions = { encoding: 'windows-1252' };
 * ```
 */
export interface ParseCsvOptions {
  /** Input encoding. Default `utf8`. */
  encoding?: InputEncoding;
  /** Counts bytes read. */
  counter?: ByteCounter;
  /**
   * Field count every record after the first must have (read when each
   * record ends, so a caller may set it after seeing the header). A record
   * with another count gets `errorKind: 'columns'`.
   */
  expectedFields?: number;
}

const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
const QUOTE_IN_QUOTED = 3; // saw `"` inside a quoted field: an escaped quote or the closing one

/** State of one record being assembled from lines. */
interface RecordState {
  state: number;
  fields: string[];
  field: string;
  size: number;
  error: string | undefined;
  /** Where the current quoted field opened. */
  quoteLine: number;
  quoteColumn: number;
}

function fresh(): RecordState {
  return { state: FIELD_START, fields: [], field: '', size: 0, error: undefined, quoteLine: 0, quoteColumn: 0 };
}

/**
 * Feeds one line into the record: a character scan, slices between
 * separators (no regex, no per-character string building). Returns true when
 * the record ended with this line, false when a quoted field goes on.
 */
function feed(r: RecordState, l: Line): boolean {
  const s = l.text;
  let start = 0;
  // state at the start of a continuation line is QUOTED (or QUOTE_IN_QUOTED never: a line break closes that)
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    if (r.state === QUOTED) {
      if (c === 34) {
        r.field += s.slice(start, i);
        r.state = QUOTE_IN_QUOTED;
      }
      continue;
    }
    if (r.state === QUOTE_IN_QUOTED) {
      if (c === 34) {
        r.field += '"';
        r.state = QUOTED;
        start = i + 1;
        continue;
      }
      if (c !== 44) {
        r.error ??= `text after a closing quote in field ${r.fields.length + 1}`;
        r.state = UNQUOTED;
        start = i;
        continue;
      }
    }
    if (c === 44) {
      if (r.state === UNQUOTED) r.field += s.slice(start, i);
      r.fields.push(r.field);
      r.field = '';
      r.state = FIELD_START;
    } else if (r.state === FIELD_START) {
      if (c === 34) {
        r.state = QUOTED;
        r.quoteLine = l.line;
        r.quoteColumn = i + 1;
        start = i + 1;
      } else {
        r.state = UNQUOTED;
        start = i;
      }
    } else if (c === 34) {
      r.error ??= `stray quote in field ${r.fields.length + 1}`;
    }
  }
  if (r.state === QUOTED) {
    // the line break is part of the field, as written
    r.field += s.slice(start) + (l.eol === undefined ? '\n' : l.eol);
    return false;
  }
  if (r.state === UNQUOTED) r.field += s.slice(start);
  r.fields.push(r.field);
  r.field = '';
  r.state = FIELD_START;
  return true;
}

/**
 * Parses CSV records from lines. Blank lines between records are skipped.
 *
 * @example
 * ```ts
 * import { readLines } from 'suara/node';
 * const records = [];
 * for await (const r of parseCsvLines(readLines(['a,b\n1,2\n']))) records.push(r.fields);
 * records; // [['a', 'b'], ['1', '2']]
 * ```
 */
export async function* parseCsvLines(lines: AsyncIterable<Line>, options: ParseCsvOptions = {}): AsyncGenerator<CsvRecord> {
  const it = lines[Symbol.asyncIterator]();
  const queue: Line[] = []; // lines to read again after an unbalanced quote
  let first = true;
  const next = async (): Promise<Line | undefined> => {
    if (queue.length > 0) return queue.shift();
    const n = await it.next();
    return n.done ? undefined : n.value;
  };
  for (;;) {
    const head = await next();
    if (head === undefined) return;
    if (head.tooLong) {
      yield { line: head.line, fields: [], error: `record longer than ${MAX_RECORD_CHARS} characters`, errorKind: 'too-long' };
      continue;
    }
    if (head.text === '' ) continue; // blank line between records
    const r = fresh();
    const taken: Line[] = [head];
    let invalid = head.invalid;
    // every character counts toward the limit, separators and empty fields included
    r.size = head.text.length + 1;
    let done = feed(r, head);
    let tooLong = false;
    let eof = false;
    while (!done) {
      const l = await next();
      if (l === undefined) {
        eof = true;
        break;
      }
      taken.push(l);
      r.size += l.text.length + 1;
      if (l.tooLong || r.size > MAX_RECORD_CHARS) {
        tooLong = true;
        break;
      }
      invalid ??= l.invalid;
      done = feed(r, l);
    }
    const expected = first ? undefined : options.expectedFields;
    const badCount = done && expected !== undefined && r.fields.length !== expected;
    const malformed = !done || r.error !== undefined || badCount;
    if (malformed && taken.length > 1) {
      // A quoted field ran over line ends and the record came out wrong: the quote was unbalanced.
      queue.unshift(...taken.slice(1));
      const where = `line ${r.quoteLine}, column ${r.quoteColumn}`;
      const why = eof
        ? 'never closes'
        : tooLong
          ? `runs past ${MAX_RECORD_CHARS} characters`
          : `swallows the next ${taken.length - 1} line(s)${r.error !== undefined ? ` (${r.error})` : badCount ? ` (${r.fields.length} fields, header has ${expected})` : ''}`;
      first = false;
      yield { line: head.line, fields: [], error: `unbalanced quote: the quote opened at ${where} ${why}; the following lines are read again`, errorKind: 'csv' };
      continue;
    }
    const rec: CsvRecord = { line: head.line, fields: r.fields };
    if (!done) {
      rec.error = `unterminated quoted field (the quote opened at line ${r.quoteLine}, column ${r.quoteColumn})`;
      rec.errorKind = 'csv';
    } else if (r.error !== undefined) {
      rec.error = r.error;
      rec.errorKind = 'csv';
    } else if (invalid) {
      rec.error = `invalid UTF-8 byte 0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${invalid.offset} (try --encoding windows-1252 or latin1)`;
      rec.errorKind = 'encoding';
    } else if (badCount) {
      rec.error = `${r.fields.length} fields, the header has ${expected}`;
      rec.errorKind = 'columns';
    }
    first = false;
    yield rec;
  }
}

/**
 * Streaming RFC 4180 CSV parser: comma-separated, fields optionally in
 * double quotes, `""` is a quote inside a quoted field, quoted fields may
 * contain commas and line breaks (kept as written); `\r\n`, `\n` or `\r`
 * ends a record. Records longer than {@link MAX_RECORD_CHARS} (every
 * character counted) are reported with `error` and skipped; an unbalanced
 * quote costs only the record where it opened.
 *
 * @example
 * ```ts
 * import { parseCsv } from 'suara/node';
 * for await (const r of parseCsv(['id,text\n1,"halo, ', 'dunia"\n'])) console.log(r.fields);
 * // ['id', 'text'], ['1', 'halo, dunia']
 * ```
 */
export function parseCsv(source: ChunkSource, options?: ParseCsvOptions | ByteCounter): AsyncGenerator<CsvRecord> {
  const o: ParseCsvOptions = options && 'bytes' in options ? { counter: options } : (options ?? {});
  const lineOptions = { ...(o.encoding !== undefined ? { encoding: o.encoding } : {}), ...(o.counter ? { counter: o.counter } : {}) };
  return parseCsvLines(readLines(source, lineOptions), o);
}
