/**
 * Small helpers shared by the token pass (`score.ts`) and the stance pass
 * (`stance.ts`), kept below both so neither imports the other for them.
 */
import type { SentimentHit } from './types';
import { codeAt } from '../text/chars';

/**
 * The lexicon term of a hit: its lemma without the negator of a negated term
 * (`tidak rumit` → `rumit`).
 *
 * @example
 * ```ts
 * termOf({ lemma: 'tidak rumit', negator: 'tidak' } as SentimentHit); // 'rumit'
 * ```
 */
export function termOf(h: SentimentHit): string {
  return h.negator === undefined ? h.lemma : h.lemma.slice(h.negator.length + 1);
}

/**
 * True when the surface `s[start, end)` has at least two ASCII letters and no
 * lowercase ASCII letter (`PARAH`, `SK`, `ATR/BPN`); read in place, so the
 * token pass needs no substring.
 *
 * @example
 * ```ts
 * isAllCaps('PARAH'); // true
 * isAllCaps('Parah'); // false
 * isAllCaps('kata SK itu', 5, 7); // true
 * ```
 */
export function isAllCaps(s: string, start = 0, end = s.length): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const c = codeAt(s, i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}
