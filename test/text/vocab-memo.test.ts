import { describe, expect, it } from 'vitest';
import { vocabMemo } from '../../src/text/vocab-memo';

describe('vocabMemo', () => {
  const make = (generation: number) => ({ generation, seen: [] as string[] });

  it('keeps one entry per vocabulary and generation', () => {
    const memo = new WeakMap<object, ReturnType<typeof make>>();
    const a = { memoScope: {}, memoGeneration: 0 };
    const b = { memoScope: {}, memoGeneration: 0 };
    vocabMemo(memo, a, make)!.seen.push('jalan');
    expect(vocabMemo(memo, a, make)!.seen).toEqual(['jalan']);
    expect(vocabMemo(memo, b, make)!.seen).toEqual([]);
  });

  it('starts over when the vocabulary was cleared (a new generation)', () => {
    const memo = new WeakMap<object, ReturnType<typeof make>>();
    const scope = {};
    vocabMemo(memo, { memoScope: scope, memoGeneration: 0 }, make)!.seen.push('jalan');
    const fresh = vocabMemo(memo, { memoScope: scope, memoGeneration: 1 }, make)!;
    expect(fresh).toEqual({ generation: 1, seen: [] });
  });

  it('has nothing for a source without keys', () => {
    expect(vocabMemo(new WeakMap(), { memoScope: undefined, memoGeneration: 0 }, make)).toBeUndefined();
  });
});
