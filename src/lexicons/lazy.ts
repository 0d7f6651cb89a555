/**
 * `lazy(build)` returns a getter that runs `build` on first call and caches
 * the result. Lexicon indexes are built this way so importing suara does no
 * work until a function actually needs the data.
 */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = build();
      done = true;
    }
    return value as T;
  };
}
