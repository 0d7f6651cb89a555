/**
 * The single-pass scanner behind `tokenize`. It walks the input once by char
 * code, decides each token's kind from its first characters plus a bounded
 * look-ahead, and never backtracks further than the token it is building, so
 * the whole scan is linear in the input length. No regex runs per token.
 */
import {
  codeAt,
  cpWidth,
  isAsciiLetter,
  isDigit,
  isEmojiBase,
  isEmojiModifier,
  isLetterAt,
  isPunct,
  isRegionalIndicator,
  isSpace,
  isUpper,
  isZeroWidth,
} from './chars';
import { isKnownAbbreviation } from './abbreviations';
import { matchEmoticon } from './emoticons';
import { isLaughter } from './laughter';
import { finishHash, MAX_LEN } from './intern';
import type { TokenType } from './types';

/** A token before normalization. */
export interface RawToken {
  type: TokenType;
  start: number;
  end: number;
}

/**
 * Scanner output as parallel typed arrays (type code, start, end): no object
 * per token, which halves garbage on large inputs. `TYPE_NAMES[code]` gives
 * the token type.
 */
export interface ScanResult {
  count: number;
  types: Uint8Array;
  starts: Int32Array;
  ends: Int32Array;
  /**
   * For plain ASCII words found on the scanner's fast path: the vocabulary
   * hash of the word (see intern.ts `finishHash`), computed while the scanner
   * walks its characters anyway. Valid only where `uppers` is not 255.
   */
  hashes: Int32Array;
  /** ASCII capitals in the token where `hashes` is valid; 255 where it is not. */
  uppers: Uint8Array;
}

// The vocabulary's word hash (intern.ts): FNV-1a over ASCII-folded char codes, seeded by kind 0.
const H_SEED = 0x050c5d1f; // Math.imul(0x811c9dc5 ^ 0, 0x01000193) | 0
const H_PRIME = 0x01000193;

/** Token type by scanner code. */
export const TYPE_NAMES: readonly TokenType[] = ['word', 'number', 'url', 'email', 'mention', 'hashtag', 'emoji', 'emoticon', 'punctuation', 'symbol', 'currency', 'time', 'laughter', 'abbreviation'];

const TLDS: readonly string[] = ['com', 'id', 'net', 'org', 'info', 'io', 'ly', 'co', 'me', 'gov', 'edu', 'biz', 'tv', 'app', 'xyz', 'news', 'site', 'online', 'web', 'my', 'sg', 'uk', 'us'];

/** Is `s[a, b)` a known top-level domain (case-insensitive)? Compared in place: no slice per probe. */
function isTld(s: string, a: number, b: number): boolean {
  const len = b - a;
  for (const t of TLDS) {
    if (t.length !== len) continue;
    let k = 0;
    while (k < len && (codeAt(s, a + k) | 32) === codeAt(t, k)) k++;
    if (k === len) return true;
  }
  return false;
}

/** Letters of any script and `_` (so identifiers such as `__proto__` stay whole). */
function isWordChar(s: string, i: number): boolean {
  const c = codeAt(s, i);
  return c < 128 ? isAsciiLetter(c) || c === 95 : isLetterAt(s, i);
}

/** An ASCII letter other than the first letters of URLs, currency and letter emoticons (see the fast path in scanArrays). */
function isFastWordStart(c: number): boolean {
  if (c >= 97 && c <= 122) return c !== 104 && c !== 119 && c !== 114 && c !== 111 && c !== 120; // not h w r o x
  if (c >= 65 && c <= 90) return c !== 72 && c !== 87 && c !== 82 && c !== 73 && c !== 84 && c !== 88 && c !== 79; // not H W R I T X O
  return false;
}

/**
 * The letters {@link isFastWordStart} turns away (h w r o x, H W R I T X O)
 * when the next character `d` rules out what they could start: `http`
 * (h + t), `www.` (w + w), `Rp` (r + p), `IDR` (I + D), the emoticons `o_O`,
 * `T_T` / `T.T`, `xD`. Then the general path below would also end in
 * scanWord with the same run, so the word takes the fast path (`harus`,
 * `warga`, `rusak`, `orang`, `Tolong` are common words).
 */
