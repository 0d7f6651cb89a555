/**
 * Small helpers shared by the token pass (`score.ts`) and the stance pass
 * (`stance.ts`), kept below both so neither imports the other for them.
 */
import type { SentimentHit } from './types';

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
 * True when the surface has at least two ASCII letters and no lowercase
 * ASCII letter (`PARAH`, `SK`, `ATR/BPN`).
 *
 * @example
 * ```ts
 * isAllCaps('PARAH'); // true
 * isAllCaps('Parah'); // false
 * ```
 */
export function isAllCaps(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}
