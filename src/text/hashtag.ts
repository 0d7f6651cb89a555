/**
 * Hashtag segmentation for the scorer: `#PangkalpinangHebat` →
 * `pangkalpinang hebat`. Splits on camelCase, digits and underscores; an
 * all-lowercase run is split by dictionary word-break when every piece is a
 * known word (bounded: runs over 40 characters are left whole).
 */
import type { KnownWordFn } from './normalize-word';
import { codeAt } from './chars';

function isLowerCode(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isUpperCode(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Splits the hashtag body (without `#`) into raw segments by case, digits and `_`. */
export function splitHashtagBody(body: string): string[] {
  const out: string[] = [];
  let start = 0;
  const cut = (i: number): void => {
    if (i > start) out.push(body.slice(start, i));
    start = i;
  };
  for (let i = 0; i < body.length; i++) {
    const c = codeAt(body, i);
    if (c === 95) {
      cut(i);
      start = i + 1;
      continue;
    }
    if (i === start) continue;
    const p = codeAt(body, i - 1);
    if (isUpperCode(c) && isLowerCode(p)) cut(i);
    else if (isUpperCode(c) && isUpperCode(p) && i + 1 < body.length && isLowerCode(codeAt(body, i + 1))) cut(i); // PKPHebat → PKP Hebat
    else if (isDigitCode(c) !== isDigitCode(p)) cut(i);
  }
  cut(body.length);
  return out;
}

/**
 * Word-break of a lowercase run into known words, preferring the fewest
 * pieces; returns undefined when no full segmentation exists.
 */
export function wordBreak(run: string, known: KnownWordFn, maxLen = 40): string[] | undefined {
  const n = run.length;
  if (n > maxLen || n < 6) return undefined;
  const best: (number | undefined)[] = new Array<number | undefined>(n + 1).fill(undefined);
  const back = new Array<number>(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - 20); j < i; j++) {
      const bj = best[j];
      if (bj === undefined || i - j < 2) continue;
      if (!known(run.slice(j, i))) continue;
      if (best[i] === undefined || bj + 1 < best[i]!) {
        best[i] = bj + 1;
        back[i] = j;
      }
    }
  }
  if (best[n] === undefined || best[n] === 1) return undefined;
  const parts: string[] = [];
  for (let i = n; i > 0; i = back[i]!) parts.push(run.slice(back[i]!, i));
  return parts.reverse();
}
