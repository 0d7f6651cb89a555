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
import { scan, type RawToken } from './scan';
import type { Span } from './types';

function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/** Is there a line break in `text[a, b)`? */
function hasBreak(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

function startsUpperOrDigit(text: string, t: RawToken | undefined): boolean {
  if (!t) return true;
  const c = text.charCodeAt(t.start);
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
  const toks = scan(text);
  const out: Span[] = [];
  let first = 0;
  const close = (lastIdx: number): void => {
    const a = toks[first]!.start;
    const b = toks[lastIdx]!.end;
    out.push({ text: text.slice(a, b), start: a, end: b });
    first = lastIdx + 1;
  };
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    const next = toks[k + 1];
    // line break between this token and the next ends the sentence
    if (next && hasBreak(text, t.end, next.start)) {
      close(k);
      continue;
    }
    if (t.type === 'abbreviation') {
      if (abbreviationCanEnd(text.slice(t.start, t.end)) && next && startsUpperOrDigit(text, next) && next.start > t.end) close(k);
      continue;
    }
    if (t.type !== 'punctuation' || !isTerminal(text.charCodeAt(t.start))) continue;
    // absorb the rest of a terminal run and closing quotes/brackets glued to it
    let j = k;
    let ellipsisOnly = text.charCodeAt(t.start) !== 33 && text.charCodeAt(t.start) !== 63;
    let dots = text.charCodeAt(t.start) === 46 ? 1 : 0;
    let quoted = false;
    while (j + 1 < toks.length) {
      const u = toks[j + 1]!;
      if (u.start !== toks[j]!.end || u.type !== 'punctuation') break;
      const c = text.charCodeAt(u.start);
      if (isTerminal(c)) {
        if (c === 33 || c === 63) ellipsisOnly = false;
        if (c === 46) dots++;
        j++;
      } else if (isCloser(c)) {
        quoted = true;
        j++;
      }
      else break;
    }
    const isEllipsis = ellipsisOnly && (dots >= 2 || text.charCodeAt(t.start) === 0x2026);
    const after = toks[j + 1];
    // '... lalu' and '"Kapan?" tanya warga' continue the sentence
    if ((isEllipsis || quoted) && after && !startsUpperOrDigit(text, after) && !hasBreak(text, toks[j]!.end, after.start)) {
      k = j;
      continue;
    }
    close(j);
    k = j;
  }
  if (first < toks.length) close(toks.length - 1);
  return out;
}
