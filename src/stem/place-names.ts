/**
 * Proper names that stemming would cut into an unrelated root: place names
 * (`kediri` → `diri`, `pemalang` → `malang`, `pekalongan` → `kalong`) and
 * common personal names ending in -wan/-wati (`megawati` → `mega`). Used
 * only with `properNouns: 'keep'`. Written for suara from public
 * administrative and personal names (facts, not a copied table): we ran the
 * stemmer over ≈200 city/regency names and kept those it changes. Extend it
 * per deployment with the `exclude` option.
 */
import { lazy } from '../lexicons/lazy';

const NAMES =
  'bekasi pekalongan pemalang temanggung kediri bangkalan tabanan tarakan ' +
  'megawati indrawati setiawati setiawan darmawan';

/**
 * The protected names as a Set (built once, on first use).
 *
 * @example
 * ```ts
 * placeNames().has('kediri'); // true
 * ```
 */
export const placeNames: () => ReadonlySet<string> = lazy(() => new Set(NAMES.split(' ')));
