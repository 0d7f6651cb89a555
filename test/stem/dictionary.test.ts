import { describe, expect, it } from 'vitest';
import { buildDictionary, defaultRoots } from '../../src/stem/dictionary';

describe('dictionary', () => {
  it('reads the sastrawijs root list once into a Set', () => {
    const d = defaultRoots();
    expect(d.size).toBeGreaterThan(29_000);
    expect(d.has('makan')).toBe(true);
    expect(defaultRoots()).toBe(d);
  });

  it('has no prototype names as roots', () => {
    const d = defaultRoots();
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) expect(d.has(w)).toBe(false);
  });

  it('builds custom dictionaries from words and extraWords', () => {
    const d = buildDictionary({ words: ['Makan', ' minum ', ''], extraWords: ['tidur'] });
    expect([...d].sort()).toEqual(['makan', 'minum', 'tidur']);
    const extra = buildDictionary({ extraWords: ['pangkalpinang'] });
    expect(extra.has('pangkalpinang')).toBe(true);
    expect(extra.has('makan')).toBe(true);
    expect(defaultRoots().has('pangkalpinang')).toBe(false);
  });
});
