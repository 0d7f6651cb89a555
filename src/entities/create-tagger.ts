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
import { parseGrammar, parseUnitName, regionAt, regionSuffix, skipSpaces, wordEnd, type GrammarMatch, type RegionMatch } from './grammar';
import { isAlnum, isWordChar, trieWalk, type TrieMatch } from './matcher';
import { canonicalName, slugify } from './normalize-name';
import { decomposeAbbreviation, type Composition } from './compose';
import { builtinInstances, builtinKinds, builtinRegions, builtinRegistry, compileRegistry, type CompiledRegistry, type Entry, type RegionInfo, type RegistryOverride, type UnitKind } from './registry';
import { safeParse } from '../validate';
import { instanceSchema, regionCodePattern } from './lexicon-specs';
import { titleFits } from './titles';
import type { EntityMention, RegionRef } from './types';

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
  /** Kemendagri code of the region a text is about when it does not say (`19.71`). */
  defaultRegion?: string;
  /** Date of the text (`YYYY-MM-DD` or a Date): picks the agency names valid then. */
  date?: string | Date;
}

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
  defaultRegion: z.optional(z.string().check(z.regex(regionCodePattern, 'expected a Kemendagri code like 19 or 19.71'))),
  date: z.optional(z.union([z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}/, 'expected a date YYYY-MM-DD')), z.date()])),
});

interface Settings {
  reg: CompiledRegistry;
  defaultRegion: string | undefined;
  date: string | undefined;
}

