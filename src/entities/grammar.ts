/**
 * The name grammar: `{Dinas|Badan|Kantor|Satuan|…} <urusan words>( , | dan
 * <urusan words>)*`, named units (`RSUD <name>`, `Kecamatan <name>`), and the
 * region words that may follow an agency (`Kota Pangkalpinang`, `Kab.
 * Bangka`, `Babel`). Runs only where the trie found a head word, so its small
 * per-word allocations stay off the hot path. Its closed word lists (tail
 * words, stop words, honorifics …) are data in `lexicons/entities/grammar.json`,
 * held by the compiled registry.
 */
import { isAlnum, isIgnorable, isWordChar, trieWalk, type TrieMatch } from './matcher';
import type { CompiledRegistry, Entry, RegionInfo, UnitEntry, UnitKind } from './registry';
import type { RegionLevel } from './types';
import { codeAt } from '../text/chars';

/** Result of parsing a head + urusan words. */
export interface GrammarMatch {
  end: number;
  kinds: string[];
  /** Surface of the name (head … last urusan word). */
  surface: string;
  /** The name used an abbreviation (`Dinas PUPR`): take the kind's name. */
  abbreviated: boolean;
}


function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90;
}

/**
 * Skips inline spaces (no newline) from `i`, and the invisible characters
 * among them (a zero-width space pasted before a word: `Dinas \u200BPerhubungan`),
 * so the next word starts on its first letter.
 */
export function skipSpaces(text: string, i: number): number {
  while (i < text.length) {
    const c = codeAt(text, i);
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x202f || isIgnorable(c)) i++;
    else break;
  }
  return i;
}

/** End of the word starting at `i`. */
export function wordEnd(text: string, i: number): number {
  while (i < text.length && isWordChar(codeAt(text, i))) i++;
  return i;
}

/**
 * Parses urusan words after a head word ending at `headEnd`.
 *
 * @example
 * ```ts
 * // 'Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga' → kinds [dinas.pariwisata, dinas.kebudayaan, dinas.pora]
 * ```
 */
export function parseGrammar(reg: CompiledRegistry, text: string, headStart: number, headEnd: number, head: string): GrammarMatch | undefined {
  const capHead = isUpperAscii(codeAt(text, headStart));
  const words: { start: number; end: number; lower: string }[] = [];
  let j = headEnd;
  for (;;) {
    let k = skipSpaces(text, j);
    if (k < text.length && (codeAt(text, k) === 44 || codeAt(text, k) === 38)) k = skipSpaces(text, k + 1);
    if (k === j || k >= text.length || !isAlnum(codeAt(text, k))) break;
    const e = wordEnd(text, k);
    if (e - k > 40) break;
    const lower = text.slice(k, e).toLowerCase();
    if (lower === 'dan' || lower === 'serta') {
      j = e;
      continue;
    }
    if (!reg.vocab.has(lower)) break;
    if (capHead && !isUpperAscii(codeAt(text, k))) break;
    words.push({ start: k, end: e, lower });
    j = e;
    if (words.length > 24) break;
  }
  if (words.length === 0) return undefined;
  const kinds: string[] = [];
  const used = new Array<boolean>(words.length).fill(false);
  let abbreviated = false;
  for (let w = 0; w < words.length; ) {
    const phrases = reg.urusan.get(words[w]!.lower);
    let len = 0;
    if (phrases !== undefined) {
      for (const p of phrases) {
        if (w + p.words.length > words.length) continue;
        let ok = true;
        for (let q = 0; q < p.words.length; q++) if (words[w + q]!.lower !== p.words[q]) ok = false;
        if (ok) {
          len = p.words.length;
          if (!kinds.includes(p.kind)) kinds.push(p.kind);
          if (len === 1 && reg.abbreviations.has(p.words[0]!)) abbreviated = true;
          break;
        }
      }
    }
    if (len > 0) {
      for (let q = 0; q < len; q++) used[w + q] = true;
      w += len;
    } else w++;
  }
  let last = words.length - 1;
  while (last >= 0 && !used[last] && !reg.grammar.tailWords.has(words[last]!.lower)) last--;
  if (last < 0 || kinds.length === 0) return undefined;
  const compatible = kinds.filter((k) => reg.kinds.get(k)?.heads.has(head) === true);
  if (compatible.length === 0) return undefined;
  const primary = compatible[0]!;
  const ordered = [primary, ...kinds.filter((k) => k !== primary)];
  const end = words[last]!.end;
  return { end, kinds: ordered, surface: text.slice(headStart, end), abbreviated };
}