function isFastAfter(c: number, d: number): boolean {
  const f = c | 32;
  const g = d | 32;
  if (f === 104) return g !== 116; // h: not http
  if (f === 119) return g !== 119; // w: not www
  if (f === 114) return g !== 112; // r: not rp
  if (c === 73) return g !== 100; // I: not IDR
  if (f === 111) return d !== 95; // o: not o_O
  if (c === 84) return d !== 95 && d !== 46; // T: not T_T, T.T
  if (f === 120) return g !== 100; // x: not xD
  return false;
}

function isAlnum(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c);
}

/** Characters allowed in a URL after its start (anything but space and a few delimiters). */
function isUrlChar(c: number): boolean {
  return c > 32 && c !== 34 && c !== 60 && c !== 62 && c !== 0x201c && c !== 0x201d && !isSpace(c);
}

/** Trailing characters trimmed from URLs and emails (sentence punctuation). */
function isUrlTrail(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 39 || c === 34 || c === 93;
}

function startsWithCi(s: string, i: number, lit: string): boolean {
  if (i + lit.length > s.length) return false;
  for (let k = 0; k < lit.length; k++) {
    let c = codeAt(s, i + k);
    if (isUpper(c)) c += 32;
    if (c !== codeAt(lit, k)) return false;
  }
  return true;
}

/** End of a URL starting at `i` (after its scheme or `www.`), trailing punctuation trimmed. */
function urlEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isUrlChar(codeAt(s, j))) j++;
  while (j > i && isUrlTrail(codeAt(s, j - 1))) j--;
  return j;
}

/**
 * A bare domain (`pangkalpinangkota.go.id/berita`) starting at `i`: labels of
 * letters/digits/hyphens joined by dots, last label a known TLD. Returns the
 * end, or minus the end of the scanned run on failure.
 */
function bareDomainEnd(s: string, i: number): number {
  let j = i;
  let dots = 0;
  let labelStart = i;
  let lastLabelStart = i;
  while (j < s.length) {
    const c = codeAt(s, j);
    if (isAlnum(c) || c === 45) {
      j++;
    } else if (c === 46 && j > labelStart && j + 1 < s.length && isAlnum(codeAt(s, j + 1))) {
      dots++;
      j++;
      lastLabelStart = j;
      labelStart = j;
    } else break;
  }
  // failure: return minus the run end so the caller can skip re-probing inside it
  if (dots === 0) return -j;
  if (j - lastLabelStart > 6 || !isTld(s, lastLabelStart, j)) return -j;
  if (j < s.length && codeAt(s, j) === 47) return urlEnd(s, j);
  return j;
}

/** Can an email or domain continue past an alphanumeric run with this character (`.` `@` `-` `_` `%` `+`)? */
function isProbeChar(c: number): boolean {
  return c === 46 || c === 64 || c === 45 || c === 95 || c === 37 || c === 43;
}

/** An email starting at `i`, or minus the end of the scanned run on failure. */
function emailEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length) {
    const c = codeAt(s, j);
    if (isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45) j++;
    else break;
  }
  if (j === i || j >= s.length || codeAt(s, j) !== 64) return -Math.max(j, i + 1);
  let k = j + 1;
  let dot = false;
  while (k < s.length) {
    const c = codeAt(s, k);
    if (isAlnum(c) || c === 45) k++;
    else if (c === 46 && k + 1 < s.length && isAlnum(codeAt(s, k + 1))) {
      dot = true;
      k++;
    } else break;
  }
  return dot ? k : -j;
}

/** End of a digit group `12`, `50.000`, `1,2`, `14.30` starting at `i`. */
function numberEnd(s: string, i: number): number {
  let j = i;
  while (j < s.length && isDigit(codeAt(s, j))) j++;
  while (j + 1 < s.length) {
    const c = codeAt(s, j);
    if ((c === 46 || c === 44) && isDigit(codeAt(s, j + 1))) {
      j++;
      while (j < s.length && isDigit(codeAt(s, j))) j++;
    } else break;
  }
  return j;
}

