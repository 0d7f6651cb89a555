/**
 * The OPD registry: national kinds, the region table and region instances,
 * compiled once (lazily) into the lookup structures the tagger walks.
 * `loadRegistryOverride` validates a region's own list at runtime.
 */
import type * as z from 'zod/mini';
import { assertString } from '../errors';
import { lazy } from '../lexicons/lazy';
import { parseTsv } from '../lexicons/tsv';
import { data as kindsData } from '../lexicons/generated/entities-kinds';
import { data as regionsData } from '../lexicons/generated/entities-regions';
import { data as pkpData } from '../lexicons/generated/entities-instance-pangkalpinang';
import { data as babelData } from '../lexicons/generated/entities-instance-babel';
import { data as bogorData } from '../lexicons/generated/entities-instance-bogor';
import { data as codesData } from '../lexicons/generated/entities-urusan-codes';
import { data as grammarData } from '../lexicons/generated/entities-grammar';
import { parse, safeParse } from '../validate';
import { bodyKinds, grammarFileSchema, instanceSchema, instancesFileSchema, kindsFileSchema, regionRowSchema, urusanCodeRowSchema } from './lexicon-specs';
import { compactKey, slugify } from './normalize-name';
import { createTrie, trieAdd, type TrieNode } from './matcher';
import type { EntityKind, RegionLevel, RegionRef } from './types';
import { codeAt } from '../text/chars';

/** A parsed `kinds.json`. */
export type KindsFile = z.infer<typeof kindsFileSchema>;
/**
 * One agency of a region: its kind id (the first urusan of its name), its
 * official name, the kinds it covers when merged, region-specific aliases
 * and validity dates.
 *
 * @example
 * ```ts
 * const a: import('suara').RegionAgency = { id: 'dinas.pmptsp', name: 'Dinas Penanaman Modal, Pelayanan Terpadu Satu Pintu dan Tenaga Kerja', kinds: ['dinas.pmptsp', 'dinas.tenagakerja'], aliases: ['DPMPTSPNAKER'] };
 * ```
 */
export interface RegionAgency {
  /** Kind id, e.g. `dinas.kesehatan`. */
  id: string;
  /** Official name without the region. */
  name: string;
  /** Every kind a merged agency covers, first = `id`. */
  kinds?: string[] | undefined;
  /** Region-specific aliases. */
  aliases?: string[] | undefined;
  /** First day the name is valid (`YYYY-MM-DD`). */
  validFrom?: string | undefined;
  /** Last day the name is valid (`YYYY-MM-DD`). */
  validTo?: string | undefined;
  /** Official accounts and hashtags (`@dishub_pkp`, `#dishubpkp`; without `@`/`#`: either). */
  handles?: string[] | undefined;
  /** Free-text provenance. */
  note?: string | undefined;
}

/**
 * A named unit of a region (RSUD, kecamatan, kelurahan).
 *
 * @example
 * ```ts
 * const u: import('suara').RegionUnit = { unit: 'rsud', name: 'Depati Hamzah' };
 * ```
 */
export interface RegionUnit {
  /** Unit kind. */
  unit: UnitKind;
  /** Proper name (`Depati Hamzah`, `Gerunggang`). */
  name: string;
  /** Other spellings. */
  aliases?: string[] | undefined;
  /** Official accounts and hashtags. */
  handles?: string[] | undefined;
  /** Free-text provenance. */
  note?: string | undefined;
}

/**
 * A named BUMD (regional company) or vertical body of a region. The mention
 * id is `bumd:<id>` or `vertical:<id>`; `type` is one of the generic types of
 * `kinds.json` (`airminum`, `pasar`, `bank`, `polres`, `pln` …), so a bare
 * `PDAM` resolves to the region's only water utility.
 *
 * @example
 * ```ts
 * const b: import('suara').RegionBody = { id: 'tirta-pinang', type: 'airminum', name: 'Perumda Air Minum Tirta Pinang', aliases: ['PDAM Tirta Pinang'], handles: ['@pdamtirtapinang'] };
 * ```
 */
export interface RegionBody {
  /** Slug, unique in the region (`tirta-pakuan`). */
  id: string;
  /** Generic type (`airminum`, `pasar`, `polres`). */
  type: string;
  /** Official name. */
  name: string;
  /** Brand names and abbreviations (`PDAM Tirta Pakuan`, `Tirta Pakuan`). */
  aliases?: string[] | undefined;
  /** Official accounts and hashtags. */
  handles?: string[] | undefined;
  /** Free-text provenance. */
  note?: string | undefined;
}

/**
 * The region's own government as a target (`Pemkot`, `Wali Kota`): its
 * official name (default `Pemerintah <region name>`), extra names and
 * accounts.
 *
 * @example
 * ```ts
 * const p: import('suara').RegionPemda = { name: 'Pemerintah Kota Bogor', handles: ['@pemkotbogor'] };
 * ```
 */
export interface RegionPemda {
  /** Official name; default `Pemerintah <region name>`. */
  name?: string | undefined;
  /** Extra names (`Balai Kota Bogor`). */
  aliases?: string[] | undefined;
  /** Official accounts and hashtags. */
  handles?: string[] | undefined;
  /** Free-text provenance. */
  note?: string | undefined;
}

/**
 * One region instance: the agencies of one region, how its ambiguous
 * aliases resolve (`BKD` → `bpkad`), and its named units.
 *
 * @example
 * ```ts
 * const r: import('suara').RegionInstance = { region: '19.71', agencies: [{ id: 'bpkad', name: 'Badan Keuangan Daerah' }], resolve: { BKD: 'bpkad' } };
 * ```
 */
