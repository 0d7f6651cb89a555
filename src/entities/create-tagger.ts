/**
 * `createEntityTagger` / `tagEntities`: one left-to-right pass over the
 * caller's string. At each word start the alias trie reports every alias,
 * head word, title, unit head, level word or region name that starts there;
 * the longest candidate wins, region words after an agency join its span, and
 * the scan resumes after it, so mentions never overlap.
 */
// zod/mini: tree-shakable, so bundles carry only the checks used here
import * as z from 'zod/mini';
import { assertString } from '../errors';
import { hasNationalCue, resolveAlias, sentenceStarts } from './ambiguity';
import { parseGrammar, parseUnitName, regionAfterTitle, regionAt, regionSuffix, skipSpaces, wordEnd, type GrammarMatch, type RegionMatch } from './grammar';
import { isAlnum, isIgnorable, isWordChar, trieStep, trieWalk, trieWalkResume, type TrieMatch, type TrieNode } from './matcher';
import { canonicalName, compactKey, slugify } from './normalize-name';
import { decomposeAbbreviation, type Composition } from './compose';
import { builtinInstances, builtinKinds, builtinRegions, builtinRegistry, compileRegistry, unitDisplayName, type BodyKind, type CompiledRegistry, type Entry, type RegionInfo, type RegistryOverride, type UnitKind } from './registry';
import { safeParse } from '../validate';
import { defaultKinds, instanceSchema, optionalKinds } from './lexicon-specs';
import { resolveRegionName } from './region-name';
import { titleFits } from './titles';
import type { EntityMention, RegionRef } from './types';
import { codeAt } from '../text/chars';
import { vocabMemo } from '../text/vocab-memo';

/**
 * Options of {@link createEntityTagger}.
 *
 * @example
 * ```ts
 * const opts: import('suara').EntityTaggerOptions = { defaultRegion: '19.71', date: '2018-06-01' };
 * ```
 */
export interface EntityTaggerOptions {
  /** Extra region instances from {@link loadRegistryOverride}; they take precedence over the built-in ones. */
  registry?: RegistryOverride | readonly RegistryOverride[];
  /**
   * Region a text is about when it does not say: a Kemendagri code (`19.71`)
   * or a name (`Kota Bogor`, or `Pangkalpinang` when only one region has that
   * name). Bare `RSUD`, `Puskesmas`, `PDAM`, `Pemkot` resolve to this
   * region's only one.
   */
  defaultRegion?: string;
  /** Extra kinds to tag: `['vertical']` tags national/vertical bodies (Polres, BPN, PLN, BPJS …), off by default. */
  include?: readonly OptionalKind[];
  /** Kinds not to tag (`['pemda']` keeps `Pemkot Bogor` a region mention, as before 0.2). */
  exclude?: readonly OptionalKind[];
  /** Date of the text (`YYYY-MM-DD` or a Date): picks the agency names valid then. */
  date?: string | Date;
}

/**
 * Kinds that can be switched on or off: `puskesmas`, `bumd`, `pemda` (on by
 * default) and `vertical` (off by default).
 *
 * @example
 * ```ts
 * import { createEntityTagger } from 'suara';
 * const k: import('suara').OptionalKind = 'vertical';
 * createEntityTagger({ include: [k] }).tag('Polres Pangkalpinang sigap')[0]!.kind; // 'vertical'
 * ```
 */
export type OptionalKind = 'puskesmas' | 'bumd' | 'pemda' | 'vertical';

/**
 * A configured tagger.
 *
 * @example
 * ```ts
 * import { createEntityTagger } from 'suara';
 * const tagger = createEntityTagger({ defaultRegion: '19.71' });
 * tagger.tag('BKD membuka layanan')[0]!.id; // 'bpkad'
 * ```
 */
export interface EntityTagger {
  /**
   * Mentions in text order, never overlapping. `date` (a `YYYY-MM-DD…`
   * string or a `Date`) overrides the tagger's `date` option for this text,
   * so a post from 2018 gets the agency names valid in 2018.
   */
  tag(text: string, date?: string | Date): EntityMention[];
}

const overrideSchema = z.object({ instances: z.array(instanceSchema) });
const optionsSchema = z.strictObject({
  registry: z.optional(z.union([overrideSchema, z.array(overrideSchema)])),
  defaultRegion: z.optional(z.string().check(z.minLength(1, 'expected a Kemendagri code like 19.71 or a region name like Kota Bogor'))),
  include: z.optional(z.array(z.enum(optionalKinds))),
  exclude: z.optional(z.array(z.enum(optionalKinds))),
  date: z.optional(z.union([z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/, 'expected a date YYYY-MM-DD')), z.date()])),
});

interface Settings {
  reg: CompiledRegistry;
  defaultRegion: string | undefined;
  date: string | undefined;
  /** Optional kinds switched on. */
  on: ReadonlySet<string>;
  /** Per vocabulary (a tape's `memoScope`): can a word with this id start a trie match? See {@link tagOnTape}. */
  starts: WeakMap<object, StartMemo>;
  /** canonicalName per spelled-out surface (news repeats the same few names; bounded, cleared when full). */
  names: Map<string, string>;
}

/**
 * One vocabulary's memo per word id: {@link Start} flags (0: not yet known)
 * and, for a word that may start a match, the trie node its leading run of
 * letters/digits reaches. At most `MAX_IDS` (128 Ki) ids, so bounded; dropped
 * when the vocabulary is cleared (new generation, ids reused).
 */
