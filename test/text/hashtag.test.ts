import { describe, expect, it } from 'vitest';
import { splitHashtagBody, wordBreak } from '../../src/text/hashtag';

describe('hashtag segmentation', () => {
  it('splits camelCase, acronyms, digits and underscores', () => {
    expect(splitHashtagBody('PangkalpinangHebat')).toEqual(['Pangkalpinang', 'Hebat']);
    expect(splitHashtagBody('PKPBersih2026')).toEqual(['PKP', 'Bersih', '2026']);
    expect(splitHashtagBody('jalan_rusak')).toEqual(['jalan', 'rusak']);
  });
  it('word-breaks lowercase runs into the fewest known words', () => {
    const known = new Set(['jalan', 'rusak', 'jala', 'ja', 'lan']);
    expect(wordBreak('jalanrusak', (w) => known.has(w))).toEqual(['jalan', 'rusak']);
    expect(wordBreak('xyzxyzxyz', (w) => known.has(w))).toBeUndefined();
  });
});
