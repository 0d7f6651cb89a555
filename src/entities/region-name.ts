/**
 * A region given by code or by name (`19.71`, `Kota Bogor`, `Pangkalpinang`),
 * resolved against the built-in region table: the same rule for the
 * library's `defaultRegion` and the CLI's `--region`.
 */
import { builtinRegionAliases, builtinRegions } from './registry';

/**
 * What {@link resolveRegionName} found: the code, or why the input names no
 * single region.
 *
 * @example
 * ```ts
 * const ok: import('suara').RegionNameResult = { code: '32.71' };
 * const no: import('suara').RegionNameResult = { error: 'unknown region "Atlantis"' };
 * ```
 */
export type RegionNameResult = RegionCode | RegionNameError;

/**
 * A resolved region.
 *
 * @example
 * ```ts
 * const r: import('suara').RegionCode = { code: '19.71' };
 * ```
 */
export interface RegionCode {
  /** Kemendagri code. */
  code: string;
}

/**
 * Why a region name did not resolve.
 *
 * @example
 * ```ts
 * const e: import('suara').RegionNameError = { error: '"Bogor" is ambiguous: Kabupaten Bogor (32.01), Kota Bogor (32.71)' };
 * ```
 */
export interface RegionNameError {
  /** The explanation (ambiguous, unknown). */
  error: string;
}

/**
 * Resolves a Kemendagri code or a region name to its code, or explains why
 * not. Names match the official name (`Kota Bogor`), else the bare name or
 * an alias when only one region has it (`Pangkalpinang`, `Babel`); `Bogor`
 * alone is ambiguous (Kabupaten and Kota Bogor).
 *
 * @example
 * ```ts
 * import { resolveRegionName } from 'suara';
 * resolveRegionName('Kota Bogor'); // { code: '32.71' }
 * resolveRegionName('19.71'); // { code: '19.71' }
 * 'error' in resolveRegionName('Bogor'); // true: Kabupaten Bogor (32.01) or Kota Bogor (32.71)
 * ```
 */
export function resolveRegionName(input: string): RegionNameResult {
  if (typeof input !== 'string') throw new TypeError('suara: argument "input" must be a string');
  const q = input.trim().replace(/\s+/g, ' ');
  const regions = builtinRegions();
  if (/^\d{2}(\.\d{2})?$/.test(q)) {
    if (regions.some((r) => r.code === q)) return { code: q };
    return { error: `unknown Kemendagri code "${q}"` };
  }
  const lower = q.toLowerCase().replace(/\./g, '');
  const exact = regions.find((r) => r.name.toLowerCase() === lower);
  if (exact !== undefined) return { code: exact.code };
  // 'Kab Bangka', 'Kab. Bangka', 'Prov Babel'
  const m = /^(kab|kabupaten|kota|prov|provinsi|propinsi)\s+(.+)$/.exec(lower);
  const level = m === null ? undefined : m[1]!.startsWith('kab') ? 'kabupaten' : m[1] === 'kota' ? 'kota' : 'provinsi';
  const name = m === null ? lower : m[2]!;
  const hits = regions.filter((r) => (level === undefined || r.level === level) && (r.bare.toLowerCase() === name || aliasesOf(r.code).includes(name)));
  const unique = [...new Map(hits.map((r) => [r.code, r])).values()];
  if (unique.length === 1) return { code: unique[0]!.code };
  if (unique.length > 1) return { error: `"${input}" is ambiguous: ${unique.map((r) => `${r.name} (${r.code})`).join(', ')}` };
  return { error: `unknown region "${input}" (use its full name, e.g. "Kota Pangkalpinang", or its Kemendagri code, e.g. 19.71)` };
}

function aliasesOf(code: string): readonly string[] {
  return builtinRegionAliases().get(code) ?? [];
}
