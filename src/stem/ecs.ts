/**
 * Enhanced Confix Stripping (ECS) for one hyphen-free word, following the
 * control flow of Sastrawi (PHP) / PySastrawi:
 *
 * 1. a root is returned as is; words of ≤ 3 letters are never stemmed;
 * 2. confix precedence: for be-…-lah, be-…-an, me-…-i, di-…-i, pe-…-i,
 *    ter-…-i the prefixes are tried before the suffixes (then undone);
 * 3. suffixes: particle (-lah -kah -tah -pun), possessive (-ku -mu -nya),
 *    derivational (-is -isme -isasi -i -kan -an), checking the root list
 *    after each;
 * 4. up to three prefix removals: plain di-/ke-/se-, then disambiguation
 *    rules 1–42 whose restored-letter candidates are tried in Sastrawi's
 *    order (the first candidate that is a root wins, otherwise the last);
 * 5. "loop pengembalian akhiran": put the suffixes back one at a time
 *    (-kan also as -k) and retry the prefixes;
 * 6. if nothing reached a root, the original word is returned.
 *
 * Every rule is a hand-written char-code test instead of a regex: this runs
 * once per distinct word (results are memoized by the caller) and dominates
 * cold-cache cost.
 */
import type { RootDictionary } from './dictionary';
import { codeAt } from '../text/chars';

// Character codes used by the rules.
const A = 97, B = 98, D = 100, E = 101, F = 102, G = 103, H = 104, I = 105, J = 106, K = 107,
  L = 108, M = 109, N = 110, O = 111, P = 112, Q = 113, R = 114, S = 115, T = 116, U = 117,
  V = 118, W = 119, Y = 121, Z = 122, C = 99, HYPHEN = 45;

/** a, i, u, e, o. NaN (past the end) is not a vowel. */
function isV(c: number): boolean {
  return c === A || c === I || c === U || c === E || c === O;
}

/** Sastrawi's consonant class [bcdfghjklmnpqrstvwxyz]. */
function isC(c: number): boolean {
  return c >= A && c <= Z && !isV(c);
}

/** [a-z]. */
function isLetter(c: number): boolean {
  return c >= A && c <= Z;
}

/** [bcdfghjkpqstvxz]: the C1 class of rules 35 and 36 (no l m n r w y). */
function isC35(c: number): boolean {
  return isC(c) && c !== L && c !== M && c !== N && c !== R && c !== W && c !== Y;
}

/** True when `w` has `er` at index `i`. */
function erAt(w: string, i: number): boolean {
  return codeAt(w, i) === E && codeAt(w, i + 1) === R;
}

/** Starts with the two-letter code pair. */
function starts2(w: string, c0: number, c1: number): boolean {
  return codeAt(w, 0) === c0 && codeAt(w, 1) === c1;
}

/**
 * Candidate choice of Sastrawi's multi-rule visitors: the first candidate
 * that is a root, otherwise the last candidate (which may be null, in which
 * case the visitor removes nothing).
 */
function pick2(dict: RootDictionary, a: string, b: string): string {
  if (!dict.has(a)) return b;
  // suara deviation: a rare root loses to its common partner
  // (memadamkan → padam, not madam) when both are roots.
  return isDispreferred(a) && dict.has(b) ? b : a;
}

/**
 * The same choice over up to four candidates (rules 17 and 30): the first
 * root that is not dispreferred, else the first root, else the last
 * candidate (possibly null: the visitor then removes nothing).
 */
function choose(
  dict: RootDictionary,
  a: string,
  b: string,
  c: string | null,
  d: string | null,
): string | null {
  // Unrolled (no candidate array): this runs for every meng-/peng- word.
  let firstRoot: string | null = null;
  if (dict.has(a)) {
    if (!isDispreferred(a)) return a;
    firstRoot = a;
  }
  if (dict.has(b)) {
    if (!isDispreferred(b)) return b;
    firstRoot ??= b;
  }
  if (c !== null && dict.has(c)) {
    if (!isDispreferred(c)) return c;
    firstRoot ??= c;
  }
  if (d !== null && dict.has(d)) {
    if (!isDispreferred(d)) return d;
    firstRoot ??= d;
  }
  return firstRoot ?? d;
}

