/**
 * One-edit typo repair (`jalab` → `jalan`, `petigas` → `petugas`,
 * `kecamtan` → `kecamatan`): every word one deletion, insertion (of a vowel
 * or of a key next to a neighbouring letter), substitution with a
 * neighbouring key (QWERTY, as on phone keyboards) or adjacent transposition
 * away from the token is looked up among the
 * *frequent* formal words, and the token is repaired only when exactly one
 * such word exists. Tokens shorter than {@link TYPO_MIN_LENGTH} are never
 * touched (too many real words lie one edit apart).
 */

/** Shortest token considered for repair. */
export const TYPO_MIN_LENGTH = 5;
/** Fewest corpus occurrences of a repair target. */
export const TYPO_FLOOR = 20;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = 'aiueo';

/** Keys next to each letter on a QWERTY keyboard (same row and the rows above/below). */
const NEIGHBOURS: Readonly<Record<string, string>> = {
  q: 'wa', w: 'qeas', e: 'wrsd', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

/**
 * The unique frequent word one edit away from `w`, or undefined.
 *
 * @example
 * ```ts
 * const freq = (w: string) => (w === 'sampah' ? 80 : 0);
 * repairTypo('sampag', freq); // 'sampah'
 * ```
 */
export function repairTypo(w: string, freq: (word: string) => number, floor = TYPO_FLOOR): string | undefined {
  const n = w.length;
  if (n < TYPO_MIN_LENGTH) return undefined;
  let found: string | undefined;
  const consider = (c: string): boolean => {
    if (c === found || freq(c) < floor) return true;
    if (found !== undefined) return false; // a second candidate: ambiguous
    found = c;
    return true;
  };
  for (let i = 0; i < n; i++) {
    // deletion
    if (!consider(w.slice(0, i) + w.slice(i + 1))) return undefined;
    // substitution by a neighbouring key
    const near = NEIGHBOURS[w[i]!] ?? '';
    for (let k = 0; k < near.length; k++) {
      if (!consider(w.slice(0, i) + near[k] + w.slice(i + 1))) return undefined;
    }
    // transposition
    if (i + 1 < n && w[i] !== w[i + 1] && !consider(w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2))) return undefined;
  }
  // insertion of a dropped letter: a vowel, or a key next to (or equal to) a neighbouring letter
  for (let i = 0; i <= n; i++) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    const around = (i > 0 ? w[i - 1]! + (NEIGHBOURS[w[i - 1]!] ?? '') : '') + (i < n ? w[i]! + (NEIGHBOURS[w[i]!] ?? '') : '');
    for (let k = 0; k < LETTERS.length; k++) {
      const ch = LETTERS[k]!;
      if (!VOWELS.includes(ch) && !around.includes(ch)) continue;
      if (!consider(head + ch + tail)) return undefined;
    }
  }
  return found;
}
