/**
 * `--region`: a Kemendagri code (`19.71`) or a region name
 * (`Kota Pangkalpinang`, or just `Pangkalpinang` when that is unambiguous).
 */
import { builtinRegions } from '../entities/registry';

/**
 * Resolves a region code or name to its Kemendagri code, or explains why not.
 *
 * @example
 * ```ts
 * resolveRegion('Kota Pangkalpinang'); // { code: '19.71' }
 * resolveRegion('19.71'); // { code: '19.71' }
 * ```
 */
export function resolveRegion(input: string): { code: string } | { error: string } {
  const q = input.trim();
  const regions = builtinRegions();
  if (/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(q)) {
    if (regions.some((r) => r.code === q)) return { code: q };
    return { error: `--region "${input}": unknown Kemendagri code (use a code the registry knows, e.g. 19.71, or a region name)` };
  }
  const lower = q.toLowerCase();
  const exact = regions.find((r) => r.name.toLowerCase() === lower);
  if (exact) return { code: exact.code };
  const bare = regions.filter((r) => r.bare.toLowerCase() === lower);
  if (bare.length === 1) return { code: bare[0]!.code };
  if (bare.length > 1) {
    return { error: `--region "${input}" is ambiguous: ${bare.map((r) => `${r.name} (${r.code})`).join(', ')}` };
  }
  return { error: `--region "${input}": unknown region (use its full name, e.g. "Kota Pangkalpinang", or its code, e.g. 19.71)` };
}