export interface RegionInstance {
  /** Kemendagri code. */
  region: string;
  /** Agencies. */
  agencies: RegionAgency[];
  /** Ambiguous alias → kind id in this region. */
  resolve?: Record<string, string> | undefined;
  /** Named units. */
  units?: RegionUnit[] | undefined;
  /** Regional companies (PDAM/Perumda air minum, Perumda pasar, bank daerah …). */
  bumd?: RegionBody[] | undefined;
  /** National or vertical bodies working in the region (tagged only with `include: ['vertical']`). */
  vertical?: RegionBody[] | undefined;
  /** The region's government itself. */
  pemda?: RegionPemda | undefined;
}
/** Input shape of a region instance (before defaults). */
type RegionInstanceInput = z.input<typeof instanceSchema>;
/**
 * Named unit kinds.
 *
 * @example
 * ```ts
 * const k: import('suara').UnitKind = 'kecamatan';
 * ```
 */
export type UnitKind = 'rsud' | 'kecamatan' | 'kelurahan' | 'puskesmas';
/**
 * Kinds of named bodies a region lists (`bumd`, `vertical`).
 *
 * @example
 * ```ts
 * const k: import('suara').BodyKind = 'bumd';
 * ```
 */
export type BodyKind = 'bumd' | 'vertical';

/**
 * A validated runtime override: extra region instances, checked against the
 * built-in kinds and region codes.
 *
 * @example
 * ```ts
 * import { loadRegistryOverride, createEntityTagger } from 'suara';
 * const reg = loadRegistryOverride('{"instances":[{"region":"19.71","agencies":[{"id":"dinas.kesehatan","name":"Dinas Kesehatan","aliases":["Dinkes PKP"]}]}]}');
 * const tag = createEntityTagger({ registry: reg });
 * ```
 */
export interface RegistryOverride {
  /** Region instances, validated. */
  instances: RegionInstance[];
}

/** A region with its matching flags. */
export interface RegionInfo extends RegionRef {
  bare: string;
  common: boolean;
  anycase: boolean;
}

/** Trie payloads. */
export type Entry =
  | { t: 'alias'; kind: string; alias: string; name: string | undefined; context: boolean; title: boolean; solid: boolean; upper: boolean }
  | { t: 'inst'; kind: string; alias: string; name: string; region: string; validFrom: string | undefined; validTo: string | undefined }
  | { t: 'amb'; alias: string; candidates: readonly string[] }
  | { t: 'nat' }
  | { t: 'region'; region: RegionInfo; alias: boolean; attachedOnly: boolean }
  | { t: 'level'; level: RegionLevel; gov: boolean }
  | { t: 'head'; head: string }
  | { t: 'title'; unit: UnitKind | undefined }
  | { t: 'unit'; unit: UnitKind; title: boolean; known?: boolean }
  | { t: 'body'; kind: BodyKind; type: string; name: string; alias: string; upper: boolean; notAfter: ReadonlySet<string> | undefined }
  | { t: 'binst'; kind: BodyKind; id: string; type: string; name: string; alias: string; region: string }
  | { t: 'pemda'; alias: string; level: RegionLevel | undefined; title: boolean }
  | { t: 'pinst'; alias: string; region: string };

/** What an official account or hashtag points at. */
export interface HandleTarget {
  kind: EntityKind;
  id: string;
  name: string;
  region: string;
}

/** A known named unit. */
export interface UnitEntry {
  unit: UnitKind;
  name: string;
}

/** One urusan phrase of the name grammar. */
export interface UrusanPhrase {
  words: readonly string[];
  kind: string;
}

/** Everything the tagger needs, built once per registry. */
export interface CompiledRegistry {
  trie: TrieNode<Entry>;
  units: TrieNode<UnitEntry>;
  kinds: Map<string, { id: string; name: string; heads: ReadonlySet<string> }>;
  regions: Map<string, RegionInfo>;
  /** region code → alias key → kind id (ambiguity resolution). */
  resolve: Map<string, Map<string, string>>;
  /** first word → phrases starting with it, longest first. */
  urusan: Map<string, UrusanPhrase[]>;
  /** words the grammar accepts after a head. */
  vocab: ReadonlySet<string>;
  /** urusan words that are abbreviations (a name using them takes the kind's name). */
  abbreviations: ReadonlySet<string>;
  /** all alias words, lowercased. */
  aliasWords: ReadonlySet<string>;
  /** region code → its agencies. */
  agencies: Map<string, RegionInstance['agencies']>;
  /** urusan syllables of compositional abbreviations (`pora` → dinas.pora). */
  codes: ReadonlyMap<string, UrusanCode>;
  /** `@name` / `#tag` / `name` (lowercased) → what the account is. */
  handles: Map<string, HandleTarget>;
  /** region code → unit kind → names of its units (bare `RSUD` resolves when there is one). */
  unitsByRegion: Map<string, Map<UnitKind, string[]>>;
  /** region code → `kind.type` → its bodies (bare `PDAM` resolves when there is one). */
  bodiesByRegion: Map<string, Map<string, (RegionBody & { kind: BodyKind })[]>>;
  /** `kind.type` → generic name (`bumd.airminum` → Perusahaan Umum Daerah Air Minum). */
  bodyTypes: Map<string, string>;
  /** region code → official name of its government. */
  pemdaNames: Map<string, string>;
  /** Closed word lists of the name grammar (`lexicons/entities/grammar.json`). */
  grammar: GrammarWords;
}

