/**
 * Bounded memo for stems: two generations of `Map`. New entries go into the
 * young map; when it holds half the capacity it becomes the old map and the
 * previous old map is dropped. A hit in the old map is promoted. This keeps
 * the frequent words of a Zipf-like stream resident with O(1) work per call
 * and no per-entry linked-list bookkeeping (cheaper than a strict LRU).
 */

/** String → string memo with a fixed upper bound on entries. */
export interface StemCache {
  /** The cached stem, or undefined. */
  get(word: string): string | undefined;
  /** Remembers a stem. */
  set(word: string, stem: string): void;
  /** Forgets everything. */
  clear(): void;
  /** Entries currently held (at most the capacity). */
  readonly size: number;
}

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
  if (capacity <= 0) {
    return { get: () => undefined, set: () => undefined, clear: () => undefined, size: 0 };
  }
  const half = Math.max(1, Math.floor(capacity / 2));
  let young = new Map<string, string>();
  let old = new Map<string, string>();
  return {
    get(word) {
      const hit = young.get(word);
      if (hit !== undefined) return hit;
      const older = old.get(word);
      if (older !== undefined) this.set(word, older);
      return older;
    },
    set(word, stem) {
      if (young.size >= half) {
        old = young;
        young = new Map();
      }
      young.set(word, stem);
    },
    clear() {
      young = new Map();
      old = new Map();
    },
    get size() {
      // Promoted words can sit in both generations; count them once.
      let n = young.size;
      for (const k of old.keys()) if (!young.has(k)) n++;
      return n;
    },
  };
}