/**
 * Roots that are rarely what a meN-/peN- form means when the other nasal
 * candidate is also a root: madam/padam, madu/padu, mungut/pungut,
 * muas/puas, unjung/kunjung, ira/kira, ecek/kecek/cek, amai/ramai. A switch, so nothing is built at
 * import time. Checked against the Sastrawi suites (none of them changes).
 */
export function isDispreferred(root: string): boolean {
  switch (root) {
    case 'madam':
    case 'madu':
    case 'mungut':
    case 'muas':
    case 'unjung':
    case 'ira':
    case 'ecek':
    case 'kecek':
    case 'amai':
    // suara 0.2: rare roots that shadow a common k-/t-initial one (pengering → kering, pengetik → ketik, menipis → tipis)
    case 'ering':
    case 'etik':
    case 'nipis':
      return true;
    default:
      return false;
  }
}

/** Rules for words starting with `be`: 1–5. */
function ruleBe(w: string, dict: RootDictionary): string | null {
  const c2 = codeAt(w, 2), c3 = codeAt(w, 3), c4 = codeAt(w, 4);
  if (c2 === R) {
    const rest = w.slice(3);
    // 1a/1b: berV → ber-V | be-rV
    if (isV(c3)) return pick2(dict, rest, 'r' + rest);
    // 2: berCAP → ber-CAP where P != 'er…'
    if (isC(c3) && isLetter(c4)) {
      if (!erAt(w, 5)) return rest;
      // 3: berCAerV → ber-CAerV where C != 'r'
      if (c3 !== R && isV(codeAt(w, 7))) return rest;
    }
  }
  // 4: belajar → bel-ajar
  if (w === 'belajar') return 'ajar';
  // 5: beC1erC2 → be-C1erC2 where C1 != 'r'
  if (isC(c2) && c2 !== R && c3 === E && c4 === R && isC(codeAt(w, 5))) return w.slice(2);
  return null;
}

/** Rules for words starting with `te`: 6–9 (rule 35 comes later, after the pe- rules). */
function ruleTe(w: string, dict: RootDictionary): string | null {
  const c2 = codeAt(w, 2), c3 = codeAt(w, 3);
  if (c2 === R) {
    const rest = w.slice(3);
    // 6a/6b: terV → ter-V | te-rV
    if (isV(c3)) return pick2(dict, rest, 'r' + rest);
    if (isC(c3) && c3 !== R) {
      // 7: terCerV → ter-CerV
      if (erAt(w, 4) && isV(codeAt(w, 6))) return rest;
      // 8: terCP → ter-CP where P != 'er…'
      if (!erAt(w, 4)) return rest;
    }
  }
  // 9: teC1erC2 → te-C1erC2 where C1 != 'r'
  if (isC(c2) && c2 !== R && c3 === E && codeAt(w, 4) === R && isC(codeAt(w, 5))) return w.slice(2);
  return null;
}

/** Rules for words starting with `me`: 10–19. */
function ruleMe(w: string, dict: RootDictionary): string | null {
  const c2 = codeAt(w, 2), c3 = codeAt(w, 3), c4 = codeAt(w, 4);
  // 10: me{l|r|w|y}V → me-{l|r|w|y}V
  if ((c2 === L || c2 === R || c2 === W || c2 === Y) && isV(c3)) return w.slice(2);
  if (c2 === M) {
    // 11: mem{b|f|v} → mem-{b|f|v}
    if (c3 === B || c3 === F || c3 === V) return w.slice(3);
    // 12: mempe → mem-pe
    if (c3 === P && c4 === E) return w.slice(3);
    // 13a/13b: memV → me-mV | me-pV
    if (isV(c3)) {
      const rest = w.slice(3);
      return pick2(dict, 'm' + rest, 'p' + rest);
    }
  }
  if (c2 === N) {
    // 14: men{c|d|j|s|t|z} → men-…
    if (c3 === C || c3 === D || c3 === J || c3 === S || c3 === T || c3 === Z) return w.slice(3);
    // 15a/15b: menV → me-nV | me-tV
    if (isV(c3)) {
      const rest = w.slice(3);
      return pick2(dict, 'n' + rest, 't' + rest);
    }
    if (c3 === G) {
      // 16: meng{g|h|q|k} → meng-…
      if (c4 === G || c4 === H || c4 === Q || c4 === K) return w.slice(4);
      // 17a–d: mengV → meng-V | meng-kV | (menge → meng-e-) | me-ngV
      if (isV(c4)) {
        const rest = w.slice(4);
        return choose(dict, rest, 'k' + rest, c4 === E ? w.slice(5) : null, 'ng' + rest);
      }
    }
    // 18a/18b: menyV → me-nyV | meny-sV
    if (c3 === Y && isV(c4)) {
      const rest = w.slice(4);
      return pick2(dict, 'ny' + rest, 's' + rest);
    }
  }
  // 19: mempA → mem-pA where A is a letter other than 'e' (and 'n')
  if (c2 === M && c3 === P && isLetter(c4) && c4 !== E && c4 !== N) return w.slice(3);
  return null;
}