/** The name grammar's word lists, lowercased. */
export interface GrammarWords {
  tailWords: ReadonlySet<string>;
  ordinaryAfterAgency: ReadonlySet<string>;
  geoWords: ReadonlySet<string>;
  honorifics: ReadonlySet<string>;
  unitStop: ReadonlySet<string>;
  levelStop: ReadonlySet<string>;
  /** National head words, compacted (`direktoratjenderal`): the capitalised words after them stay in the national name. */
  nationalHeads: ReadonlySet<string>;
}

/** Built-in grammar word lists. */
export const builtinGrammar: () => GrammarWords = lazy(() => {
  const g = parse(grammarFileSchema, JSON.parse(grammarData));
  const set = (a: readonly string[]): ReadonlySet<string> => new Set(a.map((w) => w.toLowerCase()));
  return { tailWords: set(g.tailWords), ordinaryAfterAgency: set(g.ordinaryAfterAgency), geoWords: set(g.geoWords), honorifics: set(g.honorifics), unitStop: set(g.unitStop), levelStop: set(g.levelStop), nationalHeads: set(g.nationalHeads) };
});

/** Display name of a unit (`Rumah Sakit Umum Daerah Depati Hamzah`, `Puskesmas Gerunggang`). */
export function unitDisplayName(unit: UnitKind, name: string): string {
  const prefix = unit === 'rsud' ? 'Rumah Sakit Umum Daerah' : unit === 'kecamatan' ? 'Kecamatan' : unit === 'kelurahan' ? 'Kelurahan' : 'Puskesmas';
  return name === '' ? (unit === 'puskesmas' ? 'Pusat Kesehatan Masyarakat' : prefix) : `${prefix} ${name}`;
}

/** One urusan syllable of a compositional abbreviation (`lexicons/entities/urusan-codes.tsv`). */
export interface UrusanCode {
  kind: string;
  /** Name parts it contributes (`pora` → Kepemudaan, Olahraga). */
  names: readonly string[];
}

const ABBREVIATION_URUSAN = new Set(
  'kominfo infokom komdigi pupr putr pu perkim pppa p3a p3akb pppakb esdm kb ppkb p2kb lh pmd ptsp pmptsp dpmptsp ukm umkm sdm naker nakertrans dikbud diknas dukcapil capil pora litbang kesbangpol dishub prokopim adpim humas'.split(' '),
);

const LEVEL_WORDS: [string, RegionLevel, boolean][] = [
  ['provinsi', 'provinsi', false], ['prov', 'provinsi', false], ['propinsi', 'provinsi', false],
  ['kabupaten', 'kabupaten', false], ['kab', 'kabupaten', false],
  ['kota', 'kota', false],
  ['pemkot', 'kota', true], ['pemkab', 'kabupaten', true], ['pemprov', 'provinsi', true],
  ['pemerintah kota', 'kota', true], ['pemerintah kabupaten', 'kabupaten', true], ['pemerintah provinsi', 'provinsi', true],
  ['pemerintah kab', 'kabupaten', true], ['pemerintah prov', 'provinsi', true],
];

const TITLE_WORDS: [string, UnitKind | undefined][] = [
  ['kepala', undefined], ['kadis', undefined], ['kaban', undefined], ['kasat', undefined], ['kalaksa', undefined],
  ['kepala pelaksana', undefined], ['kabag', undefined], ['karo', undefined], ['kepala badan', undefined],
  ['direktur', 'rsud'], ['dirut', 'rsud'], ['direktur utama', 'rsud'],
];

const UNIT_HEADS: [string, UnitKind, boolean][] = [
  ['rsud', 'rsud', false], ['rsd', 'rsud', false], ['rumah sakit umum daerah', 'rsud', false], ['rs umum daerah', 'rsud', false],
  ['rumah sakit daerah', 'rsud', false],
  ['kecamatan', 'kecamatan', false], ['kec', 'kecamatan', false], ['kantor camat', 'kecamatan', false], ['kantor kecamatan', 'kecamatan', false],
  ['camat', 'kecamatan', true],
  ['kelurahan', 'kelurahan', false], ['kel', 'kelurahan', false], ['kantor lurah', 'kelurahan', false], ['kantor kelurahan', 'kelurahan', false],
  ['lurah', 'kelurahan', true],
  ['puskesmas', 'puskesmas', false], ['uptd puskesmas', 'puskesmas', false], ['upt puskesmas', 'puskesmas', false],
  ['pusat kesehatan masyarakat', 'puskesmas', false], ['puskesmas pembantu', 'puskesmas', false], ['pustu', 'puskesmas', false],
];

function splitWords(s: string): string[] {
  return s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0);
}

/** Parsed built-in data (validated by the build step and by tests). */
export const builtinKinds: () => KindsFile = lazy(() => parse(kindsFileSchema, JSON.parse(kindsData)));

/** Built-in region rows. */
export const builtinRegions: () => RegionInfo[] = lazy(() => {
  const out: RegionInfo[] = [];
  for (const row of parseTsv(regionsData).rows) {
    const r = parse(regionRowSchema, row);
    const flags = r.flags.split(',');
    out.push({ code: r.code, level: r.level, name: r.name, bare: r.bare, common: flags.includes('common'), anycase: flags.includes('anycase') });
  }
  return out;
});

