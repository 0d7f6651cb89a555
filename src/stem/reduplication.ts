/**
 * Words with hyphens (reduplication, `kuasa-Mu`, `allah-lah`) and the `anak2`
 * shorthand. Sastrawi's rule (Asian 2007): split at the last hyphen, stem
 * both halves, and return the common root when they agree, else the word.
 */
import type { RootDictionary } from './dictionary';
import { stemSingular } from './ecs';
import { codeAt } from '../text/chars';

const HYPHEN = 45;
const TWO = 50;

/** -ku -mu -nya -lah -kah -tah -pun: a hyphenated clitic, not a second half. */
function isClitic(s: string): boolean {
  switch (s) {
    case 'ku':
    case 'mu':
    case 'nya':
    case 'lah':
    case 'kah':
    case 'tah':
    case 'pun':
      return true;
    default:
      return false;
  }
}

/**
 * Sastrawi's `isPlural`: a hyphen that is not just a clitic (`nikmat-ku`
 * is singular, `malaikat-malaikat-nya` is plural).
 */
export function isReduplicated(word: string): boolean {
  const last = word.lastIndexOf('-');
  if (last < 0) return false;
  if (isClitic(word.slice(last + 1))) return word.lastIndexOf('-', last - 1) >= 0;
  return true;
}

/**
 * Sastrawi's `stemPluralWord`: `buku-buku` → `buku`, `berbalas-balasan` →
 * `balas`, `meniru-nirukan` → `tiru` (a second half that is not a root is
 * retried with `me-`), `malaikat-malaikat-nya` → `malaikat`; halves with
 * different roots (`bolak-balik`) keep the whole word.
 *
 * @example
 * ```ts
 * stemReduplicated('anak-anak', new Set(['anak'])); // 'anak'
 * ```
 */
export function stemReduplicated(word: string, dict: RootDictionary): string {
  const last = word.lastIndexOf('-');
  let first = word.slice(0, last);
  let second = word.slice(last + 1);
  if (isClitic(second)) {
    const inner = first.lastIndexOf('-');
    if (inner >= 0) {
      second = first.slice(inner + 1) + '-' + second;
      first = first.slice(0, inner);
    }
  }
  const root1 = stemSingular(first, dict);
  let root2 = stemSingular(second, dict);
  if (root2 === second && !dict.has(second)) root2 = stemSingular('me' + second, dict);
  return root1 === root2 ? root1 : word;
}

/**
 * The informal `2` reduplication (`anak2`, `hati2lah`, `sebaik2nya`): the
 * index of the `2` when the word is letters, one `2` after at least two
 * letters, then optional letters; otherwise -1. Such a word is rewritten as
 * `X-X…` (e.g. `anak-anak`, `sebaik-sebaiknya`).
 */
export function digitTwoIndex(word: string): number {
  const n = word.length;
  let at = -1;
  for (let i = 0; i < n; i++) {
    const c = codeAt(word, i);
    if (c >= 97 && c <= 122) continue;
    if (c === TWO && at < 0 && i >= 2) {
      at = i;
      continue;
    }
    return -1;
  }
  return at;
}

/** `anak2` → `anak-anak`, `sebaik2nya` → `sebaik-sebaiknya`. */
export function expandDigitTwo(word: string, at: number): string {
  const base = word.slice(0, at);
  return base + '-' + base + word.slice(at + 1);
}

/** True when the word contains a hyphen (char-code scan, no regex). */
export function hasHyphen(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (codeAt(word, i) === HYPHEN) return true;
  return false;
}
