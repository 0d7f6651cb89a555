import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createStemmer, stem, stemText } from '../../src/stem';

describe('stem / stemText (default dictionary)', () => {
  it('stems the words sastrawijs gets wrong', () => {
    expect(stem('memakan')).toBe('makan');
    expect(stem('mengenal')).toBe('kenal');
    expect(stem('menunjukkan')).toBe('tunjuk');
    expect(stem('penurunan')).toBe('turun');
    expect(stem('memadamkan')).toBe('padam');
    expect(stem('kerusakan')).toBe('rusak');
    expect(stem('anak-anak')).toBe('anak');
  });

  it('lowercases, and leaves non-word strings unstemmed', () => {
    expect(stem('Pelayanan')).toBe('layan');
    expect(stem('PELAYANAN')).toBe('layan');
    expect(stem('café')).toBe('café');
    expect(stem('')).toBe('');
  });

  it('stems text the Sastrawi way', () => {
    expect(stemText('Petugas memadamkan kebakaran.')).toBe('tugas padam bakar');
    expect(stemText('')).toBe('');
  });

  it('throws a TypeError naming the argument for non-strings', () => {
    expect(() => stem(42 as unknown as string)).toThrow(TypeError);
    expect(() => stem(undefined as unknown as string)).toThrow(/"word"/);
    expect(() => stemText(null as unknown as string)).toThrow(/"text"/);
    expect(() => createStemmer().stemTokens(['a', 1 as unknown as string])).toThrow(/words\[1\]/);
  });

  it('treats prototype names as ordinary words', () => {
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(stem(w)).toBe(w.toLowerCase());
    }
    // '_' is a separator in Sastrawi's normalisation.
    expect(stemText('constructor __proto__ toString')).toBe('constructor proto tostring');
  });

  it('never throws on any string', () => {
    const s = createStemmer({ cacheSize: 64 });
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(typeof s.stem(text)).toBe('string');
        expect(typeof s.stemText(text)).toBe('string');
      }),
      { numRuns: 500 },
    );
  });

  it('is linear on long input', () => {
    const long = 'memakan '.repeat(200_000);
    expect(stemText(long).length).toBe('makan '.length * 200_000 - 1);
    expect(stem('a'.repeat(100_000))).toBe('a'.repeat(100_000));
  });
});

describe('createStemmer options', () => {
  it('uses a custom root list', () => {
    const s = createStemmer({ words: ['makan'] });
    expect(s.stem('dimakan')).toBe('makan');
    expect(s.stem('pelayanan')).toBe('pelayanan');
    expect(s.isRoot('makan')).toBe(true);
    expect(s.isRoot('layan')).toBe(false);
  });

  it('accepts a Set, extra words and exclusions', () => {
    const s = createStemmer({ words: new Set(['layan']), extraWords: ['keluh'], exclude: ['Pelayanan'] });
    expect(s.stem('dikeluhkan')).toBe('keluh');
    expect(s.stem('pelayanan')).toBe('pelayanan');
    expect(s.stemTokens(['keluhan', ''])).toEqual(['keluh', '']);
  });

  it('works with the cache off and after clearing', () => {
    const s = createStemmer({ cacheSize: 0 });
    expect(s.stem('memakan')).toBe('makan');
    s.clearCache();
    expect(s.stem('memakan')).toBe('makan');
  });

  it('keeps proper nouns when asked', () => {
    const s = createStemmer({ properNouns: 'keep' });
    expect(s.stemText('Warga Pemalang mengeluhkan banjir')).toBe('warga pemalang keluh banjir');
    expect(createStemmer().stemText('Warga Pemalang mengeluhkan banjir', { properNouns: 'keep' })).toBe('warga pemalang keluh banjir');
    expect(createStemmer().stemText('Warga Pemalang mengeluhkan banjir')).toBe('warga malang keluh banjir');
  });

  it('rejects bad options with errors naming the field', () => {
    expect(() => createStemmer({ cacheSize: -1 })).toThrow(/cacheSize/);
    expect(() => createStemmer({ words: 'makan' as unknown as string[] })).toThrow(/words/);
    expect(() => createStemmer({ properNouns: 'yes' as 'keep' })).toThrow(/properNouns/);
    expect(() => createStemmer({ wordz: [] } as unknown as object)).toThrow(TypeError);
    expect(() => createStemmer().stemText('x', { properNouns: 'no' as 'keep' })).toThrow(/properNouns/);
  });
});
