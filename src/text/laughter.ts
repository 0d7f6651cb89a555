/**
 * Laughter words (`wkwkwk`, `hahaha`, `hehe`, `xixixi`, `awokwok`) recognised
 * by shape with a char-code loop, case-insensitive.
 */
import { codeAt } from './chars';

function lower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Is `s[i, j)` a laughter word? */
export function isLaughter(s: string, i: number, j: number): boolean {
  const len = j - i;
  if (len < 4 || len > 4096) return false;
  const a = lower(codeAt(s, i));
  const b = lower(codeAt(s, i + 1));
  // wkwk / kwkw family: only w and k, both present, at least 4 letters.
  if ((a === 119 && b === 107) || (a === 107 && b === 119)) {
    for (let k = i; k < j; k++) {
      const c = lower(codeAt(s, k));
      if (c !== 119 && c !== 107) return false;
    }
    return true;
  }
  // awokwok(wok…)
  if (a === 97 && b === 119 && len >= 6) {
    for (let k = i + 1; k < j; k++) {
      const c = lower(codeAt(s, k));
      if (c !== 119 && c !== 111 && c !== 107) return false;
    }
    return true;
  }
  // (h|x)V repeated: haha, hehe, hihi, hoho, xixi; at least two syllables, one vowel.
  if (a === 104 || a === 120) {
    const v = b;
    if (v !== 97 && v !== 101 && v !== 105 && v !== 111) return false;
    let syll = 0;
    let k = i;
    while (k + 1 < j) {
      const c = lower(codeAt(s, k));
      const d = lower(codeAt(s, k + 1));
      if (c !== a && !(a === 120 && c === 120)) return false;
      if (d !== v) return false;
      k += 2;
      syll++;
      // allow elongated vowels: haaahaaa
      while (k < j && lower(codeAt(s, k)) === v) k++;
    }
    // a trailing consonant like 'hahah' is still laughter
    if (k < j) {
      if (k + 1 !== j || lower(codeAt(s, k)) !== a) return false;
    }
    return syll >= 2;
  }
  return false;
}
