/**
 * Sentence splitting over the scanner's tokens, so abbreviations (`Pj.`,
 * `S.Sos.`), decimals (`Rp2,5`) and times (`14.30`) never end a sentence:
 * they are single tokens. A sentence ends after a run of `.` `!` `?` `…`
 * (plus closing quotes/brackets), at a line break, or after `dll.`-style
 * abbreviations when the next word is capitalised. An ellipsis, or a closing
 * quote after `?`/`!`, followed by a lowercase word does not end the sentence
 * (`"Kapan?" tanya warga`).
 */
import { assertString } from '../errors';
import { abbreviationCanEnd } from './abbreviations';
import { scanArrays } from './scan';
import type { Span } from './types';
import { codeAt } from './chars';

// scanner type codes (see TYPE_NAMES in scan.ts)
const PUNCTUATION = 8;
const ABBREVIATION = 13;

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** Is there a line break in `text[a, b)`? */
function hasBreak(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = codeAt(text, i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

/** Does the token at `k` (or the end of text, `k === count`) start with something other than a lowercase ASCII letter? */
function startsUpperOrDigit(text: string, starts: Int32Array, count: number, k: number): boolean {
  if (k >= count) return true;
  const c = codeAt(text, starts[k]!);
  if (c >= 97 && c <= 122) return false;
  return true;
}

/**
 * Splits `text` into sentence spans with exact offsets (whitespace between
 * sentences belongs to none).
 *
 * @example
 * ```ts
 * import { splitSentences } from 'suara';
 * splitSentences('Pj. Wali Kota meninjau Jl. Merdeka. Warga senang!').map((s) => s.text);
 * // ['Pj. Wali Kota meninjau Jl. Merdeka.', 'Warga senang!']
 * ```
 */
export function splitSentences(text: string): Span[] {
  assertString(text, 'text');
  const r = scanArrays(text);
  return sentenceSpans(text, r.types, r.starts, r.ends, r.count);
}

/**
 * Sentence spans over an existing scan (the scanner's type codes, starts and
 * ends), so `analyze()` splits sentences from the tape it already has.
 *
 * @example
 * ```ts
 * const text = 'Jalan rusak. Tolong!';
 * // what the scanner writes: type codes (0 word, 8 punctuation), starts, ends
 * const kinds = Uint8Array.of(0, 0, 8, 0, 8);
 * const starts = Int32Array.of(0, 6, 11, 13, 19);
 * const ends = Int32Array.of(5, 11, 12, 19, 20);
 * sentenceSpans(text, kinds, starts, ends, 5).map((s) => s.text); // ['Jalan rusak.', 'Tolong!']
 * ```
 */
export function sentenceSpans(text: string, kinds: Uint8Array, starts: Int32Array, ends: Int32Array, count: number): Span[] {
  const out: Span[] = [];
  let first = 0;
  const close = (lastIdx: number): void => {
    const a = starts[first]!;
    const b = ends[lastIdx]!;
    out.push({ text: text.slice(a, b), start: a, end: b });
    first = lastIdx + 1;
  };
  for (let k = 0; k < count; k++) {
    const kind = kinds[k]!;
    // line break between this token and the next ends the sentence
    if (k + 1 < count && hasBreak(text, ends[k]!, starts[k + 1]!)) {
      close(k);
      continue;
    }
    if (kind === ABBREVIATION) {
      if (k + 1 < count && abbreviationCanEnd(text.slice(starts[k]!, ends[k]!)) && startsUpperOrDigit(text, starts, count, k + 1) && starts[k + 1]! > ends[k]!) close(k);
      continue;
    }
    const c0 = codeAt(text, starts[k]!);
    if (kind !== PUNCTUATION || !isTerminal(c0)) continue;
    // absorb the rest of a terminal run and closing quotes/brackets glued to it
    // (a token is a run of one repeated character: '...' is one token of three dots)
    let j = k;
    let ellipsisOnly = c0 !== 33 && c0 !== 63;
    let dots = c0 === 46 ? ends[k]! - starts[k]! : 0;
    let quoted = false;
    while (j + 1 < count) {
      if (starts[j + 1] !== ends[j] || kinds[j + 1] !== PUNCTUATION) break;
      const c = codeAt(text, starts[j + 1]!);
      if (isTerminal(c)) {
        if (c === 33 || c === 63) ellipsisOnly = false;
        if (c === 46) dots += ends[j + 1]! - starts[j + 1]!;
        j++;
      } else if (isCloser(c)) {
        quoted = true;
        j++;
      } else break;
    }
    const isEllipsis = ellipsisOnly && (dots >= 2 || c0 === 0x2026);
    // '... lalu' and '"Kapan?" tanya warga' continue the sentence
    if ((isEllipsis || quoted) && j + 1 < count && !startsUpperOrDigit(text, starts, count, j + 1) && !hasBreak(text, ends[j]!, starts[j + 1]!)) {
      k = j;
      continue;
    }
    close(j);
    k = j;
  }
  if (first < count) close(count - 1);
  return out;
}
