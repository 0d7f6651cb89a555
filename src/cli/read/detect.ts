/**
 * Input format detection: by file name, else from a buffered prefix that
 * reaches a real line end (never from whatever the first chunk held).
 */
import type { ChunkSource } from './decode';

/**
 * Input formats the CLI reads.
 *
 * @example
 * ```ts
 * const f: import('suara/node').InputFormat = 'ndjson';
 * ```
 */
export type InputFormat = 'csv' | 'ndjson' | 'txt';

/** Most bytes buffered while looking for the end of the first non-blank line. */
export const MAX_PREFIX_BYTES = 1024 * 1024;

function firstLine(head: string): { line: string; complete: boolean } {
  const t = head.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*(?:\r\n|\r|\n))+/, '');
  const m = /[\r\n]/.exec(t);
  return m ? { line: t.slice(0, m.index), complete: true } : { line: t, complete: false };
}

/**
 * Guesses the format from the file name, then from the first line:
 * `.csv` → csv, `.ndjson`/`.jsonl`/`.json` → ndjson, `.txt` → txt; otherwise
 * a first non-blank character `{` means ndjson, a first line with a comma
 * and the text field's name among its cells means csv, anything else txt.
 * `head` should reach the end of the first non-blank line (the CLI reads
 * such a prefix before deciding).
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
  const { line } = firstLine(head);
  const trimmed = line.trimStart();
  if (trimmed.startsWith('{')) return 'ndjson';
  if (trimmed.includes(',')) {
    const cells = trimmed.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
    if (cells.includes(textField)) return 'csv';
  }
  return 'txt';
}

/**
 * Reads chunks from `source` until the buffered text holds the end of the
 * first non-blank line (or {@link MAX_PREFIX_BYTES}, or the end), and
 * returns that prefix with a source that replays everything from the start.
 *
 * @example
 * ```ts
 * const { head, source } = await peekPrefix(['id,te', 'xt\n1,halo\n']);
 * head; // 'id,text\n1,halo\n'
 * ```
 */
export async function peekPrefix(source: ChunkSource): Promise<{ head: string; source: ChunkSource }> {
  const it = (async function* () {
    yield* source;
  })();
  const taken: (Uint8Array | string)[] = [];
  let bytes = 0;
  let head = '';
  for (;;) {
    const n = await it.next();
    if (n.done) break;
    taken.push(n.value);
    bytes += typeof n.value === 'string' ? n.value.length : n.value.byteLength;
    // latin1 keeps one char per byte, so a split UTF-8 character cannot hide a line break
    head = taken.map((c) => (typeof c === 'string' ? c : Buffer.from(c.buffer, c.byteOffset, c.byteLength).toString('latin1'))).join('');
    if (firstLine(head).complete || bytes >= MAX_PREFIX_BYTES) break;
  }
  const text = Buffer.from(head, 'latin1').toString('utf8');
  const replay = (async function* () {
    yield* taken;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  })();
  return { head: taken.every((c) => typeof c === 'string') ? head : text, source: replay };
}
