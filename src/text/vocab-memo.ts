/**
 * Memos keyed by a tokenizer's vocabulary: the scorer, the stance pass, the
 * topic matcher and the entity tagger each keep per-word tables indexed by
 * token key or id. A table is only valid for the vocabulary (`memoScope`)
 * and generation (`memoGeneration`) it was filled under; a cleared
 * vocabulary bumps its generation, and the table starts over.
 */

/** What a memo needs to know about a token source (a `TokenTape` has both). */
export interface VocabScoped {
  /** The vocabulary the source's keys belong to; `undefined` when it has no keys. */
  readonly memoScope: object | undefined;
  /** Bumped each time that vocabulary is cleared. */
  readonly memoGeneration: number;
}

/**
 * The entry `memo` holds for `source`'s vocabulary, made by `make` when there
 * is none yet or it was made under an older generation; `undefined` for a
 * source without keys.
 *
 * @example
 * ```ts
 * const memo = new WeakMap<object, { generation: number; seen: string[] }>();
 * const source = { memoScope: {}, memoGeneration: 0 };
 * vocabMemo(memo, source, (generation) => ({ generation, seen: [] }))!.seen.push('jalan');
 * vocabMemo(memo, source, (generation) => ({ generation, seen: [] }))!.seen; // ['jalan']
 * ```
 */
export function vocabMemo<E extends { generation: number }>(memo: WeakMap<object, E>, source: VocabScoped, make: (generation: number) => E): E | undefined {
  const scope = source.memoScope;
  if (scope === undefined) return undefined;
  let e = memo.get(scope);
  if (e === undefined || e.generation !== source.memoGeneration) {
    e = make(source.memoGeneration);
    memo.set(scope, e);
  }
  return e;
}