interface StartMemo {
  generation: number;
  /** Flags | run length << {@link RUN_SHIFT}. */
  flags: Uint16Array;
  nodes: (TrieNode<Entry> | undefined)[];
}

type Cand =
  | { type: 'nat'; start: number; end: number; prio: number }
  | { type: 'region'; start: number; end: number; prio: number; region: RegionInfo }
  | { type: 'alias'; start: number; end: number; prio: number; values: readonly Entry[]; titled: boolean }
  | { type: 'grammar'; start: number; end: number; prio: number; g: GrammarMatch; titled: boolean }
  | { type: 'unit'; start: number; end: number; prio: number; unit: UnitKind; name: string; titled: boolean; region?: RegionInfo | undefined }
  | { type: 'comp'; start: number; end: number; prio: number; comp: Composition; titled: boolean }
  | { type: 'body'; start: number; end: number; prio: number; values: readonly Entry[]; titled: boolean }
  | { type: 'pemda'; start: number; end: number; prio: number; level: RegionInfo['level'] | undefined; region: RegionInfo | undefined; own: string | undefined; title: boolean };

function better(a: Cand | undefined, b: Cand): boolean {
  return a === undefined || b.end > a.end || (b.end === a.end && b.prio > a.prio);
}

// Reused by the top-level scan (not re-entrant: nested title lookups pass their own array).
const topMatches: TrieMatch<Entry>[] = [];
const seen = { region: false };

/**
 * Best agency candidate (alias, grammar or unit) starting at `pos`; titles
 * allowed when `withTitles` (top level). Sets `seen.region` when a region or
 * level word also starts here, so the caller walks for regions only then.
 */
function agencyAt(s: Settings, text: string, pos: number, withTitles: boolean, afterTitle = false, from?: TrieNode<Entry>, runEnd = pos): Cand | undefined {
  const matches: TrieMatch<Entry>[] = withTitles ? topMatches : [];
  matches.length = 0;
  // `from`: the node the word's leading run text[pos, runEnd) reaches, memoized per word id (see tagWith)
  if (from !== undefined) trieWalkResume(from, text, runEnd, runEnd - pos, matches);
  else trieWalk(s.reg.trie, text, pos, matches);
  if (withTitles) seen.region = false;
  let best: Cand | undefined;
  for (const m of matches) {
    let aliasSeen = false;
    for (const v of m.values) {
      let c: Cand | undefined;
      if (v.t === 'nat') c = { type: 'nat', start: pos, end: m.end, prio: 9 };
      else if (v.t === 'body' || v.t === 'binst') {
        // A body kind switched off reads like a national body: skipped whole, so `Polres Bangka` leaves only the region.
        if (!s.on.has(v.kind)) {
          if (v.t === 'body') c = { type: 'nat', start: pos, end: m.end, prio: 9 };
        } else if (v.t === 'body' && ((v.upper && !isAllCaps(text, pos, m.end)) || (v.notAfter !== undefined && v.notAfter.has(previousWord(text, pos))))) {
          continue;
        }
        else c = { type: 'body', start: pos, end: m.end, prio: v.t === 'binst' ? 9.6 : 9.5, values: m.values.filter((x) => (x.t === 'body' || x.t === 'binst') && s.on.has(x.kind)), titled: false };
      } else if ((v.t === 'pemda' || v.t === 'pinst') && withTitles && s.on.has('pemda')) {
        c = pemdaAt(s, text, pos, m.end, v);
      }
      else if (v.t === 'alias' || v.t === 'inst' || v.t === 'amb') {
        if (aliasSeen) continue;
        aliasSeen = true;
        if (m.values.every((x) => x.t !== 'alias' || x.solid) && m.values.some((x) => x.t === 'alias') && !m.values.some((x) => x.t === 'inst' || x.t === 'amb') && !isSolid(text, pos, m.end)) continue;
        // Capitals-only aliases (`DKK`; lower-case `dkk` is "dan kawan-kawan").
        let values = m.values;
        if (values.some((x) => x.t === 'alias' && x.upper) && !isAllCaps(text, pos, m.end)) {
          values = values.filter((x) => x.t !== 'alias' || !x.upper);
          if (!values.some((x) => x.t === 'alias' || x.t === 'inst' || x.t === 'amb')) continue;
        }
        c = { type: 'alias', start: pos, end: m.end, prio: 8, values, titled: false };
      } else if (v.t === 'head') {
        const g = parseGrammar(s.reg, text, pos, m.end, v.head);
        // A spelled-out name beats an equally long alias so the name is the one written (`Dinas Pangan`).
        if (g !== undefined) c = { type: 'grammar', start: pos, end: g.end, prio: g.abbreviated ? 5 : 8.5, g, titled: false };
      } else if (v.t === 'unit') {
        if (v.unit === 'puskesmas' && !s.on.has('puskesmas')) continue;
        // 'K.E.L.A' spells no 'Kel' head: unit heads are never written with dots inside.
        // look only inside the head (a backwards scan from m.end went quadratic on long texts without dots)
        if (hasDot(text, pos, m.end)) continue;
        const u = v.known === true ? knownUnitName(s, text, m.end, v.unit) : parseUnitName(s.reg, text, m.end, v.unit, v.title);
        if (u !== undefined) c = { type: 'unit', start: pos, end: u.end, prio: 6, unit: v.unit, name: u.name, titled: v.title, region: u.region };
        // A bare 'RSUD' or 'puskesmas': resolved to the region's only one in finishAgency, else the kind without instance.
        else if (!v.title && v.known !== true && (v.unit === 'rsud' || v.unit === 'puskesmas') && (v.unit !== 'puskesmas' || s.on.has('puskesmas'))) c = { type: 'unit', start: pos, end: m.end, prio: 6, unit: v.unit, name: '', titled: false };
      } else if ((v.t === 'region' || v.t === 'level') && withTitles) {
        seen.region = true;
      } else if (v.t === 'title' && withTitles) {
        const k = skipSpaces(text, m.end);
        if (k > m.end && k < text.length && isAlnum(codeAt(text, k))) {
          const a = agencyAt(s, text, k, false, true);
          if (a !== undefined && a.type !== 'nat' && a.type !== 'region' && a.type !== 'body' && a.type !== 'pemda' && titleFits(v.unit, a.type === 'unit' ? { type: 'unit', unit: a.unit } : { type: a.type === 'comp' ? 'alias' : a.type })) {
            c = { ...a, start: pos, prio: 7, titled: true };
          } else {
            // 'Kadis Sosial', 'Kaban Kesbangpol': the title abbreviates its head word, so urusan words follow directly.
            const head = TITLE_HEADS.get(text.slice(pos, m.end).toLowerCase());
            const g = head === undefined ? undefined : parseGrammar(s.reg, text, pos, m.end, head);
            // the name is built from the surface, so spell the head out: 'Kadis Sosial' → 'Dinas Sosial'
            if (g !== undefined) c = { type: 'grammar', start: pos, end: g.end, prio: 7, g: { ...g, surface: head! + text.slice(m.end, g.end) }, titled: true };
          }
        }
      }
      if (c !== undefined && better(best, c)) best = c;
    }
  }
  if (best === undefined) best = composedAt(s, text, pos, afterTitle);
  return best;
}