/** Rules for words starting with `pe`: 20–34. */
function rulePe(w: string, dict: RootDictionary): string | null {
  const c2 = codeAt(w, 2), c3 = codeAt(w, 3), c4 = codeAt(w, 4);
  // 20: pe{w|y}V → pe-{w|y}V
  if ((c2 === W || c2 === Y) && isV(c3)) return w.slice(2);
  if (c2 === R) {
    // 21a/21b: perV → per-V | pe-rV
    if (isV(c3)) return pick2(dict, w.slice(3), w.slice(2));
    if (isC(c3) && isLetter(c4)) {
      // 23: perCAP → per-CAP where P != 'er…'
      if (!erAt(w, 5)) return w.slice(3);
      // 24: perCAerV → per-CAerV where C != 'r'
      if (c3 !== R && isV(codeAt(w, 7))) return w.slice(3);
    }
  }
  if (c2 === M) {
    // 25: pem{b|f|v} → pem-…
    if (c3 === B || c3 === F || c3 === V) return w.slice(3);
    // 26a/26b: pemV → pe-mV | pe-pV
    if (isV(c3)) {
      const rest = w.slice(3);
      return pick2(dict, 'm' + rest, 'p' + rest);
    }
  }
  if (c2 === N) {
    // 27: pen{c|d|j|s|t|z} → pen-…
    if (c3 === C || c3 === D || c3 === J || c3 === S || c3 === T || c3 === Z) return w.slice(3);
    // 28a/28b: penV → pe-nV | pe-tV
    if (isV(c3)) {
      const rest = w.slice(3);
      return pick2(dict, 'n' + rest, 't' + rest);
    }
    if (c3 === G) {
      // 29: pengC → peng-C
      if (isC(c4)) return w.slice(4);
      // 30a–c: pengV → peng-V | peng-kV | (penge → peng-e-). When neither is a
      // root and the word is not penge…, Sastrawi's last candidate is null, so
      // the visitor removes nothing and the later rules get their turn.
      if (isV(c4)) {
        const rest = w.slice(4);
        const r30 = choose(dict, rest, 'k' + rest, c4 === E ? w.slice(5) : null, null);
        if (r30 !== null) return r30;
      }
    }
    // 31a/31b: penyV → pe-nyV | peny-sV
    if (c3 === Y && isV(c4)) {
      const rest = w.slice(4);
      return pick2(dict, 'ny' + rest, 's' + rest);
    }
  }
  // 32: pelV → pe-lV, except pelajar → ajar
  if (w === 'pelajar') return 'ajar';
  if (c2 === L && isV(c3)) return w.slice(2);
  // 34: peCP → pe-CP where P != 'er…'
  if (isC(c2) && !erAt(w, 3)) return w.slice(2);
  return null;
}

/**
 * The disambiguating prefix visitors of Sastrawi, in order; returns the word
 * after the first visitor that removes something, or null. The caller has
 * already checked that `w` itself is not a root.
 */
export function disambiguatePrefix(w: string, dict: RootDictionary): string | null {
  const c0 = codeAt(w, 0), c1 = codeAt(w, 1);
  let r: string | null = null;
  if (c0 === B && c1 === E) r = ruleBe(w, dict);
  else if (c0 === T && c1 === E) r = ruleTe(w, dict);
  else if (c0 === M && c1 === E) r = ruleMe(w, dict);
  else if (c0 === P && c1 === E) r = rulePe(w, dict);
  if (r !== null) return r;
  const c2 = codeAt(w, 2), c3 = codeAt(w, 3), c4 = codeAt(w, 4);
  // 35: terC1erC2 → ter-C1erC2 where C1 not in {l m n r w y}
  if (c0 === T && c1 === E && c2 === R && isC35(c3) && erAt(w, 4) && isC(codeAt(w, 6))) return w.slice(3);
  // 36: peC1erC2 → pe-C1erC2 where C1 not in {l m n r w y}
  if (c0 === P && c1 === E && isC35(c2) && c3 === E && c4 === R && isC(codeAt(w, 5))) return w.slice(2);
  if (isC(c0) && isV(c3)) {
    // 37–40 (infixes): CerV, CelV, CemV, CinV → CV. Sastrawi first tries the
    // word unchanged, which cannot be a root here.
    if ((c1 === E && (c2 === R || c2 === L || c2 === M)) || (c1 === I && c2 === N)) {
      return w.charAt(0) + w.slice(3);
    }
  }
  // 41: ku-A, 42: kau-A
  if (c0 === K && c1 === U) return w.slice(2);
  if (c0 === K && c1 === A && c2 === U) return w.slice(3);
  return null;
}

