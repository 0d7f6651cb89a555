/**
 * `--region`: a Kemendagri code (`19.71`) or a region name
 * (`Kota Pangkalpinang`, `Kab. Bangka`, or just `Pangkalpinang` when that is
 * unambiguous). The CLI resolves names exactly as the library's
 * `defaultRegion` does, through `resolveRegionName`, so `--region X` and
 * `createAnalyzer({ entities: { defaultRegion: X } })` never disagree.
 */
import { resolveRegionName } from '../entities/region-name';

/**
 * Resolves a region code or name to its Kemendagri code, or explains why not
 * (the message names the `--region` option).
 *
 * @example
 * ```ts
 * resolveRegion('Kota Pangkalpinang'); // { code: '19.71' }
 * resolveRegion('19.71'); // { code: '19.71' }
 * ```
 */
export function resolveRegion(input: string): { code: string } | { error: string } {
  const r = resolveRegionName(input);
  return 'code' in r ? { code: r.code } : { error: `--region "${input}": ${r.error}` };
}
