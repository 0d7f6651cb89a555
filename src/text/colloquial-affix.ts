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
import { codeAt } from './chars';

/** How a colloquial root was read: as written, through the slang table, or respelt (h restored, e for a). */
export type RootReading = 'direct' | 'slang' | 'respelt';

/**
 * The formal root a colloquial root stands for, with how it was read, or
 * undefined. A slang target counts only when it is a bare word (not itself
 * affixed: `nemu` → `menemukan` is no root).
 *
 * @example
 * ```ts
 * const v = { isFormal: (w: string) => w === 'dengar', freq: () => 0, slang: () => undefined };
 * readRoot('denger', v); // { root: 'dengar', how: 'respelt' }
 * ```
 */
export function readRoot(r: string, v: Vocabulary): { root: string; how: RootReading } | undefined {
  if (r.length < 2) return undefined;
  // the slang table first: abis is a dictionary root, but the word meant is habis
  const s = v.slang(r);
  if (s !== undefined && s.indexOf(' ') < 0 && v.isFormal(s) && !looksAffixed(s)) return { root: s, how: 'slang' };
  if (v.isFormal(r)) return { root: r, how: 'direct' };
  if (isVowelCode(codeAt(r, 0)) && v.isFormal('h' + r)) return { root: 'h' + r, how: 'respelt' };
  const a = lastSyllableEtoA(r);
  if (a !== undefined && v.isFormal(a)) return { root: a, how: 'respelt' };
  return undefined;
}

/**
 * The formal root a colloquial root stands for, or undefined (see {@link readRoot}).
 *
 * @example
 * ```ts
 * const v = { isFormal: (w: string) => w === 'hidup', freq: () => 0, slang: () => undefined };
 * resolveRoot('idup', v); // 'hidup'
 * ```
 */
export function resolveRoot(r: string, v: Vocabulary): string | undefined {
  return readRoot(r, v)?.root;
}

function looksAffixed(w: string): boolean {
  return w.startsWith('me') || w.startsWith('di') || w.startsWith('ber') || w.startsWith('ter') || w.startsWith('pe') || w.endsWith('kan');
}

/**
 * `denger` → `dengar`: the last `e` before a final consonant cluster as `a`, or undefined.
 *
 * @example
 * ```ts
 * lastSyllableEtoA('denger'); // 'dengar'
 * lastSyllableEtoA('sore');   // undefined
 * ```
 */
export function lastSyllableEtoA(r: string): string | undefined {
  let i = r.length - 1;
  while (i >= 0 && !isVowelCode(codeAt(r, i))) i--;
  if (i <= 0 || i === r.length - 1 || codeAt(r, i) !== 101) return undefined;
  return r.slice(0, i) + 'a' + r.slice(i + 1);
}

