/**
 * Physical lines from a decoded stream. `\n`, `\r\n` and a lone `\r` all
 * end a line — the same for every format, so NDJSON, CSV and text readers
 * agree on what a line is — and each line remembers the break that ended
 * it, so a quoted CSV field keeps its original line breaks.
 */
import { decodeChunks, type ByteCounter, type ChunkSource, type InputEncoding } from './decode';
import { codeAt } from '../../text/chars';

/**
 * Longest line or CSV record accepted (in UTF-16 code units, every
 * character counted: punctuation, separators, empty fields); longer ones are
 * reported as bad rows.
 *
 * @example
 * ```ts
 * MAX_RECORD_CHARS; // 16777216
 * ```
 */
export const MAX_RECORD_CHARS = 16 * 1024 * 1024;

/**
 * One physical line (without its line break) and its 1-based number.
 * `tooLong` is set (and `text` emptied) when the line exceeded
 * {@link MAX_RECORD_CHARS}; `invalid` when it held bytes that are not UTF-8.
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
  /** The first invalid UTF-8 sequence in the line: byte offset in the input and the byte. */
  invalid?: {
    /** 0-based byte offset in the input. */
    offset: number;
    /** The first byte of the invalid sequence. */
    byte: number;
  };
  /** The break that ended the line: `\n`, `\r\n`, `\r`, or `''` for the last line. Omitted for `\n`. */
  eol?: '\r\n' | '\r' | '';
}

/**
 * Options of {@link readLines}.
 *
 * @example
 * ```ts
 * const o: import('suara/node').ReadLinesOptions = { encoding: 'latin1' };
 * ```
 */
export interface ReadLinesOptions {
  /** Input encoding. Default `utf8`. */
  encoding?: InputEncoding;
  /** Counts bytes read. */
  counter?: ByteCounter;
}

/**
 * Splits a byte or string stream into lines, streaming. Handles `\n`,
 * `\r\n` and `\r`, a leading byte-order mark, UTF-8 characters split across
 * chunks, and a last line without a newline. Invalid UTF-8 is flagged on the
 * line (`invalid`), never silently replaced.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { readLines } from 'suara/node';
 * for await (const { line, text } of readLines(createReadStream('posts.ndjson'))) console.log(line, text.length);
 * ```
 */
export async function* readLines(source: ChunkSource, options?: ReadLinesOptions | ByteCounter): AsyncGenerator<Line> {
  for await (const batch of readLineBatches(source, options)) yield* batch;
}

/**
 * {@link readLines} a decoded chunk at a time: the lines each chunk completes,
 * as one array (possibly empty), in order. The CLI's readers use it so that a
 * chunk's hundreds of lines cost one `await`, not one each.
 *
 * @example
 * ```ts no-run
 * // internal API: not exported from a package entry
 * for await (const lines of readLineBatches(createReadStream('posts.ndjson'))) console.log(lines.length);
 * ```
 */
export async function* readLineBatches(source: ChunkSource, options?: ReadLinesOptions | ByteCounter): AsyncGenerator<Line[]> {
  const o: ReadLinesOptions = options && 'bytes' in options ? { counter: options } : (options ?? {});
  let carry = '';
  let carryInvalid: Line['invalid'];
  let tooLong = false;
  let n = 0;
  const make = (text: string, eol: '\n' | '\r\n' | '\r' | '', invalid: Line['invalid']): Line => {
    n++;
    const l: Line = tooLong ? { line: n, text: '', tooLong: true } : { line: n, text };
    if (invalid && !tooLong) l.invalid = invalid;
    if (eol !== '\n') l.eol = eol;
    return l;
  };
  let pending: Line | undefined; // a line that ended in `\r` at a chunk's end: is the next byte `\n`?
  for await (const chunk of decodeChunks(source, o)) {
    const s = chunk.text;
    const invalid = chunk.invalid;
    const out: Line[] = [];
    let inv = 0; // next invalid index to look at
    let from = 0;
    if (pending) {
      if (codeAt(s, 0) === 10) {
        pending.eol = '\r\n';
        from = 1;
      }
      out.push(pending);
      pending = undefined;
    }
    // `\n` and `\r` positions, found with indexOf (native) rather than a per-character loop
    let lf = s.indexOf('\n', from);
    let cr = s.indexOf('\r', from);
    for (;;) {
      if (lf !== -1 && lf < from) lf = s.indexOf('\n', from);
      if (cr !== -1 && cr < from) cr = s.indexOf('\r', from);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      let bad = carryInvalid;
      while (invalid && inv < invalid.length && invalid[inv]!.index < (end === -1 ? s.length : end)) {
        const x = invalid[inv++]!;
        if (x.index >= from) bad ??= { offset: x.offset, byte: x.byte };
      }
      if (end === -1) {
        if (!tooLong) {
          carry += s.slice(from);
          if (carry.length > MAX_RECORD_CHARS) {
            tooLong = true;
            carry = '';
          }
        }
        carryInvalid = bad;
        break;
      }
      let eol: '\n' | '\r\n' | '\r' = '\n';
      let next = end + 1;
      if (end === cr) {
        if (codeAt(s, end + 1) === 10) {
          eol = '\r\n';
          next = end + 2;
        } else eol = '\r';
      }
      const text = tooLong ? '' : carry + s.slice(from, end);
      if (text.length > MAX_RECORD_CHARS) tooLong = true;
      const l = make(text, eol, bad);
      carry = '';
      carryInvalid = undefined;
      tooLong = false;
      from = next;
      if (eol === '\r' && next === s.length) {
        pending = l; // decided when the next chunk arrives
        break;
      }
      out.push(l);
    }
    yield out;
  }
  const last: Line[] = [];
  if (pending) last.push(pending);
  if (carry.length > 0 || tooLong || carryInvalid) last.push(make(carry, '', carryInvalid));
  if (last.length > 0) yield last;
}