/** Is `s[i..]` a time zone word WIB/WITA/WIT (after optional spaces)? */
function followedByZone(s: string, i: number): boolean {
  let j = i;
  // at most two spaces: keeps the look-ahead bounded
  while (j < s.length && j - i < 2 && codeAt(s, j) === 32) j++;
  for (const z of ['wita', 'wib', 'wit']) {
    if (startsWithCi(s, j, z)) {
      const e = j + z.length;
      if (e >= s.length || !isWordChar(s, e)) return true;
    }
  }
  return false;
}

/** Is `s[..i]` preceded by `pukul`, `jam` or `pkl` and one space (`pukul 14.30`)? */
function precededByClockWord(s: string, i: number): boolean {
  if (i < 2 || codeAt(s, i - 1) !== 32) return false;
  for (const w of ['pukul', 'jam', 'pkl']) {
    const a = i - 1 - w.length;
    if (a >= 0 && startsWithCi(s, a, w) && (a === 0 || !isWordChar(s, a - 1))) return true;
  }
  return false;
}

/** `HH.MM` or `HH:MM` shape between `i` and `j`. */
function isClock(s: string, i: number, j: number): boolean {
  const len = j - i;
  if (len !== 4 && len !== 5) return false;
  const sep = j - 3;
  const c = codeAt(s, sep);
  if (c !== 46 && c !== 58) return false;
  for (let k = i; k < j; k++) if (k !== sep && !isDigit(codeAt(s, k))) return false;
  const hh = Number(s.slice(i, sep));
  const mm = Number(s.slice(sep + 1, j));
  return hh <= 24 && mm <= 59;
}

/** End of an emoji sequence (ZWJ joins, modifiers, flags, keycaps) starting at `i`, or -1. */
function emojiEnd(s: string, i: number): number {
  const cp = s.codePointAt(i)!;
  let j: number;
  if (isRegionalIndicator(cp)) {
    j = i + 2;
    const next = s.codePointAt(j);
    if (next !== undefined && isRegionalIndicator(next)) j += 2;
    return j;
  }
  if (!isEmojiBase(cp)) return -1;
  j = i + (cp > 0xffff ? 2 : 1);
  for (;;) {
    if (j >= s.length) break;
    const n = s.codePointAt(j)!;
    if (isEmojiModifier(n)) {
      j += n > 0xffff ? 2 : 1;
    } else if (n === 0x200d && j + 1 < s.length) {
      const after = s.codePointAt(j + 1)!;
      if (isEmojiBase(after)) j += 1 + (after > 0xffff ? 2 : 1);
      else break;
    } else break;
  }
  return j;
}

/** Keycap emoji `1️⃣`: digit/#/* + optional FE0F + 20E3. */
function keycapEnd(s: string, i: number): number {
  let j = i + 1;
  if (j < s.length && codeAt(s, j) === 0xfe0f) j++;
  return j < s.length && codeAt(s, j) === 0x20e3 ? j + 1 : -1;
}

/**
 * Multi-segment dotted abbreviation (`S.Sos.`, `M.Si.`, `S.H.`, `a.n.`):
 * at least two segments of 1–4 letters each followed by a dot, the first
 * segment short. Returns the end (after the last dot) or -1.
 */
function dottedAbbrevEnd(s: string, i: number): number {
  let j = i;
  let segs = 0;
  while (j < s.length) {
    const segStart = j;
    while (j < s.length && isAsciiLetter(codeAt(s, j)) && j - segStart <= 4) j++;
    const len = j - segStart;
    if (len === 0 || len > 4 || j >= s.length || codeAt(s, j) !== 46) {
      j = segStart;
      break;
    }
    if (segs === 0 && len > 2) return -1;
    j++; // the dot
    segs++;
  }
  if (segs >= 2) return j;
  return -1;
}

/**
 * Scans `s` into tokens. Whitespace and stray zero-width characters are
 * skipped; everything else lands in exactly one token.
 */