/**
 * `Pemkot Bogor`, `Pemerintah Kabupaten Bangka`, `Wali Kota Pangkalpinang`,
 * bare `Pemkot` or `Bupati`: the government itself. The region is the one
 * written after the word (of the level the word implies), else resolved
 * from `defaultRegion` in {@link finishPemda}.
 */
function pemdaAt(s: Settings, text: string, pos: number, end: number, v: Entry & { t: 'pemda' | 'pinst' }): Cand {
  if (v.t === 'pinst') return { type: 'pemda', start: pos, end, prio: 9.2, level: undefined, region: s.reg.regions.get(v.region), own: v.region, title: false };
  let region: RegionInfo | undefined;
  let e = end;
  if (v.title) {
    const r = regionAfterTitle(s.reg, text, end, v.level);
    if (r !== undefined) {
      region = r.region;
      e = r.end;
    }
  } else {
    // regionAt reads the level word itself ('Pemkab Bogor' is the regency, 'Pemkot Bogor' the city).
    const r = regionAt(s.reg, text, pos, false) ?? regionSuffix(s.reg, text, end);
    if (r !== undefined && r.end > end && (v.level === undefined || r.region.level === v.level)) {
      region = r.region;
      e = r.end;
    }
  }
  return { type: 'pemda', start: pos, end: e, prio: 9.2, level: v.level, region, own: undefined, title: v.title };
}

/** The government mention: its region, else the default region when the level fits, else the kind without instance. */
function finishPemda(s: Settings, text: string, c: Cand & { type: 'pemda' }): EntityMention {
  let code = c.own ?? c.region?.code;
  if (code === undefined && s.defaultRegion !== undefined) {
    const d = s.reg.regions.get(s.defaultRegion);
    if (d !== undefined && (c.level === undefined || d.level === c.level)) code = d.code;
    // 'Gubernur' in a city's text: the province the city belongs to.
    else if (d !== undefined && c.level === 'provinsi') code = d.code.slice(0, 2);
  }
  const r = code !== undefined ? s.reg.regions.get(code) : undefined;
  const mention: EntityMention = { id: r !== undefined ? `pemda:${r.code}` : 'pemda', kind: 'pemda', name: r !== undefined ? (s.reg.pemdaNames.get(r.code) ?? `Pemerintah ${r.name}`) : 'Pemerintah Daerah', text: text.slice(c.start, c.end), start: c.start, end: c.end };
  if (r !== undefined) mention.region = regionRef(r);
  return mention;
}

/**
 * A BUMD or vertical body: a region's own (`Tirta Pakuan`, `PDAM Tirta
 * Pinang`), or a generic type (`PDAM`, `Polres`) resolved to the region's
 * only body of that type, else the type without instance.
 */