const regionAliasRows = lazy(() => {
  const out = new Map<string, { aliases: string[]; attachedOnly: string[] }>();
  for (const row of parseTsv(regionsData).rows) {
    const split = (s: string | undefined): string[] => (s ?? '').split('|').filter((a) => a.length > 0);
    out.set(row['code']!, { aliases: split(row['aliases']), attachedOnly: split(row['attached_only']) });
  }
  return out;
});

/** Region code → its aliases, lowercased (`19` → `bangka belitung`, `babel` …). */
export const builtinRegionAliases: () => ReadonlyMap<string, readonly string[]> = lazy(() => {
  const out = new Map<string, string[]>();
  for (const [code, row] of regionAliasRows()) out.set(code, row.aliases.map((a) => a.toLowerCase()));
  return out;
});

/** Built-in urusan syllables for the abbreviation decomposer. */
export const builtinCodes: () => ReadonlyMap<string, UrusanCode> = lazy(() => {
  const out = new Map<string, UrusanCode>();
  for (const row of parseTsv(codesData).rows) {
    const r = parse(urusanCodeRowSchema, row);
    out.set(r.code, { kind: r.kind, names: r.names.split('|') });
  }
  return out;
});

/** Built-in region instances (Kota Pangkalpinang, Prov. Kep. Bangka Belitung and its regencies). */
export const builtinInstances: () => RegionInstance[] = lazy(() => [
  ...parse(instancesFileSchema, JSON.parse(pkpData)).instances,
  ...parse(instancesFileSchema, JSON.parse(babelData)).instances,
  ...parse(instancesFileSchema, JSON.parse(bogorData)).instances,
]);

