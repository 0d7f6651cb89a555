/**
 * A bounded string → V memo with generational eviction: two Maps, the young
 * one fills up to `size`, then becomes the old one and a fresh young one
 * starts. A hit in the old generation is promoted. Memory stays under
 * 2 × size entries and every operation is O(1), without LRU bookkeeping per
 * hit. Keys are strings in Maps, so `__proto__` is an ordinary key.
 */
export interface BoundedCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): void;
  /** Entries currently held (both generations). */
  readonly size: number;
}

/**
 * Creates a generational cache holding at most about `2 × size` entries.
 * `size` 0 disables caching.
 */
export function createBoundedCache<V>(size: number): BoundedCache<V> {
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  return {
    get(key) {
      const v = young.get(key);
      if (v !== undefined || size === 0) return v;
      const o = old.get(key);
      if (o !== undefined) this.set(key, o);
      return o;
    },
    set(key, value) {
      if (size === 0) return;
      if (young.size >= size) {
        old = young;
        young = new Map();
      }
      young.set(key, value);
    },
    get size() {
      return young.size + old.size;
    },
  };
}