function finishBody(s: Settings, text: string, c: Cand & { type: 'body' }): EntityMention | undefined {
  let end = c.end;
  const attached = regionSuffix(s.reg, text, end);
  if (attached !== undefined) end = attached.end;
  const code = attached?.region.code ?? s.defaultRegion;
  let kind: BodyKind | undefined;
  let id: string | undefined;
  let name = '';
  let regionCode: string | undefined;
  let alias: string | undefined;
  const insts = c.values.filter((v): v is Entry & { t: 'binst' } => v.t === 'binst');
  const inst = insts.find((v) => v.region === code) ?? (attached === undefined ? insts[0] : undefined);
  if (inst !== undefined) {
    kind = inst.kind;
    id = `${inst.kind}:${inst.id}`;
    name = inst.name;
    regionCode = inst.region;
    alias = inst.alias;
  } else {
    const g = c.values.find((v): v is Entry & { t: 'body' } => v.t === 'body');
    if (g === undefined) return undefined;
    kind = g.kind;
    alias = g.alias;
    regionCode = code;
    const only = code !== undefined ? s.reg.bodiesByRegion.get(code)?.get(`${g.kind}.${g.type}`) : undefined;
    if (only !== undefined && only.length === 1) {
      id = `${g.kind}:${only[0]!.id}`;
      name = only[0]!.name;
    } else {
      id = `${g.kind}.${g.type}`;
      name = g.name;
    }
  }
  const mention: EntityMention = { id, kind, name, text: text.slice(c.start, end), start: c.start, end };
  const r = regionCode !== undefined ? s.reg.regions.get(regionCode) : undefined;
  if (r !== undefined) mention.region = regionRef(r);
  if (alias !== undefined) mention.alias = alias;
  return mention;
}

/** An `@account` or `#tag` listed in the registry's `handles`: text[start, end) includes the sigil. */
function handleMention(s: Settings, text: string, start: number, end: number): EntityMention | undefined {
  const body = text.slice(start + 1, end).toLowerCase();
  const t = s.reg.handles.get(text[start]! + body) ?? s.reg.handles.get(body);
  if (t === undefined || (t.kind !== 'opd' && t.kind !== 'region' && !s.on.has(t.kind))) return undefined;
  const surface = text.slice(start, end);
  const mention: EntityMention = { id: t.id, kind: t.kind, name: t.name, text: surface, start, end, handle: surface };
  const r = s.reg.regions.get(t.region);
  if (r !== undefined) mention.region = regionRef(r);
  return mention;
}

/**
 * `Dinporabudpar`, `Disnakerkop`: a Dis/Din word no alias covers, split into
 * urusan codes. Lower-case chatter is full of dis-/din- words, so the word
 * must start with a capital, follow a head title (`Kepala`), or be followed
 * by a region (`disnakerkop sleman`).
 */
function composedAt(s: Settings, text: string, pos: number, afterTitle: boolean): Cand | undefined {
  // Cheap char test first: this runs at every word start no alias claimed, so only
  // 'dis…', 'din…' and 'kad…' words pay for the slice and the split.
  const c0 = codeAt(text, pos) | 32;
  const c1 = codeAt(text, pos + 1) | 32;
  const c2 = codeAt(text, pos + 2) | 32;
  if (!(c0 === 100 && c1 === 105 && (c2 === 115 || c2 === 110)) && !(c0 === 107 && c1 === 97 && c2 === 100)) return undefined;
  const end = wordEnd(text, pos);
  for (let k = pos; k < end; k++) {
    const c = codeAt(text, k) | 32;
    if (c < 97 || c > 122) return undefined;
  }
  const comp = decomposeAbbreviation(s.reg.codes, text.slice(pos, end));
  if (comp === undefined) return undefined;
  const capital = codeAt(text, pos) <= 90;
  if (!capital && !afterTitle && regionSuffix(s.reg, text, end) === undefined) return undefined;
  if (comp.titled && afterTitle) return undefined;
  return { type: 'comp', start: pos, end, prio: 4, comp, titled: comp.titled };
}

/** Entries that start a local name, where a national name stops (`Kementerian Kominfo` leaves `Kominfo` to the context rule). */
const LOCAL_STARTS: ReadonlySet<Entry['t']> = new Set(['alias', 'inst', 'amb', 'head', 'unit', 'title', 'level', 'region', 'pemda', 'pinst']);

/**
 * End of a national body's name after its head word: the capitalised words
 * that follow (joined by spaces, `/` or `-`), so `Kementerian ATR/BPN` is one
 * national name and `BPN` inside it is not a local office.
 */
function nationalNameEnd(s: Settings, text: string, end: number): number {
  const n = text.length;
  const out: TrieMatch<Entry>[] = [];
  let e = end;
  for (let words = 0; words < 8; words++) {
    let k = e;
    while (k < n && k - e < 3 && (codeAt(text, k) === 32 || codeAt(text, k) === 47 || codeAt(text, k) === 45)) k++;
    if (k === e || k >= n || !(codeAt(text, k) >= 65 && codeAt(text, k) <= 90)) break;
    out.length = 0;
    trieWalk(s.reg.trie, text, k, out);
    if (out.some((m) => m.values.some((v) => LOCAL_STARTS.has(v.t)))) break;
    e = wordEnd(text, k);
  }
  return e;
}

/** The word before `pos`, lowercased ('' at the start). */
function previousWord(text: string, pos: number): string {
  let e = pos;
  while (e > 0 && !isWordChar(codeAt(text, e - 1))) {
    if (codeAt(text, e - 1) === 10 || pos - e > 3) return '';
    e--;
  }
  let b = e;
  while (b > 0 && isWordChar(codeAt(text, b - 1)) && e - b < 20) b--;
  return text.slice(b, e).toLowerCase();
}

/** A unit name from the registry's own list right after `end` (any case), or nothing. */
function knownUnitName(s: Settings, text: string, end: number, unit: UnitKind): { end: number; name: string; region?: RegionInfo } | undefined {
  const k = skipSpaces(text, end);
  if (k === end || k >= text.length) return undefined;
  const out: TrieMatch<{ unit: UnitKind; name: string }>[] = [];
  trieWalk(s.reg.units, text, k, out);
  for (let q = out.length - 1; q >= 0; q--) {
    const v = out[q]!.values.find((x) => x.unit === unit);
    if (v !== undefined) return { end: out[q]!.end, name: v.name };
  }
  return undefined;
}