/** Compiles kinds, regions and instances into the tagger's index. Instances earlier in the list win. */
export function compileRegistry(kinds: KindsFile, regions: readonly RegionInfo[], instances: readonly RegionInstance[]): CompiledRegistry {
  const trie = createTrie<Entry>();
  const units = createTrie<UnitEntry>();
  const aliasWords = new Set<string>();
  const addWords = (s: string): void => {
    for (const w of splitWords(s)) aliasWords.add(w);
    const k = compactKey(s);
    if (k.length > 0) aliasWords.add(k);
  };
  // 0.2 kinds protect only their one-word names (`pdam`, `pemkot`, `walkot`): their multi-word
  // names hold ordinary words (`pak`, `bank`, `air`) that slang normalization must still rewrite.
  const addWord = (s: string): void => {
    if (/^[A-Za-z0-9]+$/.test(s)) aliasWords.add(s.toLowerCase());
  };
  const kindMap = new Map<string, { id: string; name: string; heads: ReadonlySet<string> }>();
  const urusan = new Map<string, UrusanPhrase[]>();
  const vocab = new Set<string>(kinds.fillers);
  for (const k of kinds.kinds) {
    kindMap.set(k.id, { id: k.id, name: k.name, heads: new Set(k.heads) });
    for (const u of k.urusan) {
      const words = splitWords(u);
      const first = words[0];
      if (first === undefined) continue;
      for (const w of words) vocab.add(w);
      let list = urusan.get(first);
      if (list === undefined) urusan.set(first, (list = []));
      list.push({ words, kind: k.id });
    }
    for (const a of k.aliases) {
      const o: { alias: string; name?: string | undefined; context?: boolean | undefined; title?: boolean | undefined; solid?: boolean | undefined; upper?: boolean | undefined } = typeof a === 'string' ? { alias: a } : a;
      const key = compactKey(o.alias);
      if (key.length === 0) continue;
      addWords(o.alias);
      trieAdd(trie, key, { t: 'alias', kind: k.id, alias: o.alias, name: o.name, context: o.context === true, title: o.title === true, solid: o.solid === true, upper: o.upper === true });
      // Fused head-of-agency titles: Ka + Dinkes → Kadinkes, Ka + Diskominfo → Kadiskominfo.
      if (!o.context && (key.startsWith('dis') || key.startsWith('din'))) {
        trieAdd(trie, 'ka' + key, { t: 'alias', kind: k.id, alias: 'Ka' + o.alias, name: o.name, context: false, title: true, solid: o.solid === true, upper: false });
      }
    }
  }
  for (const list of urusan.values()) list.sort((a, b) => b.words.length - a.words.length);
  trieAdd(trie, 'kasatpolpp', { t: 'alias', kind: 'satpolpp', alias: 'Kasatpol PP', name: undefined, context: false, title: true, solid: false, upper: false });
  trieAdd(trie, 'kasatpol', { t: 'alias', kind: 'satpolpp', alias: 'Kasatpol', name: undefined, context: false, title: true, solid: false, upper: false });
  for (const a of kinds.ambiguous) {
    trieAdd(trie, compactKey(a.alias), { t: 'amb', alias: a.alias, candidates: a.candidates });
    addWords(a.alias);
  }
  for (const n of kinds.national) trieAdd(trie, compactKey(n), { t: 'nat' });
  const bodyTypes = new Map<string, string>();
  for (const b of kinds.bodies) {
    bodyTypes.set(`${b.kind}.${b.type}`, b.name);
    for (const a of b.aliases) {
      const o = typeof a === 'string' ? { alias: a } : a;
      const alias = o.alias;
      const notAfter = o.notAfter !== undefined ? new Set(o.notAfter.map((w) => w.toLowerCase())) : undefined;
      trieAdd(trie, compactKey(alias), { t: 'body', kind: b.kind, type: b.type, name: b.name, alias, upper: o.upper === true, notAfter });
      addWord(alias);
    }
  }
  for (const p of kinds.pemda) {
    // not protected from slang: its expansions of these are right (wagub → wakil gubernur), and the tagger reads the original
    trieAdd(trie, compactKey(p.alias), { t: 'pemda', alias: p.alias, level: p.level, title: p.title === true });
  }
  for (const h of ['dinas', 'badan', 'kantor', 'satuan', 'biro', 'bagian', 'unit']) trieAdd(trie, h, { t: 'head', head: h });
  for (const [w, level, gov] of LEVEL_WORDS) {
    trieAdd(trie, compactKey(w), { t: 'level', level, gov });
    addWords(w);
  }
  for (const [w, unit] of TITLE_WORDS) {
    trieAdd(trie, compactKey(w), { t: 'title', unit });
    addWords(w);
  }
  for (const [w, unit, title] of UNIT_HEADS) trieAdd(trie, compactKey(w), { t: 'unit', unit, title });
  // 'pkm kacang pedang': PKM is also a student programme, so it heads a puskesmas only before a known name.
  trieAdd(trie, 'pkm', { t: 'unit', unit: 'puskesmas', title: false, known: true });
  // 'RS Depati Hamzah': RS is any hospital, so it names an RSUD only before a known RSUD name.
  trieAdd(trie, 'rs', { t: 'unit', unit: 'rsud', title: false, known: true });

  const regionMap = new Map<string, RegionInfo>();
  const aliasRows = regionAliasRows();
  for (const r of regions) {
    regionMap.set(r.code, r);
    trieAdd(trie, compactKey(r.bare), { t: 'region', region: r, alias: false, attachedOnly: false });
    const extra = aliasRows.get(r.code);
    if (extra === undefined) continue;
    for (const a of extra.aliases) {
      trieAdd(trie, compactKey(a), { t: 'region', region: r, alias: true, attachedOnly: extra.attachedOnly.includes(a) });
      addWords(a);
    }
    for (const a of extra.attachedOnly) {
      if (!extra.aliases.includes(a)) trieAdd(trie, compactKey(a), { t: 'region', region: r, alias: true, attachedOnly: true });
      addWords(a);
    }
  }

  const resolve = new Map<string, Map<string, string>>();
  const agencies = new Map<string, RegionInstance['agencies']>();
  const handles = new Map<string, HandleTarget>();
  const unitsByRegion = new Map<string, Map<UnitKind, string[]>>();
  const bodiesByRegion = new Map<string, Map<string, (RegionBody & { kind: BodyKind })[]>>();
  const pemdaNames = new Map<string, string>();
  // Earlier instances win (overrides come first), so a handle is only set once.
  const addHandles = (list: readonly string[] | undefined, target: HandleTarget): void => {
    for (const h of list ?? []) {
      const key = h.toLowerCase();
      if (!handles.has(key)) handles.set(key, target);
    }
  };
  for (const inst of instances) {
    const info = regionMap.get(inst.region);
    if (!pemdaNames.has(inst.region)) pemdaNames.set(inst.region, inst.pemda?.name ?? (info !== undefined ? `Pemerintah ${info.name}` : 'Pemerintah Daerah'));
    if (inst.pemda !== undefined) {
      const target: HandleTarget = { kind: 'pemda', id: `pemda:${inst.region}`, name: pemdaNames.get(inst.region)!, region: inst.region };
      addHandles(inst.pemda.handles, target);
      for (const a of inst.pemda.aliases ?? []) {
        trieAdd(trie, compactKey(a), { t: 'pinst', alias: a, region: inst.region });
        addWord(a);
      }
    }
    for (const ag of inst.agencies) addHandles(ag.handles, { kind: 'opd', id: ag.id, name: ag.name, region: inst.region });
    let ur = unitsByRegion.get(inst.region);
    if (ur === undefined) unitsByRegion.set(inst.region, (ur = new Map()));
    for (const u of inst.units ?? []) {
      const names = ur.get(u.unit) ?? [];
      if (!names.includes(u.name)) names.push(u.name);
      ur.set(u.unit, names);
      addHandles(u.handles, { kind: u.unit === 'puskesmas' ? 'puskesmas' : 'opd', id: `${u.unit}:${slugify(u.name)}`, name: unitDisplayName(u.unit, u.name), region: inst.region });
      // Puskesmas are named after their kelurahan or kecamatan, so those names are puskesmas names too ('puskesmas bukit intan').
      if (u.unit === 'kelurahan' || u.unit === 'kecamatan') for (const n of [u.name, ...(u.aliases ?? [])]) trieAdd(units, compactKey(n), { unit: 'puskesmas', name: u.name });
    }
    let br = bodiesByRegion.get(inst.region);
    if (br === undefined) bodiesByRegion.set(inst.region, (br = new Map()));
    for (const kind of bodyKinds) {
      for (const b of inst[kind] ?? []) {
        const key = `${kind}.${b.type}`;
        const list = br.get(key) ?? [];
        // An override restating a built-in body (to add its handles) is the same body, not a second one.
        if (!list.some((x) => x.id === b.id)) list.push({ ...b, kind });
        br.set(key, list);
        const value: Entry = { t: 'binst', kind, id: b.id, type: b.type, name: b.name, alias: b.name, region: inst.region };
        trieAdd(trie, compactKey(b.name), value);
        for (const a of b.aliases ?? []) {
          trieAdd(trie, compactKey(a), { ...value, alias: a });
          addWord(a);
        }
        addHandles(b.handles, { kind, id: `${kind}:${b.id}`, name: b.name, region: inst.region });
      }
    }
    agencies.set(inst.region, [...(agencies.get(inst.region) ?? []), ...inst.agencies]);
    let res = resolve.get(inst.region);
    if (res === undefined) resolve.set(inst.region, (res = new Map()));
    if (inst.resolve !== undefined) for (const [alias, kind] of Object.entries(inst.resolve)) if (!res.has(compactKey(alias))) res.set(compactKey(alias), kind);
    for (const ag of inst.agencies) {
      for (const a of ag.aliases ?? []) {
        const key = compactKey(a);
        if (key.length === 0) continue;
        addWords(a);
        trieAdd(trie, key, { t: 'inst', kind: ag.id, alias: a, name: ag.name, region: inst.region, validFrom: ag.validFrom, validTo: ag.validTo });
        if (!res.has(key)) res.set(key, ag.id);
      }
    }
    for (const u of inst.units ?? []) {
      for (const n of [u.name, ...(u.aliases ?? [])]) trieAdd(units, compactKey(n), { unit: u.unit, name: u.name });
    }
  }
  return { trie, units, kinds: kindMap, regions: regionMap, resolve, urusan, vocab, abbreviations: ABBREVIATION_URUSAN, aliasWords, agencies, codes: builtinCodes(), handles, unitsByRegion, bodiesByRegion, bodyTypes, pemdaNames, grammar: builtinGrammar() };
}