/** A region reference found after an agency or standing alone. */
export interface RegionMatch {
  start: number;
  end: number;
  region: RegionInfo;
}

function pickRegion(values: readonly Entry[], level: RegionLevel | undefined, allowAttachedOnly: boolean): Entry & { t: 'region' } | undefined {
  let best: (Entry & { t: 'region' }) | undefined;
  const rank = (r: RegionInfo): number => (r.level === 'provinsi' ? 0 : r.level === 'kota' ? 1 : 2);
  for (const v of values) {
    if (v.t !== 'region') continue;
    if (v.attachedOnly && !allowAttachedOnly) continue;
    if (level !== undefined && v.region.level !== level) continue;
    if (best === undefined || rank(v.region) < rank(best.region)) best = v;
  }
  return best;
}

/** Is `pos` the first word of a sentence (start of text or after . ! ? or a newline)? */
export function sentenceInitial(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0) {
    const c = codeAt(text, k);
    if (c === 32 || c === 9 || c === 0xa0 || c === 34 || c === 39 || c === 0x201c || c === 40) k--;
    else return c === 46 || c === 33 || c === 63 || c === 10 || c === 13 || c === 58;
  }
  return true;
}


/** Case rules of a bare region name. */
function caseOk(reg: CompiledRegistry, text: string, start: number, v: Entry & { t: 'region' }, afterLevel: boolean, attached: boolean): boolean {
  if (v.alias || v.region.anycase) return true;
  const upper = isUpperAscii(codeAt(text, start));
  if (afterLevel) return true;
  // Social style writes 'dinkes sleman', 'diskominfo balikpapan': right after an agency a lower-case
  // region name is the agency's region, unless the name is also an ordinary word (batu, malang, pati).
  if (!upper) return attached && (!v.region.common || !reg.grammar.ordinaryAfterAgency.has(v.region.bare.toLowerCase()));
  if (v.region.common && !attached && sentenceInitial(text, start)) return false;
  return true;
}

const out1: TrieMatch<Entry>[] = [];
const out2: TrieMatch<Entry>[] = [];

/**
 * Region words starting at `pos`: `[level word] <name>` (`Kota Pangkalpinang`,
 * `Pemkab Bateng`, `Kab. Bandung`) or a bare name/alias (`Babel`).
 * `attached` = right after an agency (PKP and lower-case names allowed).
 * `walked`: the caller's own walk of `reg.trie` from `pos` (the tagger has
 * just made it), so the same walk is not made twice.
 */
