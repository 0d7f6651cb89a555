/**
 * Administrative level of a region.
 *
 * @example
 * ```ts
 * const level: import('suara').RegionLevel = 'kota';
 * ```
 */
export type RegionLevel = 'provinsi' | 'kabupaten' | 'kota';

/**
 * A province, regency or city with its Kemendagri code.
 *
 * @example
 * ```ts
 * const r: import('suara').RegionRef = { level: 'kota', name: 'Kota Pangkalpinang', code: '19.71' };
 * ```
 */
export interface RegionRef {
  /** Level. */
  level: RegionLevel;
  /** Official name, e.g. `Kota Pangkalpinang`. */
  name: string;
  /** Kemendagri code, e.g. `19.71`. */
  code: string;
}

/**
 * Kind of entity mention.
 *
 * @example
 * ```ts
 * const k: import('suara').EntityKind = 'bumd'; // opd, region, puskesmas, bumd, pemda, vertical
 * ```
 */
export type EntityKind = 'opd' | 'region' | 'puskesmas' | 'bumd' | 'pemda' | 'vertical';

/**
 * One mention of an agency or region in the text.
 *
 * @example
 * ```ts
 * import { tagEntities } from 'suara';
 * const text = 'Dinkes sigap tangani DBD';
 * const m = tagEntities(text)[0]!;
 * text.slice(m.start, m.end); // 'Dinkes'
 * ```
 */
export interface EntityMention {
  /** Stable id: the agency kind (`dinas.kesehatan`), a named unit (`rsud:depati-hamzah`, `kecamatan:gerunggang`), a region (`region:19.71`), a puskesmas (`puskesmas:gerunggang`), a BUMD or vertical body (`bumd:tirta-pakuan`, `vertical.polres`), a government (`pemda:32.71`), a kind with no instance when a bare name cannot be resolved (`rsud`, `puskesmas`, `pemda`, `bumd.airminum`), or `ambiguous:<alias>` with {@link EntityMention.candidates}. The region is in {@link EntityMention.region}, not in the id. */
  id: string;
  /**
   * `opd` (Dinas, Badan, RSUD, kecamatan …), `region`, `puskesmas`, `bumd`
   * (regional companies: PDAM, Perumda pasar, bank daerah), `pemda` (the
   * government itself: `Pemkot`, `Wali Kota`), or `vertical` (national bodies
   * in the region, only with `include: ['vertical']`).
   */
  kind: EntityKind;
  /** Canonical official name without the region, e.g. `Dinas Kesehatan`. */
  name: string;
  /** Surface, `input.slice(start, end)`. */
  text: string;
  /** Start offset. */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Region, when the text or `defaultRegion` says which. */
  region?: RegionRef;
  /** The alias that matched, when it was an abbreviation or alias. */
  alias?: string;
  /** When ambiguous (e.g. `BKD` with no region registry), the candidate ids; `id` is then the ambiguous alias id. */
  candidates?: string[];
  /** The official account or hashtag that matched (`@dishub_pkp`), when the mention is one. */
  handle?: string;
}