/** The built-in registry, compiled on first use. */
export const builtinRegistry: () => CompiledRegistry = lazy(() => compileRegistry(builtinKinds(), builtinRegions(), builtinInstances()));

/**
 * Every alias word of the built-in registry, lowercased (`kominfo`,
 * `dishub`, `satpol`, `pemkot`, `pkp`, …), for slang normalization to leave
 * alone.
 *
 * @example
 * ```ts
 * import { entityAliasWords } from 'suara';
 * entityAliasWords().has('dishub'); // true
 * ```
 */
export function entityAliasWords(): ReadonlySet<string> {
  return builtinRegistry().aliasWords;
}

// ---------------------------------------------------------------------------
// Runtime overrides

/**
 * One problem in an override file.
 *
 * @example
 * ```ts
 * const issue: import('suara').RegistryIssue = { line: 3, field: 'id', message: 'unknown kind id "dinas.keshatan"' };
 * ```
 */
export interface RegistryIssue {
  /** 1-based line in the override text. */
  line: number;
  /** Field path, e.g. `instances.0.agencies.2.id` (JSON) or the column name (TSV). */
  field: string;
  /** What is wrong. */
  message: string;
}

/**
 * Thrown by {@link loadRegistryOverride}; `issues` lists every problem with
 * its line and field.
 *
 * @example
 * ```ts
 * import { loadRegistryOverride, RegistryOverrideError } from 'suara';
 * try {
 *   loadRegistryOverride('region\tid\tname\n19.71\tdinas.keshatan\tDinas Kesehatan\n');
 * } catch (e) {
 *   if (e instanceof RegistryOverrideError) console.log(e.issues[0]!.line); // 2
 * }
 * ```
 */
export class RegistryOverrideError extends Error {
  /** Every problem found. */
  readonly issues: RegistryIssue[];
  constructor(issues: RegistryIssue[]) {
    super('suara: invalid registry override:\n' + issues.map((i) => `  line ${i.line}, field "${i.field}": ${i.message}`).join('\n'));
    this.name = 'RegistryOverrideError';
    this.issues = issues;
  }
}

/** Line (1-based) of the value at `path` in JSON `text`, or of the closest ancestor found. */
export function jsonPathLine(text: string, path: readonly (string | number)[]): number {
  let i = 0;
  let line = 1;
  const n = text.length;
  const ws = (): void => {
    while (i < n) {
      const c = codeAt(text, i);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13) return;
      i++;
    }
  };
  const skipString = (): string => {
    const start = i + 1;
    i++;
    while (i < n && codeAt(text, i) !== 34) i += codeAt(text, i) === 92 ? 2 : 1;
    i++;
    return text.slice(start, i - 1);
  };
  // Skips one value; returns when done.
  const skipValue = (): void => {
    ws();
    const c = codeAt(text, i);
    if (c === 34) return void skipString();
    if (c === 123 || c === 91) {
      const close = c === 123 ? 125 : 93;
      i++;
      for (;;) {
        ws();
        if (i >= n) return;
        if (codeAt(text, i) === close) return void i++;
        if (c === 123) {
          skipString();
          ws();
          i++; // colon
        }
        skipValue();
        ws();
        if (codeAt(text, i) === 44) i++;
      }
    }
    while (i < n && !/[,\]}\s]/.test(text[i]!)) i++;
  };
  let found = 1;
  ws();
  for (const key of path) {
    found = line;
    const c = codeAt(text, i);
    if (c === 123 && typeof key === 'string') {
      i++;
      let hit = false;
      for (;;) {
        ws();
        if (i >= n || codeAt(text, i) === 125) break;
        const k = skipString();
        ws();
        i++;
        ws();
        if (k === key) {
          hit = true;
          break;
        }
        skipValue();
        ws();
        if (codeAt(text, i) === 44) i++;
      }
      if (!hit) return found;
    } else if (c === 91 && typeof key === 'number') {
      i++;
      for (let k = 0; k < key; k++) {
        skipValue();
        ws();
        if (codeAt(text, i) === 44) i++;
        ws();
      }
      ws();
    } else return found;
  }
  return line;
}