export function regionAt(reg: CompiledRegistry, text: string, pos: number, attached: boolean, walked?: readonly TrieMatch<Entry>[]): RegionMatch | undefined {
  let matches: readonly TrieMatch<Entry>[];
  if (walked !== undefined) matches = walked;
  else {
    out1.length = 0;
    trieWalk(reg.trie, text, pos, out1);
    matches = out1;
  }
  let best: RegionMatch | undefined;
  for (let m = matches.length - 1; m >= 0; m--) {
    const match = matches[m]!;
    for (const v of match.values) {
      if (v.t === 'level') {
        let k = match.end;
        if (k < text.length && codeAt(text, k) === 46) k++;
        const k2 = skipSpaces(text, k);
        if (k2 === k && k === match.end) continue;
        if (k2 >= text.length || !isAlnum(codeAt(text, k2))) continue;
        out2.length = 0;
        trieWalk(reg.trie, text, k2, out2);
        for (let q = out2.length - 1; q >= 0; q--) {
          const r = pickRegion(out2[q]!.values, v.level, true);
          if (r !== undefined && (best === undefined || out2[q]!.end > best.end)) {
            best = { start: pos, end: out2[q]!.end, region: r.region };
            break;
          }
        }
      } else if (v.t === 'region') {
        const r = pickRegion(match.values, undefined, attached);
        if (r === undefined || !caseOk(reg, text, pos, r, false, attached)) continue;
        if (!attached && standaloneBlocked(reg, text, pos, match.end)) continue;
        if (best === undefined || match.end > best.end) best = { start: pos, end: match.end, region: r.region };
        break;
      }
    }
    if (best !== undefined) break;
  }
  return best;
}


/** `Pulau Bangka`, `Selat Bangka`, `Basel III`: a place-name look-alike that is not a region reference. */
function standaloneBlocked(reg: CompiledRegistry, text: string, start: number, end: number): boolean {
  // previous word
  let k = start - 1;
  while (k >= 0 && (codeAt(text, k) === 32 || codeAt(text, k) === 46)) k--;
  let b = k;
  while (b >= 0 && isWordChar(codeAt(text, b))) b--;
  if (k > b && k - b <= 12 && reg.grammar.geoWords.has(text.slice(b + 1, k + 1).toLowerCase())) return true;
  // following roman numeral or number (Basel III, Basel 2)
  const n = skipSpaces(text, end);
  if (n > end && n < text.length) {
    const e = wordEnd(text, n);
    const w = text.slice(n, e);
    if (/^(?:[IVX]+|\d+)$/.test(w)) return true;
  }
  return false;
}

/**
 * The region after an official's title (`Wali Kota Bogor`, `Bupati Bangka`,
 * `Gubernur Babel`): a region name of the level the title implies, so
 * `Bupati Bogor` is the regency and `Wali Kota Bogor` the city.
 */
export function regionAfterTitle(reg: CompiledRegistry, text: string, end: number, level: RegionLevel | undefined): RegionMatch | undefined {
  const k = skipSpaces(text, end);
  if (k === end || k >= text.length || !isAlnum(codeAt(text, k))) return undefined;
  out2.length = 0;
  trieWalk(reg.trie, text, k, out2);
  for (let q = out2.length - 1; q >= 0; q--) {
    const m = out2[q]!;
    if (m.values.some((v) => v.t === 'level')) {
      const r = regionAt(reg, text, k, true);
      if (r !== undefined && (level === undefined || r.region.level === level)) return r;
      continue;
    }
    const r = pickRegion(m.values, level, false);
    if (r !== undefined && caseOk(reg, text, k, r, false, true)) return { start: k, end: m.end, region: r.region };
  }
  return undefined;
}

/** Region words right after an agency ending at `end` (one space or more, same line). */
export function regionSuffix(reg: CompiledRegistry, text: string, end: number): RegionMatch | undefined {
  const k = skipSpaces(text, end);
  if (k === end || k >= text.length || !isAlnum(codeAt(text, k))) return undefined;
  return regionAt(reg, text, k, true);
}



/** A parsed unit name. */
export interface UnitName {
  end: number;
  name: string;
  /** The name is a region's (`RSUD Kota Semarang`): that region. */
  region?: RegionInfo;
}

const unitOut: TrieMatch<UnitEntry>[] = [];

/**
 * The proper name after a unit head (`RSUD Depati Hamzah`, `Kecamatan
 * Gerunggang`, `Camat Taman Sari`): a known unit name in any case, else
 * capitalised words (with honorifics such as `dr.` for hospitals), else, for
 * `kecamatan`/`kelurahan` in lower case, one content word.
 */
