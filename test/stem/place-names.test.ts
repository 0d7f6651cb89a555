import { describe, expect, it } from 'vitest';
import { placeNames } from '../../src/stem/place-names';
import { createStemmer } from '../../src/stem';

describe('placeNames', () => {
  it('lists names the stemmer would otherwise cut', () => {
    const plain = createStemmer();
    for (const name of placeNames()) expect(plain.stem(name)).not.toBe(name);
  });

  it('is used only with properNouns: keep', () => {
    expect(createStemmer({ properNouns: 'keep' }).stem('kediri')).toBe('kediri');
    expect(createStemmer().stem('kediri')).toBe('diri');
  });
});