/** Plain prefixes di-, ke-, se-: the word without them, or null. */
function plainPrefix(w: string): string | null {
  const c0 = codeAt(w, 0), c1 = codeAt(w, 1);
  if ((c0 === D && c1 === I) || (c0 === K && c1 === E) || (c0 === S && c1 === E)) return w.slice(2);
  return null;
}

/**
 * Sastrawi's `removePrefixes`: up to three passes; each pass removes the
 * plain prefix or one disambiguated prefix, stopping at a root.
 */
export function removePrefixes(word: string, dict: RootDictionary, knownNotRoot = false): string {
  let cur = word;
  // `knownNotRoot`: the caller just looked `word` up; skip the repeat lookup.
  let checked = knownNotRoot;
  for (let i = 0; i < 3; i++) {
    const plain = plainPrefix(cur);
    if (plain !== null) {
      cur = plain;
    } else {
      if (!checked && dict.has(cur)) return cur;
      const next = disambiguatePrefix(cur, dict);
      // Nothing applies: every further pass would do the same.
      if (next === null) return cur;
      cur = next;
    }
    if (dict.has(cur)) return cur;
    checked = true;
  }
  return cur;
}

/** One suffix removal, remembered for the suffix-restoring loop. */
interface SuffixRemoval {
  /** The word before the removal. */
  subject: string;
  /** The word after it. */
  result: string;
  /** Removed part was the derivational `-kan`. */
  kan: boolean;
}

/** -lah -kah -tah -pun (and hyphens before them): length to cut, or 0. */
export function particleLength(w: string): number {
  const n = w.length;
  if (n < 3) return 0;
  const a = codeAt(w, n - 3), b = codeAt(w, n - 2), c = codeAt(w, n - 1);
  const hit =
    (b === A && c === H && (a === L || a === K || a === T)) || (a === P && b === U && c === N);
  return hit ? 3 + hyphensBefore(w, n - 3) : 0;
}

/** -ku -mu -nya (and hyphens before them): length to cut, or 0. */
export function possessiveLength(w: string): number {
  const n = w.length;
  if (n < 2) return 0;
  const b = codeAt(w, n - 2), c = codeAt(w, n - 1);
  if (c === U && (b === K || b === M)) return 2 + hyphensBefore(w, n - 2);
  if (n >= 3 && c === A && b === Y && codeAt(w, n - 3) === N) return 3 + hyphensBefore(w, n - 3);
  return 0;
}

function hyphensBefore(w: string, end: number): number {
  let k = 0;
  while (end - k - 1 >= 0 && codeAt(w, end - k - 1) === HYPHEN) k++;
  return k;
}

/**
 * Derivational suffix: Sastrawi's `(is|isme|isasi|i|kan|an)$` with regex
 * leftmost-match semantics, i.e. the longest of the suffixes that fit.
 */
function derivationalLength(w: string): number {
  const n = w.length;
  const c = codeAt(w, n - 1);
  if (c === I) return w.endsWith('isasi') ? 5 : 1;
  if (c === E) return w.endsWith('isme') ? 4 : 0;
  if (c === S) return codeAt(w, n - 2) === I ? 2 : 0;
  if (c === N && codeAt(w, n - 2) === A) return codeAt(w, n - 3) === K ? 3 : 2;
  return 0;
}

/**
 * Sastrawi's `removeSuffixes`: particle, possessive, derivational, stopping
 * at the first root. Records the removals in `log` when given.
 */
