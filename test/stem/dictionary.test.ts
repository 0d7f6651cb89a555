import { describe, expect, it } from 'vitest';
import { buildDictionary, defaultRoots, OBJECT_LOOKUPS, Roots } from '../../src/stem/dictionary';

describe('dictionary', () => {
  it('reads the sastrawijs root list once', () => {
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

  it('answers the same from the sastrawijs object as from the Set it builds later', () => {
    const obj: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const w of ['makan', 'minum', 'tidur']) obj[w] = '';
    const probes = ['makan', 'minum', 'tidur', 'makanan', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
    // an ordinary object, like sastrawijs' (inherited names must not count)
    const plain = new Roots({ makan: '', minum: '', tidur: '' });
    const before = probes.map((w) => plain.has(w));
    expect(before).toEqual(probes.map((w) => w === 'makan' || w === 'minum' || w === 'tidur'));
    for (let i = 0; i < OBJECT_LOOKUPS; i++) plain.has('makan'); // past the object phase: now a Set
    expect(probes.map((w) => plain.has(w))).toEqual(before);
    expect([...plain].sort()).toEqual(['makan', 'minum', 'tidur']);
    expect(new Roots(obj).size).toBe(3);
  });
  it('the default roots agree in both phases on the whole list and on prototype names', () => {
    const fresh = new Roots(Object.fromEntries([...defaultRoots()].map((w) => [w, ''])));
    const words = [...defaultRoots()];
    const misses = words.slice(0, 2000).map((w) => w + 'x');
    const answers = (): boolean[] => [...words.slice(0, 2000), ...misses, 'constructor', '__proto__'].map((w) => fresh.has(w));
    const objectPhase = answers();
    expect(fresh.size).toBe(words.length); // size builds the Set: lookups go to it from now on
    expect(answers()).toEqual(objectPhase);
    expect(objectPhase.filter(Boolean).length).toBe(2000);
  });
});
