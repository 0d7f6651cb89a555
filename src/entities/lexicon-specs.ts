/**
 * Zod schemas for the entity registry files under `lexicons/entities/` and
 * their build specs. The same schemas validate runtime overrides
 * (`loadRegistryOverride`), so a region's own list is checked exactly like
 * the shipped one.
 */
import { z } from 'zod';
import type { LexiconSpec } from '../lexicons/spec';

/** Kind ids: lowercase dotted words (`dinas.kesehatan`, `setda.prokopim`). */
export const kindIdPattern = /^[a-z][a-z0-9]*(\.[a-z0-9]+)*$/;
/** Kemendagri codes: `19` (province) or `19.71` (regency/city). */
export const regionCodePattern = /^\d{2}(\.\d{2})?$/;
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');

/** Heads the name grammar accepts before urusan words. */
export const headWords = ['dinas', 'badan', 'kantor', 'satuan', 'biro', 'bagian', 'unit', 'sekretariat', 'inspektorat'] as const;
/** Named unit kinds. */
export const unitKinds = ['rsud', 'kecamatan', 'kelurahan'] as const;

/** One alias: a plain string, or an object with a specific expansion / flags. */
export const aliasSchema = z.union([
  z.string().min(1),
  z
    .object({
      alias: z.string().min(1),
      name: z.string().min(1).optional(),
      context: z.boolean().optional(),
      title: z.boolean().optional(),
      /** Matched only when written without spaces or hyphens (`Setdakab`, not `Setda Kab.`, which is Setda + region). */
      solid: z.boolean().optional(),
      /** Matched only when written in capitals (`DKK` = Dinas Kesehatan Kota, but lower-case `dkk` = "dan kawan-kawan"). */
      upper: z.boolean().optional(),
    })
    .strict(),
]);

/** One OPD kind of the national nomenclature. */
export const kindSchema = z
  .object({
    id: z.string().regex(kindIdPattern, 'kind id must be lowercase dotted words'),
    unsur: z.string(),
    code: z.string(),
    name: z.string().min(1),
    parent: z.string().regex(kindIdPattern).optional(),
    heads: z.array(z.enum(headWords)),
    urusan: z.array(z.string().min(1)),
    aliases: z.array(aliasSchema),
    unit: z.enum(unitKinds).optional(),
  })
  .strict();

/** `lexicons/entities/kinds.json`. */
export const kindsFileSchema = z
  .object({
    source: z.string().min(1),
    licence: z.string().min(1),
    notes: z.string().optional(),
    kinds: z.array(kindSchema).min(1),
    fillers: z.array(z.string().min(1)),
    ambiguous: z.array(
      z
        .object({
          alias: z.string().min(1),
          candidates: z.array(z.string().regex(kindIdPattern)).min(2),
          note: z.string().optional(),
        })
        .strict(),
    ),
    national: z.array(z.string().min(1)),
  })
  .strict();

/** One row of `lexicons/entities/regions.tsv`. */
export const regionRowSchema = z.object({
  code: z.string().regex(regionCodePattern, 'expected a Kemendagri code like 19 or 19.71'),
  level: z.enum(['provinsi', 'kabupaten', 'kota']),
  name: z.string().min(1),
  bare: z.string().min(1),
  aliases: z.string(),
  flags: z.string().regex(/^((common|anycase)(,(common|anycase))*)?$/, 'flags: common and/or anycase, comma-separated'),
  attached_only: z.string(),
});

/** One row of `lexicons/entities/urusan-codes.tsv`: an urusan syllable of compositional abbreviations (`pora` in `Dinporabudpar`). */
export const urusanCodeRowSchema = z.object({
  code: z.string().regex(/^[a-z0-9]+$/, 'code must be lowercase letters or digits'),
  kind: z.string().regex(kindIdPattern, 'kind id must be lowercase dotted words'),
  names: z.string().min(1),
});

/** One agency of a region instance. */
export const agencySchema = z
  .object({
    id: z.string().regex(kindIdPattern, 'kind id must be lowercase dotted words'),
    name: z.string().min(1),
    kinds: z.array(z.string().regex(kindIdPattern)).min(1).optional(),
    aliases: z.array(z.string().min(1)).optional(),
    validFrom: isoDate.optional(),
    validTo: isoDate.optional(),
    note: z.string().optional(),
  })
  .strict();

/** A named unit (RSUD, kecamatan, kelurahan) of a region. */
export const unitSchema = z
  .object({
    unit: z.enum(unitKinds),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).optional(),
  })
  .strict();

/** One region instance: its agencies, alias resolutions and named units. */
export const instanceSchema = z
  .object({
    region: z.string().regex(regionCodePattern, 'expected a Kemendagri code like 19 or 19.71'),
    agencies: z.array(agencySchema).default([]),
    resolve: z.record(z.string().min(1), z.string().regex(kindIdPattern)).optional(),
    units: z.array(unitSchema).optional(),
  })
  .strict();

/** `lexicons/entities/instances/*.json` and JSON overrides. */
export const instancesFileSchema = z
  .object({
    source: z.string().optional(),
    licence: z.string().optional(),
    instances: z.array(instanceSchema),
  })
  .strict();

/** Files of the entities stage, compiled by `scripts/build-lexicons.ts`. */
export const lexiconSpecs: LexiconSpec[] = [
  { file: 'entities/kinds.json', module: 'entities-kinds', schema: kindsFileSchema },
  { file: 'entities/regions.tsv', module: 'entities-regions', schema: regionRowSchema },
  { file: 'entities/urusan-codes.tsv', module: 'entities-urusan-codes', schema: urusanCodeRowSchema },
  { file: 'entities/instances/pangkalpinang.json', module: 'entities-instance-pangkalpinang', schema: instancesFileSchema },
  { file: 'entities/instances/babel.json', module: 'entities-instance-babel', schema: instancesFileSchema },
];
