/**
 * Colloquial (Jakarta-style) affixes for the stemmer, tried only where ECS
 * gives up: the suffix `-in` (`dengerin` → `dengar`, `laporin` → `lapor`,
 * `dibeliin` → `beli`) and the nasal prefixes `nge-`, `ng-`, `ny-`
 * (`ngerjain` → `kerja`, `ngebersihin` → `bersih`, `nyariin` → `cari`). The
 * root may be spelt colloquially with `e` for `a` in its last syllable
 * (`denger` → `dengar`, `bener` → `benar`) or without its `h` (`abis` →
 * `habis`). A result is only returned when it is a root of the dictionary.
 */
import type { RootDictionary } from './dictionary';
import { stemSingular } from './ecs';
import { codeAt } from '../text/chars';

function isVowel(c: number): boolean {
  return c === 97 || c === 105 || c === 117 || c === 101 || c === 111;
}

/** The root spellings a colloquial form may stand for: as is, e→a in the last syllable, with h restored. */
function spellings(r: string): string[] {
  const out = [r];
  let i = r.length - 1;
  while (i >= 0 && !isVowel(codeAt(r, i))) i--;
  if (i > 0 && i < r.length - 1 && codeAt(r, i) === 101) out.push(r.slice(0, i) + 'a' + r.slice(i + 1));
  if (isVowel(codeAt(r, 0))) out.push('h' + r);
  return out;
}

/**
 * Frequent c-initial roots that colloquial `ny-` stands for (`nyari` is
 * `cari`, not `sari`); any other `ny-` tries s- first, as formal `meny-` does.
 * A switch, so nothing is built at import time.
 */
function isNyCRoot(r: string): boolean {
  switch (r) {
    case 'cari':
    case 'coba':
    case 'cuci':
    case 'cium':
    case 'curi':
    case 'catat':
    case 'cetak':
    case 'cicil':
    case 'colek':
    case 'contek':
    case 'copot':
    case 'cabut':
    case 'colong':
    case 'cubit':
    case 'cukur':
    case 'celup':
      return true;
    default:
      return false;
  }
}

/** Nasal-prefix readings of a stem: the candidate roots, then the stem itself. */
function prefixReadings(s: string): string[] {
  const c1 = codeAt(s, 1);
  const c2 = codeAt(s, 2);
  const rest2 = s.slice(2);
  // nge- + root, or ng- + a k-root starting with e (ngeluarin is keluar + -in, not luar)
  if (s.startsWith('nge') && s.length >= 5) return ['ke' + s.slice(3), s.slice(3), s];
  if (s.startsWith('ng') && isVowel(c2)) return [rest2, 'k' + rest2, s];
  if (s.startsWith('ny') && isVowel(c2)) {
    const c = 'c' + rest2;
    return spellings(c).some(isNyCRoot) ? [c, 's' + rest2, s] : ['s' + rest2, c, s];
  }
  // n- for t-, m- for p- (nungguin → tunggu, motongin → potong); me- is the formal prefix
  if (codeAt(s, 0) === 110 && isVowel(c1)) return ['t' + s.slice(1), s];
  if (codeAt(s, 0) === 109 && isVowel(c1) && c1 !== 101) return ['p' + s.slice(1), s];
  return [s];
}

/**
 * Root of a colloquial affixed word, or null.
 *
 * @example
 * ```ts
 * stemColloquial('dengerin', new Set(['dengar'])); // 'dengar'
 * ```
 */
export function stemColloquial(word: string, dict: RootDictionary): string | null {
  const hasIn = word.length >= 6 && word.endsWith('in');
  const s = hasIn ? word.slice(0, -2) : word;
  if (!hasIn && !(s.startsWith('ng') || s.startsWith('ny'))) return null;
  if (s.length < 3) return null;
  for (const reading of prefixReadings(s)) {
    for (const sp of spellings(reading)) {
      if (dict.has(sp)) return sp;
      // di-/ter-/ke- and formal affixes still attached (dibeliin → dibeli → beli)
      const r = stemSingular(sp, dict);
      if (r !== sp && dict.has(r)) return r;
    }
  }
  return null;
}
