/**
 * One word → its root: Sastrawi's `stemWord` (hyphenated words through the
 * reduplication rule, others through ECS) plus suara's extensions, which
 * only act where Sastrawi gives up (returns the word unchanged):
 *
 * - `anak2` → `anak` (the informal `2` reduplication);
 * - agentive `-wan` / `-wati` when what remains is (or stems to) a root:
 *   `wartawan` → `warta`, `karyawati` → `karya`.
 *
 * And two corrections that run before ECS, each checked against the
 * Sastrawi suites (no suite case changes):
 *
 * - noun confixes ke-…-an and peN-…-an take -an, never -kan, so a word like
 *   `kerusakan` is ke + rusak + an (`rusak`, where Sastrawi says `rusa`).
 *   per + vowel is left to Sastrawi (its suite pins `perusakan` → `rusa`);
 * - a few frequent words whose ECS reading is another real root
 *   (`mengalami` → `alam`, not the adjective `alami`).
 */
import type { RootDictionary } from './dictionary';
import { particleLength, possessiveLength, removePrefixes, stemNonRoot, stemSingular, type EcsTrace } from './ecs';
import { digitTwoIndex, expandDigitTwo, isReduplicated, stemReduplicated } from './reduplication';
import { agentiveFirst, longerRoot, prefixedIs } from './corrections';
import { stemColloquial } from './colloquial';
import { codeAt } from '../text/chars';

/**
 * Stems a word that is already lowercase and made of `a-z`, `0-9` and `-`.
 *
 * @example
 * ```ts
 * stemLowerWord('anak2', new Set(['anak'])); // 'anak'
 * ```
 */
export function stemLowerWord(word: string, dict: RootDictionary, colloquial = true): string {
  // One scan decides which (rare) paths apply: digits, hyphens.
  let digit = false;
  let hyphen = false;
  for (let i = 0; i < word.length; i++) {
    const c = codeAt(word, i);
    if (c < 97) {
      if (c === 45) hyphen = true;
      else digit = true;
    }
  }
  const two = digit ? digitTwoIndex(word) : -1;
  if (two > 0) {
    // `anak2` is just the plural: stem the base. `ikut2an` is `ikut-ikutan`.
    if (two === word.length - 1) return stemLowerWord(word.slice(0, two), dict, colloquial);
    const expanded = expandDigitTwo(word, two);
    const root = stemLowerWord(expanded, dict, colloquial);
    return root === expanded ? word : root;
  }
  if (hyphen && isReduplicated(word)) return stemReduplicated(word, dict);
  if (dict.has(word)) return word;
  const fixed = knownWord(word, dict) ?? nounConfixAn(word, dict) ?? agentiveFirst(word, dict) ?? prefixedIs(word, dict);
  if (fixed !== null) return fixed;
  const root = stemNonRoot(word, dict, trace);
  if (root !== word) return longerRoot(word, root, dict, trace.prefixInput) ?? root;
  return stemAgentive(word, dict) ?? (colloquial ? stemColloquial(word, dict) : null) ?? word;
}

/** Reused by every call (filled by stemNonRoot, read right after by longerRoot; nothing else touches it). */
const trace: EcsTrace = { prefixInput: '' };

/** Minimum length of what remains after -wan/-wati (keeps `marwan`, `ikhwan`…). */
const MIN_AGENT_BASE = 4;

/** `-wan`/`-wati` (after an optional -nya/-ku/-mu and -lah/-kah/-pun): root or null. */
function stemAgentive(word: string, dict: RootDictionary): string | null {
  let w = word;
  if (w.endsWith('lah') || w.endsWith('kah') || w.endsWith('pun')) w = w.slice(0, -3);
  if (w.endsWith('nya')) w = w.slice(0, -3);
  else if (w.endsWith('ku') || w.endsWith('mu')) w = w.slice(0, -2);
  let base: string;
  if (w.endsWith('wati')) base = w.slice(0, -4);
  else if (w.endsWith('wan')) base = w.slice(0, -3);
  else return null;
  if (base.length < MIN_AGENT_BASE) return null;
  if (dict.has(base)) return base;
  const root = stemSingular(base, dict);
  return root !== base ? root : null;
}

/** Frequent words ECS reads as another real root; applied only if the root is in the dictionary. */
function knownWord(word: string, dict: RootDictionary): string | null {
  let root: string;
  switch (word) {
    case 'mengalami':
    case 'dialami':
      root = 'alam';
      break;
    case 'memasuki':
      root = 'masuk';
      break;
    default:
      return null;
  }
  return dict.has(root) ? root : null;
}

/** Minimum root length accepted by the ke-/pe-…-an correction. */
const MIN_CONFIX_ROOT = 4;

/**
 * ke-…-an / pe(N)-…-an with a root ending in k: `kerusakan` → `rusak`,
 * `pemasukan` → `masuk`, `penyelidikan` → `selidik`. Null when the word does
 * not have that shape or no root is reached (ECS then runs as usual).
 */
function nounConfixAn(word: string, dict: RootDictionary): string | null {
  // Cheap shape test first: ke…/pe… of 7+ letters.
  if (word.length < 7 || codeAt(word, 1) !== 101) return null;
  if (codeAt(word, 0) !== 107 && codeAt(word, 0) !== 112) return null;
  let w = word;
  w = w.slice(0, w.length - particleLength(w));
  w = w.slice(0, w.length - possessiveLength(w));
  const n = w.length;
  if (n < 7 || !w.endsWith('kan')) return null;
  const c0 = codeAt(w, 0), c1 = codeAt(w, 1), c2 = codeAt(w, 2), c3 = codeAt(w, 3);
  if (c1 !== 101 /* e */ || (c0 !== 107 /* k */ && c0 !== 112) /* p */) return null;
  if (c0 === 112 && c2 === 114 /* r */ && (c3 === 97 || c3 === 101 || c3 === 105 || c3 === 111 || c3 === 117)) return null;
  const core = w.slice(0, n - 2);
  const root = removePrefixes(core, dict);
  // Short results are usually a -kan verb misread (kenakan → nak, perlukan → luk).
  return root !== core && root.length >= MIN_CONFIX_ROOT && dict.has(root) ? root : null;
}
