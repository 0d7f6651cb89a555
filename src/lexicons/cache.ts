/**
 * Bounded memo for hot-path lookups (word norms, stems): two generations of
 * `Map`. New entries go into the young map; when it holds half the capacity
 * it becomes the old map and the previous old map is dropped. A hit in the
 * old map is promoted. This keeps the frequent words of a Zipf-like stream
 * resident with O(1) work per call and no per-entry linked-list bookkeeping
 * (cheaper than a strict LRU). Keys are strings in Maps, so `__proto__` is an
 * ordinary key.
 */

/** String → V memo with a fixed upper bound on entries. */
export interface BoundedCache<V> {
  /** The cached value, or undefined. */
  get(key: string): V | undefined;
  /** Remembers a value. */
  set(key: string, value: V): void;
  /** Forgets everything. */
  clear(): void;
  /** Entries currently held (at most the capacity). */
  readonly size: number;
}

/** Creates a cache holding at most `capacity` entries; `0` disables caching. */
export function createBoundedCache<V>(capacity: number): BoundedCache<V> {
  if (capacity <= 0) {
    return { get: () => undefined, set: () => undefined, clear: () => undefined, size: 0 };
  }
  const half = Math.max(1, Math.floor(capacity / 2));
  let young = new Map<string, V>();
  let old = new Map<string, V>();
  return {
    get(key) {
      const hit = young.get(key);
      if (hit !== undefined) return hit;
      const older = old.get(key);
      if (older !== undefined) this.set(key, older);
      return older;
    },
    set(key, value) {
      if (young.size >= half) {
        old = young;
        young = new Map();
      }
      young.set(key, value);
    },
    clear() {
      young = new Map();
      old = new Map();
    },
    get size() {
      // Promoted keys can sit in both generations; count them once.
      let n = young.size;
      for (const k of old.keys()) if (!young.has(k)) n++;
      return n;
    },
  };
}