/** Syllables = vowels, with the diphthongs ai, au, oi counted once (buat and siap have two). */
function syllables(r: string): number {
  let n = 0;
  for (let i = 0; i < r.length; i++) {
    const c = codeAt(r, i);
    if (!isVowelCode(c)) continue;
    const prev = i > 0 ? codeAt(r, i - 1) : 0;
    const diphthong = (c === 105 /* i */ && (prev === 97 || prev === 111)) || (c === 117 /* u */ && prev === 97);
    if (!diphthong) n++;
  }
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
  const c0 = codeAt(r, 0);
  const c1 = codeAt(r, 1);
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

/** Counts the meN- family of an unknown root needs before `n-`/`m-` + `-in` is read as meN-. */
export const WEAK_NASAL_FAMILY_FLOOR = 5;

type Prefix = 'none' | 'di' | 'nasal' | 'weak-nasal';

interface Reading {
  prefix: Prefix;
  /** Read from the whole word although it ends in -in (the -in belongs to the root). */
  whole?: boolean;
  /** Candidate roots (colloquial spellings allowed: resolveRoot decides). */
  roots: string[];
}

/** The prefix readings of a stem (the word without its colloquial suffix). */
function readings(s: string, hasSuffix: boolean): Reading[] {
  const out: Reading[] = [];
  const c1 = codeAt(s, 1);
  const c2 = codeAt(s, 2);
  if (s.startsWith('nge') && s.length >= 5) out.push({ prefix: 'nasal', roots: [s.slice(3), 'e' + s.slice(3), 'ke' + s.slice(3)] });
  else if (s.startsWith('ng') && isVowelCode(c2)) out.push({ prefix: 'nasal', roots: [s.slice(2), 'k' + s.slice(2)] });
  else if (s.startsWith('ny') && isVowelCode(c2)) out.push({ prefix: 'nasal', roots: ['s' + s.slice(2), 'c' + s.slice(2)] });
  else if (codeAt(s, 0) === 110 /* n */ && isVowelCode(c1)) out.push({ prefix: 'weak-nasal', roots: ['t' + s.slice(1)] });
  else if (codeAt(s, 0) === 109 /* m */ && isVowelCode(c1) && c1 !== 101 /* me- is the formal prefix */) out.push({ prefix: 'weak-nasal', roots: ['p' + s.slice(1)] });
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
  let bestDirect = false;
  let bestRootFreq = -1;
  const all = readings(stem, hasIn);
  // the -in may belong to the root (ngebatin is nge + batin): also read the whole word, without suffix
  if (hasIn) for (const r of readings(w, false)) all.push({ ...r, whole: true });
  for (const reading of all) {
    const whole = reading.whole === true;
    // a bare nasal word needs five letters (ngak, nyet are not verbs)
    if (!hasIn && w.length < 5) continue;
    for (const raw of reading.roots) {
      const [per, rawRoot] = splitPer(raw);
      if (rawRoot.length < 3) continue;
      const read = readRoot(rawRoot, v);
      const resolved = read?.root;
      const root = resolved ?? rawRoot;
      const suffixes = !hasIn || whole ? [''] : root.endsWith('i') ? ['kan'] : ['kan', 'i'];
      for (const suffix of suffixes) {
        const fam = family(per, root, suffix, v);
        // A root nobody knows: only a nge-/ng-/ny-/di- reading with an attested family, or an
        // n-/m- + -in reading whose meN- family is well attested (nemuin → menemukan).
        const weakOk = reading.prefix === 'weak-nasal' && hasIn && !whole && fam >= WEAK_NASAL_FAMILY_FLOOR;
        if (resolved === undefined && (fam === 0 || reading.prefix === 'none' || (reading.prefix === 'weak-nasal' && !weakOk))) continue;
        // n-/m- + vowel is also how plain words start (nama, mata): demand an attested family.
        if (reading.prefix === 'weak-nasal' && fam === 0) continue;
        // a respelt root (h restored, e for a) must have its formal family counted (ngamen ↛ mengaman)
        if (read?.how === 'respelt' && fam === 0) continue;
        if (reading.prefix === 'none' && (!hasIn || whole)) continue;
        // a bare -in base that itself looks prefixed (merap-in, a place name) must be counted:
        // the caller's vocabulary may know it only as some affixed form (me + rap)
        if (reading.prefix === 'none' && looksAffixed(root) && v.freq(root) === 0) continue;
        const rootFreq = v.freq(root);
        const direct = read?.how === 'direct';
        if (fam > bestScore || (fam === bestScore && ((direct && !bestDirect) || (direct === bestDirect && rootFreq > bestRootFreq)))) {
          best = build(reading.prefix, per, root, suffix);
          bestScore = fam;
          bestDirect = direct;
          bestRootFreq = rootFreq;
        }
      }
    }
  }
  return best;
}

/** Formal suffix chains, longest first. */
const FORMAL_SUFFIXES = ['kannya', 'annya', 'inya', 'kan', 'nya', 'an', 'i', ''] as const;
/** Roots a meN-/peN- tail (the word after me-/pe-) may come from: `ngirim` → kirim, irim. */
function nasalRoots(tail: string): string[] {
  if (tail.startsWith('nge')) return [tail.slice(3), tail.slice(2), 'k' + tail.slice(2)];
  if (tail.startsWith('ng')) return [tail.slice(2), 'k' + tail.slice(2)];
  if (tail.startsWith('ny')) return ['s' + tail.slice(2), tail];
  if (tail.startsWith('m')) return [tail.slice(1), 'p' + tail.slice(1), tail];
  if (tail.startsWith('n')) return [tail.slice(1), 't' + tail.slice(1), tail];
  return [tail];
}

/**
 * Is `w` a formal affixed form of a known root, built the way the formal
 * prefixes and suffixes build words (`laporkan`, `diurusi`, `menyadari`,
 * `pemukulan`)? Such a word is formal even when it was never counted, so the
 * vowel-drop and typo rules must leave it alone (otherwise `laporkan`, the
 * output of `laporin`, would be "repaired" to `laporan`). Nasal prefixes are
 * checked by rebuilding them with {@link meN}.
 *
 * @example
 * ```ts
 * const v = { isFormal: (w: string) => w === 'lapor' || w === 'sadar', freq: () => 0, slang: () => undefined };
 * isDerivedFormal('laporkan', v);  // true
 * isDerivedFormal('menyadari', v); // true
 * isDerivedFormal('laporin', v);   // false
 * ```
 */
export function isDerivedFormal(w: string, v: Vocabulary): boolean {
  if (w.length < 5) return false;
  for (const suffix of FORMAL_SUFFIXES) {
    if (!w.endsWith(suffix)) continue;
    const body = w.slice(0, w.length - suffix.length);
    if (body.length < 3) continue;
    if (suffix !== '' && v.isFormal(body)) return true;
    for (const p of ['di', 'ter', 'ber', 'ke', 'se', 'per', 'memper', 'diper'] as const) {
      if (body.startsWith(p) && body.length - p.length >= 3 && v.isFormal(body.slice(p.length))) return true;
    }
    if (body.startsWith('me') || body.startsWith('pe')) {
      // rebuild the nasal form from each candidate root and compare (peN- has meN-'s shape)
      const tail = body.slice(2);
      for (const root of nasalRoots(tail)) if (root.length >= 3 && v.isFormal(root) && meN(root).slice(2) === tail) return true;
    }
  }
  return false;
}
