/**
 * ASCII emoticons, matched longest-first at a position. The table is small
 * and fixed, so matching is a handful of char comparisons.
 */
import { codeAt, isAsciiLetter, isDigit } from './chars';

// Longest first within each starting character.
const EMOTICONS: readonly string[] = [
  ":'-(", ":'-)", ":'(", ":')", ':-)', ':-(', ':-D', ':-P', ':-p', ':-/', ':-O', ':-o', ':-*', ':-|',
  ':)', ':(', ':D', ':P', ':p', ':/', ':O', ':o', ':*', ':|', ':v', ':V', ':3', ':]', ':[',
  ';-)', ';)', ';D', ';p', ';P', '=)', '=(', '=D', '<3', '</3', '^_^', '^^', '^.^', '-_-', '-.-', 'T_T', 'T.T', 'xD', 'XD', 'xd', '>:(', '>_<', 'o_O', 'O_o', 'o_o',
].sort((a, b) => b.length - a.length);

// Emoticons grouped by first char code (longest first), built on first use:
// a word starting with 'o', 'x' or 'T' checks its two or three candidates, not all fifty.
let byFirst: Map<number, readonly string[]> | undefined;
function candidates(c: number): readonly string[] | undefined {
  if (byFirst === undefined) {
    byFirst = new Map();
    for (const e of EMOTICONS) {
      const k = codeAt(e, 0);
      byFirst.set(k, [...(byFirst.get(k) ?? []), e]);
    }
  }
  return byFirst.get(c);
}

/** Lets a digit/letter follow only where it cannot be part of the emoticon's next word (`:D`, `:v` end at a word boundary). */
function boundaryAfter(s: string, e: number): boolean {
  if (e >= s.length) return true;
  const c = codeAt(s, e);
  return !isAsciiLetter(c) && !isDigit(c);
}

/** End offset of an emoticon starting at `i`, or -1. */
export function matchEmoticon(s: string, i: number): number {
  const c = codeAt(s, i);
  // quick reject: only these characters start an emoticon
  if (c !== 58 && c !== 59 && c !== 61 && c !== 60 && c !== 94 && c !== 45 && c !== 84 && c !== 120 && c !== 88 && c !== 62 && c !== 111 && c !== 79) return -1;
  // '3:3', '10:)' — after a digit a colon is a separator, not an eye
  if ((c === 58 || c === 59 || c === 61) && i > 0 && isDigit(codeAt(s, i - 1))) return -1;
  const startsWithLetter = isAsciiLetter(c);
  if (startsWithLetter && i > 0) {
    const p = codeAt(s, i - 1);
    if (isAsciiLetter(p) || isDigit(p)) return -1;
  }
  const list = candidates(c);
  if (list === undefined) return -1;
  for (const e of list) {
    if (!s.startsWith(e, i)) continue;
    const end = i + e.length;
    const last = codeAt(e, e.length - 1);
    if ((isAsciiLetter(last) || isDigit(last) || startsWithLetter) && !boundaryAfter(s, end)) continue;
    return end;
  }
  return -1;
}