const TSV_COLUMNS = ['region', 'kind', 'id', 'type', 'name', 'kinds', 'aliases', 'handles', 'valid_from', 'valid_to'] as const;
/** Row kinds of the TSV format: an OPD (default), a named unit, a BUMD or vertical body, or the government itself. */
const TSV_KINDS = ['opd', 'rsud', 'kecamatan', 'kelurahan', 'puskesmas', 'bumd', 'vertical', 'pemda'] as const;

function crossCheck(instances: RegionInstance[], where: (idx: number, agency: number | undefined, field: string) => { line: number; field: string }): RegistryIssue[] {
  const kinds = new Set(builtinKinds().kinds.map((k) => k.id));
  const codes = new Set(builtinRegions().map((r) => r.code));
  const bodyTypes = new Set(builtinKinds().bodies.map((b) => `${b.kind}.${b.type}`));
  const issues: RegistryIssue[] = [];
  instances.forEach((inst, i) => {
    if (!codes.has(inst.region)) issues.push({ ...where(i, undefined, 'region'), message: `unknown region code "${inst.region}"` });
    inst.agencies.forEach((ag, j) => {
      if (!kinds.has(ag.id)) issues.push({ ...where(i, j, 'id'), message: `unknown kind id "${ag.id}"` });
      for (const k of ag.kinds ?? []) if (!kinds.has(k)) issues.push({ ...where(i, j, 'kinds'), message: `unknown kind id "${k}"` });
      if (ag.validFrom !== undefined && ag.validTo !== undefined && ag.validFrom > ag.validTo) {
        issues.push({ ...where(i, j, 'validTo'), message: `validTo ${ag.validTo} is before validFrom ${ag.validFrom}` });
      }
    });
    for (const kind of bodyKinds) {
      const seenIds = new Set<string>();
      (inst[kind] ?? []).forEach((b, j) => {
        if (!bodyTypes.has(`${kind}.${b.type}`)) issues.push({ ...where(i, undefined, `${kind}.${j}.type`), message: `${kind} "${b.id}": unknown type "${b.type}" (expected one of ${[...bodyTypes].filter((t) => t.startsWith(kind + '.')).map((t) => t.slice(kind.length + 1)).join(', ')})` });
        if (seenIds.has(b.id)) issues.push({ ...where(i, undefined, `${kind}.${j}.id`), message: `${kind} id "${b.id}" is listed twice (item ${j})` });
        seenIds.add(b.id);
      });
    }
    for (const [alias, kind] of Object.entries(inst.resolve ?? {})) {
      if (!kinds.has(kind)) issues.push({ ...where(i, undefined, 'resolve'), message: `alias "${alias}" resolves to unknown kind id "${kind}"` });
    }
  });
  return issues;
}

function loadJsonOverride(text: string): RegistryOverride {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    const line = m ? text.slice(0, Number(m[1])).split('\n').length : 1;
    throw new RegistryOverrideError([{ line, field: '(json)', message: (e as Error).message }]);
  }
  const r = safeParse(instancesFileSchema, value);
  if (!r.success) {
    throw new RegistryOverrideError(
      r.error.issues.map((iss) => {
        const path = iss.path.filter((p): p is string | number => typeof p !== 'symbol');
        // Unknown keys are reported on their parent: name the key itself.
        const keys = (iss as { keys?: string[] }).keys;
        const full = keys && keys.length > 0 ? [...path, keys[0]!] : path;
        return { line: jsonPathLine(text, full), field: full.join('.'), message: iss.message };
      }),
    );
  }
  const instances = r.data.instances;
  const issues = crossCheck(instances, (i, j, field) => {
    const sub = field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    const path = j === undefined ? ['instances', i, ...sub] : ['instances', i, 'agencies', j, field];
    return { line: jsonPathLine(text, path), field: path.join('.') };
  });
  if (issues.length > 0) throw new RegistryOverrideError(issues);
  return { instances };
}

