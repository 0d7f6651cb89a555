/**
 * Bytes → text for the CLI readers: UTF-8 (validated, never silently
 * replaced), or a single-byte encoding (`latin1`, `windows-1252`) for old
 * spreadsheet exports (no dependency: single-byte tables). Streaming: a multi-byte character split across two
 * chunks decodes the same as in one chunk.
 */
import { isUtf8 } from 'node:buffer';
import { codeAt } from '../../text/chars';

/**
 * Encodings `--encoding` accepts.
 *
 * @example
 * ```ts
 * const e: import('suara/node').InputEncoding = 'windows-1252';
 * ```
 */
export type InputEncoding = 'utf8' | 'latin1' | 'windows-1252';

/** Encodings in the order the usage text lists them. */
export const INPUT_ENCODINGS: readonly InputEncoding[] = ['utf8', 'latin1', 'windows-1252'];

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

/** An invalid byte sequence: where it is in the decoded chunk and in the input. */
export interface InvalidByte {
  /** Index in the chunk's `text` of the U+FFFD that replaced it. */
  index: number;
  /** 0-based byte offset in the whole input. */
  offset: number;
  /** The first byte of the invalid sequence. */
  byte: number;
}

/** Decoded text plus the invalid sequences in it (sorted by index), if any. */
export interface DecodedChunk {
  /** The text. */
  text: string;
  /** Invalid UTF-8 sequences, each replaced by one U+FFFD in `text`. */
  invalid?: InvalidByte[];
}

/**
 * windows-1252's 0x80–0x9F (where it differs from ISO-8859-1). Node's
 * `TextDecoder('windows-1252')` decodes these as C1 controls on some builds,
 * so the table is written out (5 bytes are undefined and stay C1 controls).
 */
const CP1252_HIGH = '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

function decodeCp1252(b: Buffer): string {
  const s = b.toString('latin1');
  // only chunks with a byte in 0x80–0x9F need the table (a regex test is a native scan)
  return /[\u0080-\u009f]/.test(s) ? s.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[codeAt(c, 0) - 0x80]!) : s;
}

/** Length of the UTF-8 sequence a lead byte starts, 0 for a byte that cannot lead. */
function seqLength(b: number): number {
  if (b < 0x80) return 1;
  if (b >= 0xc2 && b <= 0xdf) return 2;
  if (b >= 0xe0 && b <= 0xef) return 3;
  if (b >= 0xf0 && b <= 0xf4) return 4;
  return 0;
}

/**
 * Where the last complete character ends: the trailing bytes of an
 * incomplete (so far valid-looking) sequence are held back for the next chunk.
 */
function completeEnd(buf: Uint8Array): number {
  const n = buf.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = buf[n - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const len = seqLength(b);
    return len > back ? n - back : n;
  }
  return n;
}

/**
 * Decodes `buf` (known to contain invalid UTF-8) per the WHATWG rule: each
 * maximal invalid subpart becomes one U+FFFD, and is recorded.
 */
function decodeInvalid(buf: Uint8Array, base: number): DecodedChunk {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const parts: string[] = [];
  const invalid: InvalidByte[] = [];
  let length = 0;
  let run = 0;
  let i = 0;
  const n = b.length;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    const len = seqLength(c);
    let ok = len > 0;
    let k = 1;
    if (ok) {
      const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
      const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
      for (; k < len; k++) {
        const d = b[i + k];
        if (d === undefined || d < (k === 1 ? lo : 0x80) || d > (k === 1 ? hi : 0xbf)) {
          ok = false;
          break;
        }
      }
    }
    if (ok) {
      i += len;
      continue;
    }
    const piece = b.toString('utf8', run, i);
    parts.push(piece, '\uFFFD');
    length += piece.length;
    invalid.push({ index: length, offset: base + i, byte: c });
    length++;
    i += Math.max(1, k);
    run = i;
  }
  parts.push(b.toString('utf8', run, n));
  return { text: parts.join(''), invalid };
}

/**
 * Decodes a chunk stream. UTF-8 input is checked chunk by chunk with the
 * native `isUtf8` (the fast path); a chunk with invalid bytes is decoded
 * byte by byte and each invalid sequence is reported with its byte offset.
 * A leading byte-order mark is dropped. String chunks pass through.
 */
export async function* decodeChunks(
  source: ChunkSource,
  options: { encoding?: InputEncoding; counter?: ByteCounter } = {},
): AsyncGenerator<DecodedChunk> {
  const encoding = options.encoding ?? 'utf8';
  const counter = options.counter;
  let held: Uint8Array | undefined; // incomplete UTF-8 sequence from the previous chunk
  let offset = 0; // byte offset of the next chunk's first byte
  let first = true;
  const emit = (c: DecodedChunk): DecodedChunk | undefined => {
    if (first && c.text.length > 0) {
      first = false;
      if (codeAt(c.text, 0) === 0xfeff) {
        c.text = c.text.slice(1);
        if (c.invalid) for (const x of c.invalid) x.index--;
      }
    }
    return c.text.length > 0 ? c : undefined;
  };
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      if (counter) counter.bytes += Buffer.byteLength(chunk);
      const c = emit({ text: chunk });
      if (c) yield c;
      continue;
    }
    if (counter) counter.bytes += chunk.byteLength;
    if (encoding !== 'utf8') {
      const b = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const c = emit({ text: encoding === 'windows-1252' ? decodeCp1252(b) : b.toString('latin1') });
      offset += chunk.byteLength;
      if (c) yield c;
      continue;
    }
    let buf: Uint8Array = chunk;
    let base = offset;
    if (held) {
      buf = Buffer.concat([held, chunk]);
      base -= held.length;
      held = undefined;
    }
    offset += chunk.byteLength;
    const end = completeEnd(buf);
    if (end < buf.length) held = buf.slice(end);
    const body = buf.subarray(0, end);
    const c = emit(
      isUtf8(body) ? { text: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') } : decodeInvalid(body, base),
    );
    if (c) yield c;
  }
  if (held) {
    const c = emit(decodeInvalid(held, offset - held.length));
    if (c) yield c;
  }
}
