/**
 * Colloquial (Jakarta-style) morphology → the formal affixed word:
 *
 * - nasal prefixes `nge-`, `ng-`, `ny-`, and `n-` / `m-` before a vowel become
 *   the formal `meN-` with the root's initial restored: `ngeluh` → `mengeluh`,
 *   `ngurus` → `mengurus`, `nyapu` → `menyapu`, `nyatet` → `mencatat`,
 *   `nunggu` → `menunggu`, `motong` → `memotong`;
 * - the suffix `-in` becomes `-kan` or `-i`, whichever family the counted
 *   vocabulary attests for that root (`laporin` → `laporkan`, `tanganin` →
 *   `tangani`); with `di-` it stays passive (`dibiarin` → `dibiarkan`), with
 *   a nasal prefix it is active (`ngejelasin` → `menjelaskan`), and alone it
 *   is the bare imperative form (`jelasin` → `jelaskan`);
 * - `-ny` for `-nya` after a known word: `jalanny` → `jalannya`.
 *
 * The root may itself be colloquial: a slang key (`sampe` → `sampai`), a
 * dropped `h` (`idup` → `hidup`, `abis` → `habis`) or the Jakarta `e` for `a`
 * in the last syllable (`denger` → `dengar`, `selamet` → `selamat`).
 * Nothing is returned unless the root is a known word or its formal family is
 * attested, so unknown names are left alone.
 */
import { isVowelCode, type Vocabulary } from './vocabulary';

/** The formal root a colloquial root stands for, or undefined. */
export function resolveRoot(r: string, v: Vocabulary): string | undefined {
  if (r.length < 2) return undefined;
  // the slang table first: abis is a dictionary root, but the word meant is habis
  const s = v.slang(r);
  if (s !== undefined && s.indexOf(' ') < 0 && v.isFormal(s)) return s;
  if (v.isFormal(r)) return r;
  if (isVowelCode(r.charCodeAt(0)) && v.isFormal('h' + r)) return 'h' + r;
  const a = lastSyllableEtoA(r);
  if (a !== undefined && v.isFormal(a)) return a;
  return undefined;
}

/** `denger` → `dengar`: the last `e` before a final consonant cluster as `a`, or undefined. */
export function lastSyllableEtoA(r: string): string | undefined {
  let i = r.length - 1;
  while (i >= 0 && !isVowelCode(r.charCodeAt(i))) i--;
  if (i <= 0 || i === r.length - 1 || r.charCodeAt(i) !== 101) return undefined;
  return r.slice(0, i) + 'a' + r.slice(i + 1);
}

function syllables(r: string): number {
  let n = 0;
  for (let i = 0; i < r.length; i++) if (isVowelCode(r.charCodeAt(i)) && (i === 0 || !isVowelCode(r.charCodeAt(i - 1)))) n++;
  return n;
}

/**
 * The formal `meN-` form of a root: `lapor` → `melapor`, `pukul` → `memukul`,
 * `tulis` → `menulis`, `sapu` → `menyapu`, `kirim` → `mengirim`, `ambil` →
 * `mengambil`, `cat` → `mengecat`; a consonant cluster keeps its first letter
 * (`proses` → `memproses`, `kritik` → `mengkritik`).
 *
 * @example
 * ```ts
 * meN('tunggu'); // 'menunggu'
 * ```
 */
export function meN(r: string): string {
  const c0 = r.charCodeAt(0);
  const c1 = r.charCodeAt(1);
  if (isVowelCode(c0)) return 'meng' + r;
  if (syllables(r) <= 1) return 'menge' + r;
  const cluster = !isVowelCode(c1);
  switch (r.charAt(0)) {
    case 'b':
    case 'f':
    case 'v':
      return 'mem' + r;
    case 'p':
      return cluster ? 'mem' + r : 'mem' + r.slice(1);
    case 'c':
    case 'd':
    case 'j':
    case 'z':
      return 'men' + r;
    case 't':
      return cluster ? 'men' + r : 'men' + r.slice(1);
    case 's':
      return cluster ? 'men' + r : 'meny' + r.slice(1);
    case 'k':
      return cluster ? 'meng' + r : 'meng' + r.slice(1);
    case 'g':
    case 'h':
    case 'q':
      return 'meng' + r;
    default:
      // l m n r w y, and ng-/ny- roots
      return 'me' + r;
  }
}

/** Fewest counts of the formal word for a bare e→a rewrite (kesel → kesal). */
export const BARE_E_TO_A_FLOOR = 3;

type Prefix = 'none' | 'di' | 'nasal' | 'weak-nasal';

interface Reading {
  prefix: Prefix;
  /** Candidate roots (colloquial spellings allowed: resolveRoot decides). */
  roots: string[];
}