type Cand =
  | { type: 'nat'; start: number; end: number; prio: number }
  | { type: 'region'; start: number; end: number; prio: number; region: RegionInfo }
  | { type: 'alias'; start: number; end: number; prio: number; values: readonly Entry[]; titled: boolean }
  | { type: 'grammar'; start: number; end: number; prio: number; g: GrammarMatch; titled: boolean }
  | { type: 'unit'; start: number; end: number; prio: number; unit: UnitKind; name: string; titled: boolean; region?: RegionInfo | undefined }
  | { type: 'comp'; start: number; end: number; prio: number; comp: Composition; titled: boolean };

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
function agencyAt(s: Settings, text: string, pos: number, withTitles: boolean, afterTitle = false): Cand | undefined {
  const matches: TrieMatch<Entry>[] = withTitles ? topMatches : [];
  matches.length = 0;
  trieWalk(s.reg.trie, text, pos, matches);
  if (withTitles) seen.region = false;
  let best: Cand | undefined;
  for (const m of matches) {
    let aliasSeen = false;
    for (const v of m.values) {
      let c: Cand | undefined;
      if (v.t === 'nat') c = { type: 'nat', start: pos, end: m.end, prio: 9 };
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
        // 'K.E.L.A' spells no 'Kel' head: unit heads are never written with dots inside.
        // look only inside the head (a backwards scan from m.end went quadratic on long texts without dots)
        if (hasDot(text, pos, m.end)) continue;
        const u = parseUnitName(s.reg, text, m.end, v.unit, v.title);
        if (u !== undefined) c = { type: 'unit', start: pos, end: u.end, prio: 6, unit: v.unit, name: u.name, titled: v.title, region: u.region };
      } else if ((v.t === 'region' || v.t === 'level') && withTitles) {
        seen.region = true;
      } else if (v.t === 'title' && withTitles) {
        const k = skipSpaces(text, m.end);
        if (k > m.end && k < text.length && isAlnum(text.charCodeAt(k))) {
          const a = agencyAt(s, text, k, false, true);
          if (a !== undefined && a.type !== 'nat' && a.type !== 'region' && titleFits(v.unit, a.type === 'unit' ? { type: 'unit', unit: a.unit } : { type: a.type === 'comp' ? 'alias' : a.type })) {
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
 * `Dinporabudpar`, `Disnakerkop`: a Dis/Din word no alias covers, split into
 * urusan codes. Lower-case chatter is full of dis-/din- words, so the word
 * must start with a capital, follow a head title (`Kepala`), or be followed
 * by a region (`disnakerkop sleman`).
 */
function composedAt(s: Settings, text: string, pos: number, afterTitle: boolean): Cand | undefined {
  // Cheap char test first: this runs at every word start no alias claimed, so only
  // 'dis…', 'din…' and 'kad…' words pay for the slice and the split.
  const c0 = text.charCodeAt(pos) | 32;
  const c1 = text.charCodeAt(pos + 1) | 32;
  const c2 = text.charCodeAt(pos + 2) | 32;
  if (!(c0 === 100 && c1 === 105 && (c2 === 115 || c2 === 110)) && !(c0 === 107 && c1 === 97 && c2 === 100)) return undefined;
  const end = wordEnd(text, pos);
  for (let k = pos; k < end; k++) {
    const c = text.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return undefined;
  }
  const comp = decomposeAbbreviation(s.reg.codes, text.slice(pos, end));
  if (comp === undefined) return undefined;
  const capital = text.charCodeAt(pos) <= 90;
  if (!capital && !afterTitle && regionSuffix(s.reg, text, end) === undefined) return undefined;
  if (comp.titled && afterTitle) return undefined;
  return { type: 'comp', start: pos, end, prio: 4, comp, titled: comp.titled };
}

/** Every letter in [start, end) is a capital (digits and separators allowed). */
function isAllCaps(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
  }
  return true;
}

/** Written as one word (no space or hyphen inside)? */
function isSolid(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isAlnum(text.charCodeAt(k))) return false;
  return true;
}

function regionRef(r: RegionInfo): RegionRef {
  return { level: r.level, name: r.name, code: r.code };
}

interface Pending {
  mention: EntityMention;
  needsContext: boolean;
}

function tagWith(s: Settings, text: string): EntityMention[] {
  const n = text.length;
  const found: Pending[] = [];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordChar(c)) {
      // '@handle' and '#tag' words are names of accounts, not mentions: skip them whole.
      if ((c === 64 || c === 35) && i + 1 < n && isWordChar(text.charCodeAt(i + 1))) {
        i = wordEnd(text, i + 1);
        while (i < n && (text.charCodeAt(i) === 46 || isWordChar(text.charCodeAt(i)))) i++;
      } else i++;
      continue;
    }
    if (!isAlnum(c)) {
      i = wordEnd(text, i);
      continue;
    }
    let best = agencyAt(s, text, i, true);
    const r = seen.region ? regionAt(s.reg, text, i, false) : undefined;
    if (r !== undefined) {
      const rc: Cand = { type: 'region', start: i, end: r.end, prio: 1, region: r.region };
      if (better(best, rc)) best = rc;
    }
    if (best === undefined) {
      i = wordEnd(text, i);
      continue;
    }
    if (best.type === 'nat') {
      i = best.end;
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
      const upper = text.charCodeAt(m.start) >= 65 && text.charCodeAt(m.start) <= 90;
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

function finishAgency(s: Settings, text: string, c: Cand & { type: 'alias' | 'grammar' | 'unit' | 'comp' }): Pending | undefined {
  let end = c.end;
  // 'Badan Kesatuan Bangsa dan Politik (Kesbangpol)': the abbreviation in brackets belongs to the mention.
  const p = skipSpaces(text, end);
  if (p < n(text) && text.charCodeAt(p) === 40) {
    const close = text.indexOf(')', p + 1);
    if (close > p + 1 && close - p <= 40) {
      const from = skipSpaces(text, p + 1);
      const inner: TrieMatch<Entry>[] = [];
      trieWalk(s.reg.trie, text, from, inner);
      if (inner.some((m) => skipSpaces(text, m.end) === close && m.values.some((v) => v.t === 'alias' || v.t === 'inst' || v.t === 'amb'))) end = close + 1;
      // '(DP3)', '(DPUPKP)' after a spelled-out name: an unlisted acronym of that name.
      else if (c.type === 'grammar' && !c.g.abbreviated && bracketAcronym(text, from, close, text.charCodeAt(c.start) | 32)) end = close + 1;
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
    name = c.g.abbreviated ? (s.reg.kinds.get(id)?.name ?? id) : canonicalName(c.g.surface, s.reg.abbreviations);
  } else {
    id = `${c.unit}:${slugify(c.name)}`;
    name = (c.unit === 'rsud' ? 'Rumah Sakit Umum Daerah ' : c.unit === 'kecamatan' ? 'Kecamatan ' : 'Kelurahan ') + c.name;
  }
  attached = undefined;
  const mention: EntityMention = { id, kind: 'opd', name, text: text.slice(c.start, end), start: c.start, end };
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
  while (e > from && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (e - from < 2 || e - from > 15 || (text.charCodeAt(from) | 32) !== initial) return false;
  let caps = 0;
  for (let k = from; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 65 && c <= 90) caps++;
    else if (!(c >= 48 && c <= 57) && c !== 45) return false;
  }
  return caps >= 2;
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
  if (o.defaultRegion !== undefined && !builtinRegions().some((x) => x.code === o.defaultRegion)) {
    throw new TypeError(`suara: invalid entity tagger option "defaultRegion": unknown Kemendagri code "${o.defaultRegion}"`);
  }
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
  return { reg, defaultRegion: o.defaultRegion, date };
}

/** Is there a `.` in `text[a, b)`? */
function hasDot(text: string, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (text.charCodeAt(i) === 46) return true;
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
  return {
    tag(text: string, date?: string | Date): EntityMention[] {
      assertString(text, 'text');
      if (date === undefined) return tagWith(s, text);
      return tagWith({ ...s, date: dayOf(date) }, text);
    },
  };
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

