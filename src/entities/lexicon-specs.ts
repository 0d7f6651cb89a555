/**
 * Zod schemas for the entity registry files under `lexicons/entities/` and
 * their build specs. The same schemas validate runtime overrides
 * (`loadRegistryOverride`), so a region's own list is checked exactly like
 * the shipped one.
 */
// zod/mini: the runtime validates overrides with these schemas, and mini is tree-shakable
import * as z from 'zod/mini';
import type { LexiconSpec } from '../lexicons/spec';

/** Kind ids: lowercase dotted words (`dinas.kesehatan`, `setda.prokopim`). */
export const kindIdPattern = /^[a-z][a-z0-9]*(\.[a-z0-9]+)*$/;
/** Kemendagri codes: `19` (province) or `19.71` (regency/city). */
export const regionCodePattern = /^\d{2}(\.\d{2})?$/;
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));
/** A non-empty string. */
const text = () => z.string().check(z.minLength(1));
/** A kind id (`dinas.kesehatan`). */
const kindId = (message?: string) => z.string().check(z.regex(kindIdPattern, message));

/** Heads the name grammar accepts before urusan words. */
export const headWords = ['dinas', 'badan', 'kantor', 'satuan', 'biro', 'bagian', 'unit', 'sekretariat', 'inspektorat'] as const;
/** Named unit kinds (`puskesmas` mentions get their own kind, the others are OPDs). */
export const unitKinds = ['rsud', 'kecamatan', 'kelurahan', 'puskesmas'] as const;
/** Registry kinds beyond OPDs and regions: each body is tagged with its own kind. */
export const bodyKinds = ['bumd', 'vertical'] as const;
/** Kinds a caller may switch on (`include`) or off (`exclude`). */
export const optionalKinds = ['puskesmas', 'bumd', 'pemda', 'vertical'] as const;
/** Kinds switched on by default (`vertical` is off: national bodies stay out of the OPD view). */
export const defaultKinds: readonly (typeof optionalKinds)[number][] = ['puskesmas', 'bumd', 'pemda'];

/**
 * An official account or hashtag: `@dishub_pkp` (only as a mention),
 * `#pdamtirtapinang` (only as a hashtag), or `dishub_pkp` (either).
 */