/** Every letter in [start, end) is a capital (digits and separators allowed). */
function isAllCaps(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = codeAt(text, k);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Written as one word (no space or hyphen inside)? */
function isSolid(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isAlnum(codeAt(text, k)) && !isIgnorable(codeAt(text, k))) return false;
  return true;
}

function regionRef(r: RegionInfo): RegionRef {
  return { level: r.level, name: r.name, code: r.code };
}

interface Pending {
  mention: EntityMention;
  needsContext: boolean;
}

function tagWith(s: Settings, text: string, tape?: TapeView): EntityMention[] {
  const n = text.length;
  const found: Pending[] = [];
  // Over a tape, a word whose id is memoized as "starts no trie match" is skipped in one step (most
  // words: about four in five in news and posts), and one that may start a match resumes the walk
  // from the node its letters reach. Everything else is the string walk itself, so the output
  // cannot differ; the cursor `tk` follows `i` through the tape's sorted starts.
  const tCount = tape === undefined ? 0 : tape.count;
  const tStarts = tape?.starts;
  const tEnds = tape?.ends;
  const tIds = tape?.ids;
  const memo: StartMemo | undefined = tape === undefined ? undefined : vocabMemo(s.starts, tape, (generation) => ({ generation, flags: new Uint16Array(1024), nodes: [] }));
  let tk = 0;
  let i = 0;
  while (i < n) {
    const c = codeAt(text, i);
    if (!isWordChar(c)) {
      // '@handle' and '#tag' words: an official account listed in the registry's handles is a
      // mention of what it belongs to; any other is a name of an account, skipped whole.
      // An '@' or '#' right after a word is not a handle: `admin@dishub_pkp` is an e-mail address,
      // skipped whole with its domain (so `dishub` in it is no mention either).
      if ((c === 64 || c === 35) && i > 0 && isWordChar(codeAt(text, i - 1))) {
        i++;
        while (i < n && (codeAt(text, i) === 46 || codeAt(text, i) === 45 || isWordChar(codeAt(text, i)))) i++;
        continue;
      }
      if ((c === 64 || c === 35) && i + 1 < n && isWordChar(codeAt(text, i + 1))) {
        const at = i;
        i = wordEnd(text, i + 1);
        while (i < n && (codeAt(text, i) === 46 || isWordChar(codeAt(text, i)))) i++;
        if (s.reg.handles.size > 0) {
          let e = i;
          while (codeAt(text, e - 1) === 46) e--;
          const m = handleMention(s, text, at, e);
          if (m !== undefined) found.push({ mention: m, needsContext: false });
        }
      } else i++;
      continue;
    }
    if (!isAlnum(c)) {
      i = wordEnd(text, i);
      continue;
    }
    let dead = false;
    let from: TrieNode<Entry> | undefined;
    let runEnd = i;
    if (memo !== undefined) {
      while (tk < tCount && tStarts![tk]! < i) tk++;
      if (tk < tCount && tStarts![tk] === i) {
        const id = tIds![tk]!;
        if (id >= 0) {
          if (id >= memo.flags.length) growMemo(memo, id);
          const b = tEnds![tk]!;
          let f = memo.flags[id]!;
          if (f === 0) f = learnStart(s, memo, id, text, i, b);
          if ((f & Start.May) === 0) {
            if ((f & Start.Compose) === 0) {
              // nothing starts here: skip the word (its end is the token's when the token is all word characters)
              i = (f & Start.Word) !== 0 && (b >= n || !isWordChar(codeAt(text, b))) ? b : wordEnd(text, i);
              continue;
            }
            dead = true;
          } else {
            from = memo.nodes[id];
            runEnd = i + (f >> RUN_SHIFT);
          }
        }
      }
    }
    // dead: what agencyAt gives when the walk finds nothing (a composed Dis/Din word at most, no region)
    let best = dead ? composedAt(s, text, i, false) : agencyAt(s, text, i, true, false, from, runEnd);
    // topMatches still holds agencyAt's walk from i (nothing after the walk reuses it): regionAt reads it, no second walk
    const r = !dead && seen.region ? regionAt(s.reg, text, i, false, topMatches) : undefined;
    if (r !== undefined) {
      const rc: Cand = { type: 'region', start: i, end: r.end, prio: 1, region: r.region };
      if (better(best, rc)) best = rc;
    }
    if (best === undefined) {
      i = wordEnd(text, i);
      continue;
    }
    if (best.type === 'nat') {
      i = s.reg.grammar.nationalHeads.has(compactKey(text.slice(best.start, best.end))) ? nationalNameEnd(s, text, best.end) : best.end;
      continue;
    }
    if (best.type === 'pemda') {
      found.push({ mention: finishPemda(s, text, best), needsContext: false });
      i = best.end;
      continue;
    }
    if (best.type === 'body') {
      const m = finishBody(s, text, best);
      if (m !== undefined) {
        found.push({ mention: m, needsContext: false });
        i = m.end;
      } else i = best.end;
      continue;
    }
    if (best.type === 'region') {
      found.push({ mention: { id: `region:${best.region.code}`, kind: 'region', name: best.region.name, text: text.slice(best.start, best.end), start: best.start, end: best.end, region: regionRef(best.region) }, needsContext: false });
      i = best.end;
      continue;
    }
    const m = finishAgency(s, text, best);
    if (m !== undefined) {
      found.push(m);
      i = m.mention.end;
    } else i = best.end;
  }
  // Aliases that also name a national body (Kominfo, PUPR) need regional context in their sentence.
  if (!found.some((p) => p.needsContext)) return found.map((p) => p.mention);
  const bounds = sentenceStarts(text);
  const sentenceOf = (pos: number): number => {
    let lo = 0;
    let hi = bounds.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bounds[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const withRegion = new Set<number>();
  for (const p of found) if (p.mention.kind === 'region') withRegion.add(sentenceOf(p.mention.start));
  const cue = new Map<number, boolean>();
  const out: EntityMention[] = [];
  for (const p of found) {
    if (p.needsContext) {
      const m = p.mention;
      const k = sentenceOf(m.start);
      const upper = codeAt(text, m.start) >= 65 && codeAt(text, m.start) <= 90;
      const regional = s.defaultRegion !== undefined || withRegion.has(k);
      if (!upper || !regional) continue;
      let national = cue.get(k);
      if (national === undefined) {
        national = hasNationalCue(text.slice(bounds[k]!, k + 1 < bounds.length ? bounds[k + 1]! : text.length));
        cue.set(k, national);
      }
      if (national) continue;
    }
    out.push(p.mention);
  }
  return out;
}

/** Flags of a word id in a {@link StartMemo} (0: not yet known). */
const enum Start {
  Known = 1,
  /** The word's leading run of letters/digits is a path of the trie, so a walk from its start may match. */
  May = 2,
  /** {@link composedAt} may fire (its first-three-letters test passes, or the word is shorter). */
  Compose = 4,
  /** Every character is a word character, so {@link wordEnd} reaches at least the token's end. */
  Word = 8,
}

/** Bits of a {@link StartMemo} entry above the flags: the length of the word's leading run of letters/digits. */
const RUN_SHIFT = 4;

/**
 * Memoizes and returns the {@link Start} flags of word `id`, the token
 * `text[a, b)`. Every flag is a function of the token's case-folded
 * characters only (never of what follows it), so of its id.
 */
function learnStart(s: Settings, memo: StartMemo, id: number, text: string, a: number, b: number): number {
  let f = Start.Known;
  // the leading run of letters/digits, within the token
  let r = a;
  while (r < b && isAlnum(codeAt(text, r))) r++;
  // no trie path over the run: trieWalk dies inside it before any match (no word boundary inside a run)
  const node = trieStep(s.reg.trie, text, a, r);
  if (node !== undefined) {
    f |= Start.May | ((r - a) << RUN_SHIFT);
    const nodes = memo.nodes;
    while (nodes.length < id) nodes.push(undefined);
    nodes[id] = node;
  }
  // the same test as composedAt's, on the token's own characters
  if (b - a < 3) f |= Start.Compose;
  else {
    const c0 = codeAt(text, a) | 32;
    const c1 = codeAt(text, a + 1) | 32;
    const c2 = codeAt(text, a + 2) | 32;
    if ((c0 === 100 && c1 === 105 && (c2 === 115 || c2 === 110)) || (c0 === 107 && c1 === 97 && c2 === 100)) f |= Start.Compose;
  }
  let k = a;
  while (k < b && isWordChar(codeAt(text, k))) k++;
  if (k === b) f |= Start.Word;
  memo.flags[id] = f;
  return f;
}

/** Grows the memo's flags (doubling) to hold `id` (`nodes` is padded with `undefined` as entries are learnt, see learnStart). */
function growMemo(memo: StartMemo, id: number): void {
  let len = memo.flags.length;
  while (len <= id) len *= 2;
  const grown = new Uint16Array(len);
  grown.set(memo.flags);
  memo.flags = grown;
}

function finishAgency(s: Settings, text: string, c: Cand & { type: 'alias' | 'grammar' | 'unit' | 'comp' }): Pending | undefined {
  let kind: EntityMention['kind'] = 'opd';
  let end = c.end;
  // 'Badan Kesatuan Bangsa dan Politik (Kesbangpol)': the abbreviation in brackets belongs to the mention.
  const p = skipSpaces(text, end);
  if (p < n(text) && codeAt(text, p) === 40) {
    const close = text.indexOf(')', p + 1);
    if (close > p + 1 && close - p <= 40) {
      const from = skipSpaces(text, p + 1);
      const inner: TrieMatch<Entry>[] = [];
      trieWalk(s.reg.trie, text, from, inner);
      if (inner.some((m) => skipSpaces(text, m.end) === close && m.values.some((v) => v.t === 'alias' || v.t === 'inst' || v.t === 'amb'))) end = close + 1;
      // '(DP3)', '(DPUPKP)' after a spelled-out name: an unlisted acronym of that name.
      else if (c.type === 'grammar' && !c.g.abbreviated && bracketAcronym(text, from, close, codeAt(text, c.start) | 32)) end = close + 1;
      else if (c.type === 'grammar' && !c.g.abbreviated && decomposeAbbreviation(s.reg.codes, text.slice(from, close)) !== undefined) end = close + 1;
    }
  }
  // 'Bagian Prokopim Setda Kota Makassar': a Setda part carries its parent's name before the region.
  if (c.type === 'alias' || c.type === 'grammar' ? partOfSetda(s, c) : false) {
    const k = skipSpaces(text, end);
    if (k > end && k < text.length) {
      const parent = agencyAt(s, text, k, false);
      if (parent !== undefined && parent.type === 'alias' && parent.values.some((v) => (v.t === 'alias' || v.t === 'inst') && v.kind === 'setda')) end = parent.end;
    }
  }
  let attached: RegionMatch | undefined = regionSuffix(s.reg, text, end);
  if (attached !== undefined) end = attached.end;
  const code = attached?.region.code ?? (c.type === 'unit' ? c.region?.code : undefined) ?? s.defaultRegion;
  const region = code !== undefined ? s.reg.regions.get(code) : undefined;
  let id: string;
  let name: string;
  let alias: string | undefined;
  let candidates: string[] | undefined;
  let needsContext = false;
  if (c.type === 'alias') {
    const res = resolveAlias(s.reg, c.values, code, s.date);
    if (res === undefined) return undefined;
    id = res.id;
    name = res.name;
    alias = res.alias;
    candidates = res.candidates;
    needsContext = res.context && !c.titled && attached === undefined;
  } else if (c.type === 'comp') {
    id = c.comp.kinds[0]!;
    name = c.comp.name;
    alias = text.slice(c.start, c.end);
  } else if (c.type === 'grammar') {
    id = c.g.kinds[0]!;
    name = c.g.abbreviated ? (s.reg.kinds.get(id)?.name ?? id) : nameOf(s, c.g.surface);
  } else {
    if (c.unit === 'puskesmas') kind = 'puskesmas';
    let unitName = c.name;
    // Bare 'RSUD' / 'Puskesmas', or 'RSUD Pangkalpinang' (named by its region): the region's only one, if it has exactly one.
    if (unitName === '' || (c.region !== undefined && unitName === c.region.bare)) {
      const only = code !== undefined ? s.reg.unitsByRegion.get(code)?.get(c.unit) : undefined;
      if (only !== undefined && only.length === 1) unitName = only[0]!;
    }
    id = unitName === '' ? c.unit : `${c.unit}:${slugify(unitName)}`;
    name = unitDisplayName(c.unit, unitName);
  }
  attached = undefined;
  const mention: EntityMention = { id, kind, name, text: text.slice(c.start, end), start: c.start, end };
  if (region !== undefined) mention.region = regionRef(region);
  if (alias !== undefined) mention.alias = alias;
  if (candidates !== undefined) mention.candidates = candidates;
  return { mention, needsContext };
}

/**
 * Is text[from, close) an acronym of a name whose head starts with
 * `initial` (`DP3` for a Dinas, `BPBD` for a Badan)? One word of capitals
 * and digits (at least two capitals, at most 15 characters), first letter =
 * the head's.
 */
function bracketAcronym(text: string, from: number, close: number, initial: number): boolean {
  let e = close;
  while (e > from && (codeAt(text, e - 1) === 32 || codeAt(text, e - 1) === 9)) e--;
  if (e - from < 2 || e - from > 15 || (codeAt(text, from) | 32) !== initial) return false;
  let caps = 0;
  for (let k = from; k < e; k++) {
    const c = codeAt(text, k);
    if (c >= 65 && c <= 90) caps++;
    else if (!(c >= 48 && c <= 57) && c !== 45) return false;
  }
  return caps >= 2;
}

/** {@link canonicalName} of a surface, memoized per tagger (a pure function of the surface and the registry). */
function nameOf(s: Settings, surface: string): string {
  let name = s.names.get(surface);
  if (name === undefined) {
    name = canonicalName(surface, s.reg.abbreviations);
    if (s.names.size >= 4096) s.names.clear();
    s.names.set(surface, name);
  }
  return name;
}

function partOfSetda(s: Settings, c: Cand & { type: 'alias' | 'grammar' }): boolean {
  if (c.type === 'grammar') return c.g.kinds[0]!.startsWith('setda.');
  return c.values.some((v) => (v.t === 'alias' || v.t === 'inst') && v.kind.startsWith('setda.'));
}

function n(text: string): number {
  return text.length;
}

function toSettings(options: unknown): Settings {
  const r = safeParse(optionsSchema, options ?? {});
  if (!r.success) {
    const iss = r.error.issues[0]!;
    throw new TypeError(`suara: invalid entity tagger option "${iss.path.join('.') || '(options)'}": ${iss.message}`);
  }
  const o = r.data;
  let defaultRegion: string | undefined;
  if (o.defaultRegion !== undefined) {
    const res = resolveRegionName(o.defaultRegion);
    if ('error' in res) throw new TypeError(`suara: invalid entity tagger option "defaultRegion": ${res.error}`);
    defaultRegion = res.code;
  }
  const on = new Set<string>(defaultKinds);
  for (const k of o.include ?? []) on.add(k);
  for (const k of o.exclude ?? []) on.delete(k);
  let date: string | undefined;
  if (o.date instanceof Date) {
    if (Number.isNaN(o.date.getTime())) throw new TypeError('suara: invalid entity tagger option "date": invalid Date');
    date = o.date.toISOString().slice(0, 10);
  } else if (o.date !== undefined) date = o.date.slice(0, 10);
  const overrides = o.registry === undefined ? [] : Array.isArray(o.registry) ? o.registry : [o.registry];
  const reg =
    overrides.length === 0
      ? builtinRegistry()
      : compileRegistry(builtinKinds(), builtinRegions(), [...overrides.flatMap((x) => x.instances), ...builtinInstances()]);
  return { reg, defaultRegion, date, on, starts: new WeakMap(), names: new Map() };
}

/** Is there a `.` in `text[a, b)`? */
function hasDot(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (codeAt(text, i) === 46) return true;
  return false;
}

/** Head-of-agency titles that contain their head word (`Kadis` = Kepala Dinas). */
const TITLE_HEADS: ReadonlyMap<string, string> = new Map([
  ['kadis', 'dinas'],
  ['kadin', 'dinas'],
  ['kaban', 'badan'],
]);

/** `YYYY-MM-DD` of a per-call date; a clear TypeError for anything else. */
function dayOf(date: string | Date): string {
  if (date instanceof Date) {
    if (Number.isNaN(date.getTime())) throw new TypeError('suara: argument "date" is an invalid Date');
    return date.toISOString().slice(0, 10);
  }
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(date)) throw new TypeError('suara: argument "date" must be a Date or a YYYY-MM-DD string');
  return date.slice(0, 10);
}

/**
 * Creates a tagger for OPD and region mentions. Options are validated once
 * here (zod); errors name the field.
 *
 * @example
 * ```ts
 * import { createEntityTagger } from 'suara';
 * const tagger = createEntityTagger({ defaultRegion: '19.71' });
 * tagger.tag('Kadis Kominfo meninjau jaringan')[0]!.id; // 'dinas.kominfo'
 * ```
 */
export function createEntityTagger(options?: EntityTaggerOptions): EntityTagger {
  const s = toSettings(options);
  const tagger: EntityTagger = {
    tag(text: string, date?: string | Date): EntityMention[] {
      assertString(text, 'text');
      if (date === undefined) return tagWith(s, text);
      return tagWith({ ...s, date: dayOf(date) }, text);
    },
  };
  settingsOf.set(tagger, s);
  return tagger;
}

/** Settings of the taggers {@link createEntityTagger} made, for {@link tagOnTape}. */
const settingsOf = new WeakMap<EntityTagger, Settings>();

/**
 * What {@link tagOnTape} reads of a scanned text: a `TokenTape` (src/text/tape.ts)
 * fits as it is. Token starts ascend; `ids` are vocabulary ids (-1: none),
 * comparable between tapes with the same `memoScope` and `memoGeneration`.
 *
 * @example
 * ```ts
 * const view: TapeView = { input: 'Dinkes sigap', count: 2, starts: Int32Array.of(0, 7), ends: Int32Array.of(6, 12), ids: Int32Array.of(0, 1), memoScope: {}, memoGeneration: 0 };
 * ```
 */
export interface TapeView {
  /** The scanned text. */
  readonly input: string;
  /** Number of tokens. */
  readonly count: number;
  /** Start offset per token, ascending. */
  readonly starts: Int32Array;
  /** End offset per token. */
  readonly ends: Int32Array;
  /** Vocabulary id per token (case-folded words share one), -1 when none. */
  readonly ids: Int32Array;
  /** The vocabulary the ids belong to; `undefined`: ids are not comparable, nothing is memoized. */
  readonly memoScope: object | undefined;
  /** Bumped when the vocabulary is cleared (ids are reused). */
  readonly memoGeneration: number;
}

/**
 * `tagger.tag(tape.input, date)`, reading the tape `analyze()` already made:
 * the same mentions (the same walk over the string), but a word whose
 * vocabulary id is known to start no alias, title, level word or region name
 * is passed without walking the trie. The memo is one byte per id per
 * vocabulary, kept by the tagger. A tagger not made by
 * {@link createEntityTagger} is simply called.
 *
 * @example
 * ```ts
 * const tagger = createEntityTagger();
 * const view = { input: 'Dinkes sigap', count: 2, starts: Int32Array.of(0, 7), ends: Int32Array.of(6, 12), ids: Int32Array.of(0, 1), memoScope: {}, memoGeneration: 0 };
 * tagOnTape(tagger, view).map((m) => m.id); // ['dinas.kesehatan']
 * ```
 */
export function tagOnTape(tagger: EntityTagger, tape: TapeView, date?: string | Date): EntityMention[] {
  const s = settingsOf.get(tagger);
  if (s === undefined) return tagger.tag(tape.input, date);
  if (date === undefined) return tagWith(s, tape.input, tape);
  return tagWith({ ...s, date: dayOf(date) }, tape.input, tape);
}

let defaultTagger: EntityTagger | undefined;

/**
 * Finds every local-government agency (OPD) and region mentioned in `text`,
 * with exact offsets, canonical ids and official names.
 *
 * @example
 * ```ts
 * import { tagEntities } from 'suara';
 * const [m] = tagEntities('Diskominfo Pangkalpinang menggelar rapat');
 * // { id: 'dinas.kominfo', kind: 'opd', name: 'Dinas Komunikasi dan Informatika',
 * //   text: 'Diskominfo Pangkalpinang', start: 0, end: 24,
 * //   region: { level: 'kota', name: 'Kota Pangkalpinang', code: '19.71' }, alias: 'Diskominfo' }
 * ```
 */
export function tagEntities(text: string, options?: EntityTaggerOptions): EntityMention[] {
  assertString(text, 'text');
  if (options === undefined) return (defaultTagger ??= createEntityTagger()).tag(text);
  return createEntityTagger(options).tag(text);
}

