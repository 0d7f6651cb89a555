/**
 * The stemmer's memo: the shared generational cache (src/lexicons/cache.ts)
 * specialised to word → stem.
 */
import { createBoundedCache, type BoundedCache } from '../lexicons/cache';

/** String → string memo with a fixed upper bound on entries. */
export type StemCache = BoundedCache<string>;

/**
 * Creates a cache holding at most `capacity` entries; `0` disables caching.
 *
 * @example
 * ```ts
 * const cache = createStemCache(2);
 * cache.set('memakan', 'makan');
 * cache.get('memakan'); // 'makan'
 * ```
 */
export function createStemCache(capacity: number): StemCache {
  return createBoundedCache<string>(capacity);
}