function loadTsvOverride(text: string): RegistryOverride {
  const { rows, lines, issues: tsvIssues, columns } = parseTsv(text);
  const issues: RegistryIssue[] = tsvIssues.map((i) => ({ line: i.line, field: '(row)', message: i.message }));
  const headerLine = text.split('\n').findIndex((l) => l.length > 0 && !l.startsWith('#')) + 1;
  for (const c of columns) {
    if (!(TSV_COLUMNS as readonly string[]).includes(c)) issues.push({ line: headerLine, field: c, message: `unknown column "${c}" (expected ${TSV_COLUMNS.join(', ')})` });
  }
  for (const c of ['region', 'name']) if (!columns.includes(c)) issues.push({ line: headerLine, field: c, message: `missing column "${c}"` });
  if (issues.length > 0) throw new RegistryOverrideError(issues);
  const byRegion = new Map<string, { inst: RegionInstanceInput & { agencies: unknown[]; units: unknown[]; bumd: unknown[]; vertical: unknown[] }; lines: number[]; bodyLines: Map<string, number>; pemda: Record<string, unknown> | undefined }>();
  const list = (s: string | undefined): string[] | undefined => {
    const v = (s ?? '').split('|').map((x) => x.trim()).filter((x) => x.length > 0);
    return v.length > 0 ? v : undefined;
  };
  const fieldOf: Record<string, string> = { validFrom: 'valid_from', validTo: 'valid_to', unit: 'kind' };
  rows.forEach((row, k) => {
    const line = lines[k]!;
    const kind = (row['kind'] ?? '').trim() || 'opd';
    if (!(TSV_KINDS as readonly string[]).includes(kind)) {
      issues.push({ line, field: 'kind', message: `unknown kind "${kind}" (expected ${TSV_KINDS.join(', ')})` });
      return;
    }
    const region = row['region'] ?? '';
    const item: Record<string, unknown> = {};
    const name = row['name'] ?? '';
    const aliases = list(row['aliases']);
    const handles = list(row['handles']);
    if (aliases) item['aliases'] = aliases;
    if (handles) item['handles'] = handles;
    const probe: Record<string, unknown> = { region };
    if (kind === 'opd') {
      item['id'] = row['id'] ?? '';
      item['name'] = name;
      const kinds = list(row['kinds']);
      if (kinds) item['kinds'] = kinds;
      if (row['valid_from']) item['validFrom'] = row['valid_from'];
      if (row['valid_to']) item['validTo'] = row['valid_to'];
      probe['agencies'] = [item];
    } else if (kind === 'bumd' || kind === 'vertical') {
      item['id'] = row['id'] ?? '';
      item['type'] = row['type'] ?? '';
      item['name'] = name;
      probe[kind] = [item];
    } else if (kind === 'pemda') {
      if (name !== '') item['name'] = name;
      probe['pemda'] = item;
    } else {
      item['unit'] = kind;
      item['name'] = name;
      probe['units'] = [item];
    }
    const r = safeParse(instanceSchema, probe);
    if (!r.success) {
      for (const iss of r.error.issues) {
        // the column is the last named key of the path ('handles' for agencies.0.handles.1)
        const last = [...iss.path].reverse().find((p): p is string => typeof p === 'string' && !['agencies', 'units', 'bumd', 'vertical', 'pemda'].includes(p));
        const f = last !== undefined ? (fieldOf[last] ?? last) : 'region';
        issues.push({ line, field: f, message: iss.message });
      }
      return;
    }
    let entry = byRegion.get(region);
    if (entry === undefined) byRegion.set(region, (entry = { inst: { region, agencies: [], units: [], bumd: [], vertical: [] }, lines: [], bodyLines: new Map(), pemda: undefined }));
    const d = r.data;
    if (d.agencies.length > 0) {
      entry.inst.agencies.push(d.agencies[0]!);
      entry.lines.push(line);
    }
    if (d.units !== undefined) entry.inst.units.push(...d.units);
    if (d.bumd !== undefined) {
      entry.bodyLines.set(`bumd.${entry.inst.bumd.length}`, line);
      entry.inst.bumd.push(...d.bumd);
    }
    if (d.vertical !== undefined) {
      entry.bodyLines.set(`vertical.${entry.inst.vertical.length}`, line);
      entry.inst.vertical.push(...d.vertical);
    }
    if (d.pemda !== undefined) {
      const prev = entry.pemda ?? {};
      entry.pemda = { ...prev, ...d.pemda, handles: [...((prev['handles'] as string[] | undefined) ?? []), ...(d.pemda.handles ?? [])] };
    }
  });
  if (issues.length > 0) throw new RegistryOverrideError(issues);
  const groups = [...byRegion.values()];
  const instances = groups.map((g) => parse(instanceSchema, { ...g.inst, ...(g.pemda !== undefined ? { pemda: g.pemda } : {}) }));
  const cross = crossCheck(instances, (i, j, field) => {
    const body = /^((?:bumd|vertical)\.\d+)\.(\w+)$/.exec(field);
    if (body !== null) return { line: groups[i]!.bodyLines.get(body[1]!) ?? headerLine, field: body[2]! };
    return { line: j === undefined ? (groups[i]!.lines[0] ?? headerLine) : groups[i]!.lines[j]!, field: fieldOf[field] ?? field };
  });
  if (cross.length > 0) throw new RegistryOverrideError(cross);
  return { instances };
}

/**
 * Validates a region's own agency list and returns it for
 * `createEntityTagger({ registry })`. Accepts the JSON instance format of
 * `lexicons/entities/instances/*.json`, or a TSV with columns
 * `region kind id type name kinds aliases handles valid_from valid_to`
 * (only `region` and `name` are required; `kind` is `opd` by default, or
 * `rsud`, `kecamatan`, `kelurahan`, `puskesmas`, `bumd`, `vertical`,
 * `pemda`; `|` between list items, `#` comment lines). Throws {@link RegistryOverrideError} naming the
 * line and field of every problem (unknown kind id, bad code, misspelt key).
 *
 * @example
 * ```ts
 * import { loadRegistryOverride, createEntityTagger } from 'suara';
 * const reg = loadRegistryOverride('region\tid\tname\taliases\n32.04\tdinas.kesehatan\tDinas Kesehatan\tDinkes Kab Bdg\n');
 * createEntityTagger({ registry: reg, defaultRegion: '32.04' });
 * ```
 */
export function loadRegistryOverride(text: string): RegistryOverride {
  assertString(text, 'text');
  const t = text.trimStart();
  return t.startsWith('{') ? loadJsonOverride(text) : loadTsvOverride(text);
}