function removeSuffixes(word: string, dict: RootDictionary, log: SuffixRemoval[] | null): string {
  let cur = word;
  const p = particleLength(cur);
  if (p > 0) {
    const next = cur.slice(0, cur.length - p);
    if (log) log.push({ subject: cur, result: next, kan: false });
    cur = next;
    if (dict.has(cur)) return cur;
  }
  const pp = possessiveLength(cur);
  if (pp > 0) {
    const next = cur.slice(0, cur.length - pp);
    if (log) log.push({ subject: cur, result: next, kan: false });
    cur = next;
    if (dict.has(cur)) return cur;
  }
  const ds = derivationalLength(cur);
  if (ds > 0) {
    const next = cur.slice(0, cur.length - ds);
    if (log) log.push({ subject: cur, result: next, kan: ds === 3 });
    cur = next;
  }
  return cur;
}

/** Confix precedence: be-…-lah, be-…-an, me-…-i, di-…-i, pe-…-i, ter-…-i. */
function prefixFirst(w: string): boolean {
  const n = w.length;
  const c0 = codeAt(w, 0), c1 = codeAt(w, 1), last = codeAt(w, n - 1);
  if (c0 === B && c1 === E) {
    return (n >= 5 && w.endsWith('lah')) || (n >= 4 && last === N && codeAt(w, n - 2) === A);
  }
  if (last !== I) return false;
  if (c1 === E && (c0 === M || c0 === P)) return n >= 3;
  if (c0 === D && c1 === I) return n >= 3;
  return n >= 4 && c0 === T && c1 === E && codeAt(w, 2) === R;
}

/**
 * "Loop pengembalian akhiran": restore the removed suffixes one at a time,
 * innermost first (-kan is also tried as -k), and retry the prefixes.
 */
function restoreSuffixes(log: SuffixRemoval[], dict: RootDictionary): string | null {
  for (let i = log.length - 1; i >= 0; i--) {
    const removal = log[i]!;
    if (removal.kan) {
      const k = removePrefixes(removal.result + 'k', dict);
      if (dict.has(k)) return k;
    }
    const cur = removePrefixes(removal.subject, dict);
    if (dict.has(cur)) return cur;
  }
  return null;
}

/**
 * Stems one lowercase word without reduplication hyphens, exactly as
 * Sastrawi's `stemSingularWord` does over `dict`. Returns the word itself when
 * no root is reached.
 *
 * @example
 * ```ts
 * stemSingular('menunjukkan', new Set(['tunjuk', 'unjuk'])); // 'tunjuk'
 * ```
 */
export function stemSingular(word: string, dict: RootDictionary): string {
  if (dict.has(word)) return word;
  return stemNonRoot(word, dict);
}

/**
 * Filled by {@link stemNonRoot} when given: the string its main path ran
 * the prefix rules on (the word without its suffixes), or `''` when it
 * returned before. A correction that would run the prefix rules on the same
 * string again learns nothing new (it reaches the ECS root, or no root).
 *
 * @example
 * ```ts
 * const trace: EcsTrace = { prefixInput: '' };
 * stemNonRoot('dikurangi', new Set(['rang', 'kurang']), trace); // 'rang'
 * trace.prefixInput; // '' (reached through the confix-first path)
 * ```
 */
export interface EcsTrace {
  /** Input of the main path's prefix removal, or `''`. */
  prefixInput: string;
}

/**
 * {@link stemSingular} for a word the caller already found not to be a root.
 *
 * @example
 * ```ts
 * const trace = { prefixInput: '' };
 * stemNonRoot('mengeluhkannya', new Set(['keluh']), trace); // 'keluh'
 * trace.prefixInput; // 'mengeluh'
 * ```
 */
export function stemNonRoot(word: string, dict: RootDictionary, trace?: EcsTrace): string {
  if (trace !== undefined) trace.prefixInput = '';
  if (word.length <= 3) return word;
  if (prefixFirst(word)) {
    let cur = removePrefixes(word, dict, true);
    if (dict.has(cur)) return cur;
    cur = removeSuffixes(cur, dict, null);
    if (dict.has(cur)) return cur;
  }
  const log: SuffixRemoval[] = [];
  let cur = removeSuffixes(word, dict, log);
  if (dict.has(cur)) return cur;
  if (trace !== undefined) trace.prefixInput = cur;
  cur = removePrefixes(cur, dict, true);
  if (dict.has(cur)) return cur;
  return restoreSuffixes(log, dict) ?? word;
}