export const handlePattern = /^[@#]?[A-Za-z0-9_][A-Za-z0-9_.]*$/;
const handles = () => z.optional(z.array(z.string().check(z.regex(handlePattern, 'a handle is @name, #tag or name (letters, digits, _ and .)'))));
/** Slug ids of named bodies (`tirta-pakuan`). */
const slugId = () => z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a slug like tirta-pakuan'));
/** Body type ids (`airminum`, `polres`). */
const typeId = () => z.string().check(z.regex(/^[a-z][a-z0-9]*$/, 'expected a lowercase type like airminum'));

/** One alias: a plain string, or an object with a specific expansion / flags. */
export const aliasSchema = z.union([
  text(),
  z.strictObject({
    alias: text(),
    name: z.optional(text()),
    context: z.optional(z.boolean()),
    title: z.optional(z.boolean()),
    /** Matched only when written without spaces or hyphens (`Setdakab`, not `Setda Kab.`, which is Setda + region). */
    solid: z.optional(z.boolean()),
    /** Matched only when written in capitals (`DKK` = Dinas Kesehatan Kota, but lower-case `dkk` = "dan kawan-kawan"). */
    upper: z.optional(z.boolean()),
    /** Not a mention right after one of these words (`kartu BPJS`, `pasien BPJS` name the programme, not the office). */
    notAfter: z.optional(z.array(text())),
  }),
]);

/** One OPD kind of the national nomenclature. */
export const kindSchema = z.strictObject({
  id: kindId('kind id must be lowercase dotted words'),
  unsur: z.string(),
  code: z.string(),
  name: text(),
  parent: z.optional(kindId()),
  heads: z.array(z.enum(headWords)),
  urusan: z.array(text()),
  aliases: z.array(aliasSchema),
  unit: z.optional(z.enum(unitKinds)),
});

/** `lexicons/entities/kinds.json`. */
export const kindsFileSchema = z.strictObject({
  source: text(),
  licence: text(),
  notes: z.optional(z.string()),
  kinds: z.array(kindSchema).check(z.minLength(1)),
  fillers: z.array(text()),
  ambiguous: z.array(
    z.strictObject({
      alias: text(),
      candidates: z.array(kindId()).check(z.minLength(2)),
      note: z.optional(z.string()),
    }),
  ),
  national: z.array(text()),
  /** Generic BUMD and vertical body types (`PDAM` → `bumd.airminum`, `Polres` → `vertical.polres`). */
  bodies: z._default(
    z.array(
      z.strictObject({
        kind: z.enum(bodyKinds),
        type: typeId(),
        name: text(),
        aliases: z.array(aliasSchema),
        note: z.optional(z.string()),
      }),
    ),
    [],
  ),
  /** Words naming a local government or its head (`Pemkot`, `Wali Kota`): tagged as `pemda`. */
  pemda: z._default(
    z.array(
      z.strictObject({
        alias: text(),
        /** Level the word implies (`Pemkot` → kota); absent: any (`Pemda`). */
        level: z.optional(z.enum(['provinsi', 'kabupaten', 'kota'])),
        /** The word is an official's title (`Wali Kota`, `Bupati`): bare, it needs a region or defaultRegion. */
        title: z.optional(z.boolean()),
      }),
    ),
    [],
  ),
});

/** One row of `lexicons/entities/regions.tsv`. */
export const regionRowSchema = z.object({
  code: z.string().check(z.regex(regionCodePattern, 'expected a Kemendagri code like 19 or 19.71')),
  level: z.enum(['provinsi', 'kabupaten', 'kota']),
  name: text(),
  bare: text(),
  aliases: z.string(),
  flags: z.string().check(z.regex(/^((common|anycase)(,(common|anycase))*)?$/, 'flags: common and/or anycase, comma-separated')),
  attached_only: z.string(),
});

/** One row of `lexicons/entities/urusan-codes.tsv`: an urusan syllable of compositional abbreviations (`pora` in `Dinporabudpar`). */
export const urusanCodeRowSchema = z.object({
  code: z.string().check(z.regex(/^[a-z0-9]+$/, 'code must be lowercase letters or digits')),
  kind: kindId('kind id must be lowercase dotted words'),
  names: text(),
});

/** One agency of a region instance. */
export const agencySchema = z.strictObject({
  id: kindId('kind id must be lowercase dotted words'),
  name: text(),
  kinds: z.optional(z.array(kindId()).check(z.minLength(1))),
  aliases: z.optional(z.array(text())),
  validFrom: z.optional(isoDate),
  validTo: z.optional(isoDate),
  handles: handles(),
  note: z.optional(z.string()),
});

/** A named unit (RSUD, kecamatan, kelurahan) of a region. */
export const unitSchema = z.strictObject({
  unit: z.enum(unitKinds),
  name: text(),
  aliases: z.optional(z.array(text())),
  handles: handles(),
  note: z.optional(z.string()),
});

/** A named BUMD or vertical body of a region (`Perumda Air Minum Tirta Pakuan`). */
export const bodySchema = z.strictObject({
  /** Slug, unique in the region: the mention id is `bumd:<id>` / `vertical:<id>`. */
  id: slugId(),
  /** Generic type from `kinds.json` `bodies` (`airminum`, `pasar`, `polres`). */
  type: typeId(),
  name: text(),
  aliases: z.optional(z.array(text())),
  handles: handles(),
  note: z.optional(z.string()),
});

/** The region's own government (`Pemerintah Kota Bogor`): its official accounts and extra names. */
export const pemdaSchema = z.strictObject({
  name: z.optional(text()),
  aliases: z.optional(z.array(text())),
  handles: handles(),
  note: z.optional(z.string()),
});

/** One region instance: its agencies, alias resolutions and named units. */
export const instanceSchema = z.strictObject({
  region: z.string().check(z.regex(regionCodePattern, 'expected a Kemendagri code like 19 or 19.71')),
  agencies: z._default(z.array(agencySchema), []),
  resolve: z.optional(z.record(text(), kindId())),
  units: z.optional(z.array(unitSchema)),
  bumd: z.optional(z.array(bodySchema)),
  vertical: z.optional(z.array(bodySchema)),
  pemda: z.optional(pemdaSchema),
});

/** `lexicons/entities/instances/*.json` and JSON overrides. */
export const instancesFileSchema = z.strictObject({
  source: z.optional(z.string()),
  licence: z.optional(z.string()),
  instances: z.array(instanceSchema),
});

/** `lexicons/entities/grammar.json`: the closed word lists of the name grammar. */
export const grammarFileSchema = z.strictObject({
  source: text(),
  licence: text(),
  notes: z.optional(z.record(z.string(), z.string())),
  tailWords: z.array(text()),
  ordinaryAfterAgency: z.array(text()),
  geoWords: z.array(text()),
  honorifics: z.array(text()),
  unitStop: z.array(text()),
  levelStop: z.array(text()),
});

/** Files of the entities stage, compiled by `scripts/build-lexicons.ts`. */
export const lexiconSpecs: LexiconSpec[] = [
  { file: 'entities/kinds.json', module: 'entities-kinds', schema: kindsFileSchema },
  { file: 'entities/regions.tsv', module: 'entities-regions', schema: regionRowSchema },
  { file: 'entities/grammar.json', module: 'entities-grammar', schema: grammarFileSchema },
  { file: 'entities/urusan-codes.tsv', module: 'entities-urusan-codes', schema: urusanCodeRowSchema },
  { file: 'entities/instances/pangkalpinang.json', module: 'entities-instance-pangkalpinang', schema: instancesFileSchema },
  { file: 'entities/instances/babel.json', module: 'entities-instance-babel', schema: instancesFileSchema },
  { file: 'entities/instances/bogor.json', module: 'entities-instance-bogor', schema: instancesFileSchema },
];