/** The prefix readings of a stem (the word without its colloquial suffix). */
function readings(s: string, hasSuffix: boolean): Reading[] {
  const out: Reading[] = [];
  const c1 = s.charCodeAt(1);
  const c2 = s.charCodeAt(2);
  if (s.startsWith('nge') && s.length >= 5) out.push({ prefix: 'nasal', roots: [s.slice(3), 'e' + s.slice(3), 'ke' + s.slice(3)] });
  else if (s.startsWith('ng') && isVowelCode(c2)) out.push({ prefix: 'nasal', roots: [s.slice(2), 'k' + s.slice(2)] });
  else if (s.startsWith('ny') && isVowelCode(c2)) out.push({ prefix: 'nasal', roots: ['s' + s.slice(2), 'c' + s.slice(2)] });
  else if (s.charCodeAt(0) === 110 /* n */ && isVowelCode(c1)) out.push({ prefix: 'weak-nasal', roots: ['t' + s.slice(1)] });
  else if (s.charCodeAt(0) === 109 /* m */ && isVowelCode(c1) && c1 !== 101 /* me- is the formal prefix */) out.push({ prefix: 'weak-nasal', roots: ['p' + s.slice(1)] });
  if (hasSuffix) {
    if (s.startsWith('di') && s.length >= 5) out.push({ prefix: 'di', roots: [s.slice(2)] });
    out.push({ prefix: 'none', roots: [s] });
  }
  return out;
}

/** `per-` kept in front of a root: `perbaik` → root `baik`. */
function splitPer(base: string): [string, string] {
  return base.startsWith('per') && base.length >= 6 ? ['per', base.slice(3)] : ['', base];
}

function build(prefix: Prefix, per: string, root: string, suffix: string): string {
  const body = per + root;
  if (prefix === 'di') return 'di' + body + suffix;
  if (prefix === 'nasal' || prefix === 'weak-nasal') return (per === '' ? meN(root) : 'memper' + root) + suffix;
  return body + suffix;
}

/** How often the formal family of root + suffix is attested (bare, di-, meN-). */
function family(per: string, root: string, suffix: string, v: Vocabulary): number {
  const body = per + root;
  const active = per === '' ? meN(root) : 'memper' + root;
  // Without a suffix the bare root says nothing about the prefixed form (macer ↛ memacar).
  let n = v.freq('di' + body + suffix) + v.freq(active + suffix);
  if (suffix !== '') n += v.freq(body + suffix) + v.freq(active + suffix + 'nya') + v.freq('di' + body + suffix + 'nya');
  return n;
}

/**
 * The formal word for a colloquial affixed form, or undefined when the token
 * does not have that shape or no reading reaches a known root.
 *
 * @example
 * ```ts
 * const words = new Map([['lapor', 50], ['laporkan', 5], ['melapor', 9]]);
 * const v = { isFormal: (w: string) => words.has(w), freq: (w: string) => words.get(w) ?? 0, slang: () => undefined };
 * colloquialToFormal('laporin', v);  // 'laporkan'
 * colloquialToFormal('ngelapor', v); // 'melapor'
 * ```
 */
export function colloquialToFormal(w: string, v: Vocabulary): string | undefined {
  const n = w.length;
  if (n < 4) return undefined;
  // -ny for -nya: only after a known word
  if (n >= 5 && w.endsWith('ny') && !w.endsWith('nny')) {
    const base = w.slice(0, -2);
    if (v.isFormal(base)) return base + 'nya';
  }
  if (w.endsWith('nny') && n >= 6 && v.isFormal(w.slice(0, -2))) return w.slice(0, -2) + 'nya';
  const hasIn = n >= 6 && w.endsWith('in');
  // a bare word with the Jakarta e for a (kesel → kesal, deket → dekat), when the formal word is counted
  if (!hasIn) {
    const a = lastSyllableEtoA(w);
    if (a !== undefined && v.freq(a) >= BARE_E_TO_A_FLOOR) return a;
  }
  const stem = hasIn ? w.slice(0, -2) : w;
  let best: string | undefined;
  let bestScore = -1;
  let bestRootFreq = -1;
  for (const reading of readings(stem, hasIn)) {
    for (const raw of reading.roots) {
      const [per, rawRoot] = splitPer(raw);
      if (rawRoot.length < 3) continue;
      const resolved = resolveRoot(rawRoot, v);
      const root = resolved ?? rawRoot;
      const suffixes = !hasIn ? [''] : root.endsWith('i') ? ['kan'] : ['kan', 'i'];
      for (const suffix of suffixes) {
        const fam = family(per, root, suffix, v);
        // A root nobody knows: only a nge-/ng-/ny-/di- reading with an attested family.
        if (resolved === undefined && (fam === 0 || reading.prefix === 'none' || reading.prefix === 'weak-nasal')) continue;
        // n-/m- + vowel is also how plain words start (nama, mata): demand an attested family.
        if (reading.prefix === 'weak-nasal' && fam === 0) continue;
        if (reading.prefix === 'none' && !hasIn) continue;
        const rootFreq = v.freq(root);
        if (fam > bestScore || (fam === bestScore && rootFreq > bestRootFreq)) {
          best = build(reading.prefix, per, root, suffix);
          bestScore = fam;
          bestRootFreq = rootFreq;
        }
      }
    }
  }
  return best;
}