export function parseUnitName(reg: CompiledRegistry, text: string, headEnd: number, unit: UnitKind, title: boolean): UnitName | undefined {
  let k = headEnd;
  if (k < text.length && codeAt(text, k) === 46) k++;
  const start = skipSpaces(text, k);
  if (start === k && k === headEnd) return undefined;
  if (start >= text.length || !isAlnum(codeAt(text, start))) return undefined;
  unitOut.length = 0;
  trieWalk(reg.units, text, start, unitOut);
  for (let m = unitOut.length - 1; m >= 0; m--) {
    const v = unitOut[m]!.values.find((u) => u.unit === unit);
    if (v !== undefined) return { end: unitOut[m]!.end, name: v.name };
  }
  // 'RSUD Kota Semarang', 'RSUD Sleman': a hospital named after its region (which is then its region).
  if (unit === 'rsud') {
    const r = regionAt(reg, text, start, false);
    if (r !== undefined && r.end > start && wordEnd(text, r.end) === r.end) {
      const after = skipSpaces(text, r.end);
      // 'RSUD Sleman Utara …' style longer names fall through to the capitalised-word rule.
      if (after === r.end || !isUpperAscii(codeAt(text, after))) return { end: r.end, name: text.slice(start, r.end), region: r.region };
    }
  }
  // Capitalised words.
  let j = start;
  let end = -1;
  let count = 0;
  let proper = 0;
  const maxWords = unit === 'rsud' ? 9 : 5;
  while (j < text.length && count < maxWords) {
    if (!isAlnum(codeAt(text, j))) break;
    const e = wordEnd(text, j);
    const lower = text.slice(j, e).toLowerCase();
    // Dotted initials in hospital names: 'K.R.M.T. Wongsonegoro', 'R.A. Kartini', 'Prof. Dr. W. Z. Johannes'.
    const initial = unit === 'rsud' && e - j <= 4 && e < text.length && codeAt(text, e) === 46 && isUpperAscii(codeAt(text, j));
    const hon = unit === 'rsud' && (reg.grammar.honorifics.has(lower) || initial);
    if (!hon) {
      if (!isUpperAscii(codeAt(text, j)) || (proper === 0 && reg.grammar.unitStop.has(lower)) || reg.grammar.levelStop.has(lower)) break;
      // stop at region words and agency heads
      out1.length = 0;
      trieWalk(reg.trie, text, j, out1);
      if (out1.some((mm) => mm.values.some((v) => v.t === 'level' || v.t === 'head' || v.t === 'unit' || v.t === 'title' || v.t === 'alias' || v.t === 'nat' || (v.t === 'region' && proper > 0)))) break;
      proper++;
    }
    end = e;
    count++;
    let n = e;
    if (hon && n < text.length && codeAt(text, n) === 46) n++;
    if (n < text.length && codeAt(text, n) === 41 && hon) n++;
    const n2 = skipSpaces(text, n);
    if (n2 === n && (n === e || !isAlnum(codeAt(text, n)))) break;
    j = n2;
    if (j < text.length && codeAt(text, j) === 40) j++; // (H.C.)
    if (hon) end = n;
  }
  if (end > 0 && proper > 0) {
    let e = end;
    while (e > start && (codeAt(text, e - 1) === 46 || codeAt(text, e - 1) === 32)) e--;
    return { end: e, name: text.slice(start, e) };
  }
  if (title || unit === 'rsud') return undefined;
  // A lower-case name ('kecamatan sleman') only when it is a known place name: 'kantor kecamatan
  // berkurang' is an ordinary word after the head, not a kecamatan called Berkurang.
  out1.length = 0;
  trieWalk(reg.trie, text, start, out1);
  for (let m = out1.length - 1; m >= 0; m--) {
    const hit = out1[m]!;
    if (!hit.values.some((v) => v.t === 'region' && !v.alias)) continue;
    const name = text
      .slice(start, hit.end)
      .split(/\s+/)
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())
      .join(' ');
    return { end: hit.end, name };
  }
  return undefined;
}
