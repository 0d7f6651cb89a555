/**
 * suara's corrections to ECS for its known failure classes, each checked
 * against the Sastrawi suites (none of their 596 cases changes):
 *
 * - **a longer root under the same affixes** (`dikurangi` → `kurang`, not
 *   `rang`; `menyinari` → `sinar`, not `sari`; `dibelinya` → `beli`, not
 *   `bel`; `gerakan` → `gerak`, not `gera`): ECS stops at the first root it
 *   meets, and a vowel-final root before `-i`/`-kan` or `-nya` is met only
 *   after an infix rule or one suffix too many has cut it short. When the same
 *   word, with its inflectional suffixes removed and one derivational
 *   suffix (or none) taken off, reaches a *longer* root through the prefix
 *   rules alone, that root wins;
 * - **meN-/peN- words in -is** (`menangis` → `tangis`, not `menang`;
 *   `melukis` → `lukis`): `-is` is a loan-adjective suffix (`praktis`), never
 *   one a meN- verb takes, so the prefixes are removed from the whole word
 *   first;
 * - **-wan/-wati after a root** (`relawan` → `rela`, not `rawan` by the
 *   `-el-` infix): the agentive reading is taken before ECS when what remains
 *   is a root of 4+ letters.
 */
import type { RootDictionary } from './dictionary';
import { particleLength, possessiveLength, removePrefixes } from './ecs';
import { codeAt } from '../text/chars';

/** Shortest root the agentive and -is rules accept. */
const MIN_ROOT = 4;

function isVowel(c: number): boolean {
  return c === 97 || c === 105 || c === 117 || c === 101 || c === 111;
}

/** Starts with a prefix the disambiguation rules know (me pe di ter ber ke se). */
function hasPrefixShape(w: string): boolean {
  const c0 = codeAt(w, 0);
  const c1 = codeAt(w, 1);
  if (c1 === 101 /* e */) return c0 === 109 || c0 === 112 || c0 === 116 || c0 === 98 || c0 === 107 || c0 === 115;
  return c0 === 100 && c1 === 105; // di
}

/** `per` + vowel: left to Sastrawi, whose suite pins `perusakan` → `rusa`. */
function isPerVowel(w: string): boolean {
  return w.startsWith('per') && isVowel(codeAt(w, 3));
}

/**
 * The root `core` reaches (itself, or what the prefix rules leave) when it
 * is longer than `need` letters; otherwise null. Every prefix rule removes at
 * least two letters, so a core that is not a root must be 3+ letters longer
 * than `need` to be worth the prefix rules at all.
 */
function reachLonger(core: string, need: number, dict: RootDictionary, known: string): string | null {
  if (core.length <= need || core === known) return null;
  if (dict.has(core)) return core;
  if (core.length - 2 <= need) return null;
  const r = removePrefixes(core, dict, true);
  return r.length > need && dict.has(r) ? r : null;
}

/**
 * The longest root reachable from `word` by removing its particle and
 * possessive, then one of (nothing, -i, -kan, -an), then prefixes, when it is
 * longer than `ecsRoot`; otherwise null. The candidates are tried in that
 * order and a later one must be strictly longer than the best so far, so a
 * candidate too short to win is never run through the prefix rules, nor is
 * `ecsPrefixInput`, the string ECS already ran them on (see `EcsTrace`).
 *
 * @example
 * ```ts
 * longerRoot('dikurangi', 'rang', new Set(['rang', 'kurang'])); // 'kurang'
 * ```
 */
export function longerRoot(word: string, ecsRoot: string, dict: RootDictionary, ecsPrefixInput = ''): string | null {
  if (isPerVowel(word)) return null;
  let w = word.slice(0, word.length - particleLength(word));
  w = w.slice(0, w.length - possessiveLength(w));
  const n = w.length;
  // every candidate is at most n letters long, and so is the root it reaches
  if (n <= ecsRoot.length) return null;
  let best: string | null = null;
  let need = ecsRoot.length;
  let r: string | null;
  // inflection only (dibelinya → dibeli → beli)
  if (w !== word && (r = reachLonger(w, need, dict, ecsPrefixInput)) !== null) {
    best = r;
    need = r.length;
  }
  const last = codeAt(w, n - 1);
  // -i and -kan are verbal: only under me-, di-, ter- (petani is pe + tani, not petan + -i)
  const verbal = w.startsWith('me') || w.startsWith('di') || w.startsWith('ter');
  if (last === 105 /* i */ && verbal && (r = reachLonger(w.slice(0, n - 1), need, dict, ecsPrefixInput)) !== null) {
    best = r;
    need = r.length;
  }
  if (w.endsWith('kan')) {
    if (verbal && (r = reachLonger(w.slice(0, n - 3), need, dict, ecsPrefixInput)) !== null) {
      best = r;
      need = r.length;
    }
    // Xk + -an (gerakan → gerak) unless X ends in i (larikan is lari + -kan, not larik)
    // and not under the verbal di-/me-, where single-k -kan is a -kkan typo of the -kan verb (dilarikan)
    if (codeAt(w, n - 4) !== 105 && !w.startsWith('di') && !w.startsWith('me') && (r = reachLonger(w.slice(0, n - 2), need, dict, ecsPrefixInput)) !== null) best = r;
  } else if (w.endsWith('an') && (r = reachLonger(w.slice(0, n - 2), need, dict, ecsPrefixInput)) !== null) best = r;
  return best;
}

/**
 * A prefixed word ending in -is whose prefixes alone reach a root:
 * `menangis` → `tangis`, `melukis` → `lukis`. Null otherwise.
 *
 * @example
 * ```ts
 * prefixedIs('menangis', new Set(['menang', 'tangis'])); // 'tangis'
 * ```
 */
export function prefixedIs(word: string, dict: RootDictionary): string | null {
  if (word.length < 6 || !word.endsWith('is') || !hasPrefixShape(word)) return null;
  const r = removePrefixes(word, dict, true);
  return r !== word && r.length >= MIN_ROOT && dict.has(r) ? r : null;
}

/**
 * `-wan`/`-wati` directly after a root of 4+ letters (after an optional
 * -nya/-ku/-mu and -lah/-kah/-pun): `relawan` → `rela`. Null otherwise.
 *
 * @example
 * ```ts
 * agentiveFirst('relawan', new Set(['rela', 'rawan'])); // 'rela'
 * ```
 */
export function agentiveFirst(word: string, dict: RootDictionary): string | null {
  // Most words have no "wa" at all: one native scan instead of the slices below.
  if (word.indexOf('wa') < 0) return null;
  let w = word;
  w = w.slice(0, w.length - particleLength(w));
  w = w.slice(0, w.length - possessiveLength(w));
  let base: string;
  if (w.endsWith('wati')) base = w.slice(0, -4);
  else if (w.endsWith('wan')) base = w.slice(0, -3);
  else return null;
  return base.length >= MIN_ROOT && dict.has(base) ? base : null;
}