export function scanArrays(s: string, reuse?: ScanResult): ScanResult {
  const n = s.length;
  // Reusing the caller's buffers avoids three typed-array allocations per
  // call, which dominate on short posts.
  // Too-small reusable buffers are replaced up front (about one token per
  // four chars) rather than grown by repeated doubling and copying.
  const fits = reuse !== undefined && reuse.types.length >= n >>> 3;
  const cap = fits ? reuse.types.length : Math.max(16, n >>> 2);
  const out: ScanResult = fits ? reuse : newBuffers(cap);
  out.count = 0;
  let i = 0;
  // A failed email/domain probe scanned a whole run; every later start inside
  // that run would fail the same way, so skip re-probing (keeps scan linear on
  // inputs like 'a.a.a.a…').
  let emailFailUntil = -1;
  let domainFailUntil = -1;
  // `code` is the index in TYPE_NAMES, written as a literal at each call site
  // (a name → code lookup per token was a keyed property load on the hot path);
  // `push` is a module function over `out`, not a closure made per call.
  const push = pushToken;
  while (i < n) {
    const c = codeAt(s, i);
    if (c === 32) {
      i++;
      continue;
    }
    // Fast path for the common token, an ASCII word: a letter that cannot
    // start a URL (h, w), currency (r, R, I) or an emoticon (o, O, x, X, T),
    // whose alphanumeric run is not followed by an email/domain character.
    // Every check of the general path below would fail for it in turn, so
    // going straight to scanWord gives the same token.
    // The word's vocabulary hash is computed in the same walk (one pass over
    // its characters instead of two).
    if (isFastWordStart(c) || (((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) && i + 1 < n && isFastAfter(c, codeAt(s, i + 1)))) {
      let upper = c <= 90 ? 1 : 0;
      let h = Math.imul(H_SEED ^ (c | 32), H_PRIME);
      let runEnd = i + 1;
      while (runEnd < n) {
        let d = codeAt(s, runEnd);
        if (d >= 97 && d <= 122) {
          // lowercase: the common case
        } else if (d >= 65 && d <= 90) {
          d += 32;
          upper++;
        } else if (!(d >= 48 && d <= 57)) break;
        h = Math.imul(h ^ d, H_PRIME);
        runEnd++;
      }
      if (runEnd >= n || !isProbeChar(codeAt(s, runEnd))) {
        const k = out.count;
        i = scanWord(s, i, runEnd, out);
        // the token is exactly the run and a word: its hash is known
        if (i === runEnd && out.count === k + 1 && out.types[k] === 0 && runEnd - out.starts[k]! <= MAX_LEN) {
          out.hashes[k] = finishHash(h);
          out.uppers[k] = upper;
        }
        continue;
      }
    }
    if (isSpace(c) || isZeroWidth(c)) {
      i++;
      continue;
    }
    // URLs with a scheme or www.
    if ((c === 104 || c === 72 || c === 119 || c === 87) && (startsWithCi(s, i, 'http://') || startsWithCi(s, i, 'https://') || startsWithCi(s, i, 'www.'))) {
      const e = urlEnd(s, i);
      push(out, 2 /* url */, i, e);
      i = e;
      continue;
    }
    // ASCII alphanumeric run end, computed once: emails and bare domains are
    // probed only when the run ends in a character that could continue one,
    // and scanWord resumes from it instead of rescanning.
    let runEnd = i;
    if (isAlnum(c)) {
      runEnd = i + 1;
      while (runEnd < n && isAlnum(codeAt(s, runEnd))) runEnd++;
    }
    if (runEnd > i && runEnd < n && isProbeChar(codeAt(s, runEnd))) {
      if (i >= emailFailUntil) {
        const em = emailEnd(s, i);
        if (em > 0) {
          push(out, 3 /* email */, i, em);
          i = em;
          continue;
        }
        emailFailUntil = -em;
      }
      if (i >= domainFailUntil) {
        const bd = bareDomainEnd(s, i);
        if (bd > 0) {
          push(out, 2 /* url */, i, bd);
          i = bd;
          continue;
        }
        domainFailUntil = -bd;
      }
    }
    if (c === 64 /* @ */ && i + 1 < n && (isAlnum(codeAt(s, i + 1)) || codeAt(s, i + 1) === 95)) {
      let j = i + 1;
      while (j < n) {
        const d = codeAt(s, j);
        if (isAlnum(d) || d === 95 || (d === 46 && j + 1 < n && isAlnum(codeAt(s, j + 1)))) j++;
        else break;
      }
      push(out, 4 /* mention */, i, j);
      i = j;
      continue;
    }
    // keycap emoji '#️⃣' / '*️⃣' before hashtags (FE0F is a mark, which hashtags would accept)
    if ((c === 35 || c === 42) && i + 1 < n && (codeAt(s, i + 1) === 0xfe0f || codeAt(s, i + 1) === 0x20e3)) {
      const kc = keycapEnd(s, i);
      if (kc > 0) {
        push(out, 6 /* emoji */, i, kc);
        i = kc;
        continue;
      }
    }
    if (c === 35 /* # */ && i + 1 < n && (isWordChar(s, i + 1) || isDigit(codeAt(s, i + 1)) || codeAt(s, i + 1) === 95)) {
      let j = i + 1;
      while (j < n && (isWordChar(s, j) || isDigit(codeAt(s, j)) || codeAt(s, j) === 95)) j += cpWidth(s, j);
      push(out, 5 /* hashtag */, i, j);
      i = j;
      continue;
    }
    // Emoticons before punctuation and letters (':)', ':-(', '<3', 'xD', 'T_T').
    const em = matchEmoticon(s, i);
    if (em > 0) {
      push(out, 7 /* emoticon */, i, em);
      i = em;
      continue;
    }
    // Currency: Rp / IDR followed by a number.
    if ((c === 82 || c === 114 || c === 73) && (startsWithCi(s, i, 'rp') || startsWithCi(s, i, 'idr'))) {
      let j = i + (startsWithCi(s, i, 'rp') ? 2 : 3);
      if (j < n && codeAt(s, j) === 46) j++; // Rp.
      while (j < n && codeAt(s, j) === 32 && j - i < 6) j++;
      if (j < n && isDigit(codeAt(s, j)) && (i === 0 || !isWordChar(s, i - 1))) {
        let e = numberEnd(s, j);
        // trailing ",-" or ",00" style suffixes: "Rp50.000,-"
        if (e + 1 < n && codeAt(s, e) === 44 && codeAt(s, e + 1) === 45) e += 2;
        push(out, 10 /* currency */, i, e);
        i = e;
        continue;
      }
    }
    if (isDigit(c)) {
      const kc = keycapEnd(s, i);
      if (kc > 0) {
        push(out, 6 /* emoji */, i, kc);
        i = kc;
        continue;
      }
      let e = numberEnd(s, i);
      // HH:MM always a time; HH.MM a time when WIB/WITA/WIT follows or pukul/jam precedes.
      if (e < n && codeAt(s, e) === 58 && e + 2 < n && isDigit(codeAt(s, e + 1)) && isDigit(codeAt(s, e + 2)) && isClock(s, i, e + 3)) {
        e += 3;
        push(out, 11 /* time */, i, e);
      } else if (isClock(s, i, e) && (codeAt(s, e - 3) === 58 || followedByZone(s, e) || precededByClockWord(s, i))) {
        push(out, 11 /* time */, i, e);
      } else push(out, 1 /* number */, i, e);
      i = e;
      continue;
    }
    if (c >= 0x2000 || c === 0xa9 || c === 0xae || (c >= 0xd800 && c <= 0xdbff)) {
      const ee = emojiEnd(s, i);
      if (ee > 0) {
        push(out, 6 /* emoji */, i, ee);
        i = ee;
        continue;
      }
    }
    if (isWordChar(s, i)) {
      i = scanWord(s, i, runEnd, out);
      continue;
    }
    if (isPunct(c)) {
      // A run of one repeated punctuation character ('!!!', '...', 10 MB of
      // '!') is one token with the run's span: token count, and so memory,
      // stays bounded by the number of distinct runs, not characters.
      let j = i + 1;
      while (j < n && codeAt(s, j) === c) j++;
      push(out, 8 /* punctuation */, i, j);
      i = j;
      continue;
    }
    // Anything else (symbols, lone surrogates, private use) is one symbol token per code point.
    const w = cpWidth(s, i);
    push(out, 9 /* symbol */, i, i + w);
    i += w;
  }
  if (reuse !== undefined && out !== reuse) {
    // hand the grown buffers back to the caller's object
    reuse.count = out.count;
    reuse.types = out.types;
    reuse.starts = out.starts;
    reuse.ends = out.ends;
    reuse.hashes = out.hashes;
    reuse.uppers = out.uppers;
    return reuse;
  }
  return out;
}

function newBuffers(cap: number): ScanResult {
  return { count: 0, types: new Uint8Array(cap), starts: new Int32Array(cap), ends: new Int32Array(cap), hashes: new Int32Array(cap), uppers: new Uint8Array(cap) };
}

/** A copy of `a` with room for `cap` entries (the scan's arrays grow by doubling). */
function grown<A extends Uint8Array | Int32Array>(a: A, cap: number): A {
  const b = new (a.constructor as new (n: number) => A)(cap);
  b.set(a);
  return b;
}

/** Appends one token to `r`, doubling its arrays when full. */
function pushToken(r: ScanResult, code: number, start: number, end: number): void {
  const k = r.count;
  if (k === r.types.length) {
    const cap = Math.max(16, k * 2);
    r.types = grown(r.types, cap);
    r.starts = grown(r.starts, cap);
    r.ends = grown(r.ends, cap);
    r.hashes = grown(r.hashes, cap);
    r.uppers = grown(r.uppers, cap);
  }
  r.types[k] = code;
  r.starts[k] = start;
  r.ends[k] = end;
  r.uppers[k] = 255;
  r.count = k + 1;
}

/** Fresh reusable scan buffers (see {@link scanArrays}). */
export function createScanBuffer(capacity = 256): ScanResult {
  return newBuffers(capacity);
}

/** Scans `s` into raw token objects (convenience over {@link scanArrays}). */
export function scan(s: string): RawToken[] {
  const r = scanArrays(s);
  const out: RawToken[] = new Array<RawToken>(r.count);
  for (let k = 0; k < r.count; k++) out[k] = { type: TYPE_NAMES[r.types[k]!]!, start: r.starts[k]!, end: r.ends[k]! };
  return out;
}

/**
 * Scans a word at `i`: letters (any script) with internal hyphens between
 * letters (`kupu-kupu`, `Satpol-PP`), internal apostrophes (`Jum'at`),
 * internal zero-width characters, digits mixed into letters (`s3m4ngat`,
 * `covid19`, reduplication `anak2`), and dotted abbreviations.
 */
function scanWord(s: string, i: number, runEnd: number, out: ScanResult): number {
  const push = pushToken;
  const n = s.length;
  // Dotted abbreviations first (`S.Sos.`, `M.Si.`): only possible when a short run is followed by a dot.
  if (runEnd - i <= 2 && runEnd < n && codeAt(s, runEnd) === 46) {
    const da = dottedAbbrevEnd(s, i);
    if (da > 0) {
      push(out, 13 /* abbreviation */, i, da);
      return da;
    }
  }
  // resume after the ASCII alphanumeric run the caller already measured
  let j = runEnd > i ? runEnd : i;
  for (;;) {
    while (j < n) {
      const c = codeAt(s, j);
      if (c < 128) {
        if (isAsciiLetter(c) || isDigit(c) || c === 95) j++;
        else break;
      } else if (isZeroWidth(c) && j + 1 < n && isWordChar(s, j + 1)) j++;
      else if (isLetterAt(s, j)) j += cpWidth(s, j);
      else if (c === 0xb2 /* ² */) j++;
      else break;
    }
    if (j + 1 < n) {
      const c = codeAt(s, j);
      // hyphen or apostrophe joining two letter runs
      if ((c === 45 || c === 39 || c === 0x2019) && isWordChar(s, j + 1)) {
        j++;
        continue;
      }
    }
    break;
  }
  // Single-segment abbreviation with a dot: `Jl.`, `Kab.`, `dr.`, `No.`, initials `H.`
  if (j < n && codeAt(s, j) === 46) {
    const word = s.slice(i, j);
    if (isKnownAbbreviation(word) || (j - i === 1 && isUpper(codeAt(s, i)) && initialFollows(s, j + 1))) {
      push(out, 13 /* abbreviation */, i, j + 1);
      return j + 1;
    }
  }
  push(out, isLaughter(s, i, j) ? 12 /* laughter */ : 0 /* word */, i, j);
  return j;
}

/** After an initial like `H.`: a space then an uppercase letter (`H. Budi`). */
function initialFollows(s: string, k: number): boolean {
  if (k >= s.length || codeAt(s, k) !== 32) return false;
  const c = codeAt(s, k + 1);
  return isUpper(c);
}
