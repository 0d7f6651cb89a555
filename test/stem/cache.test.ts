import { describe, expect, it } from 'vitest';
import { createStemCache } from '../../src/stem/cache';

describe('createStemCache', () => {
  it('stores and returns stems', () => {
    const c = createStemCache(10);
    c.set('memakan', 'makan');
    expect(c.get('memakan')).toBe('makan');
    expect(c.get('minum')).toBeUndefined();
  });

  it('stays bounded', () => {
    const c = createStemCache(100);
    for (let i = 0; i < 10_000; i++) c.set(`w${i}`, 'x');
    expect(c.size).toBeLessThanOrEqual(100);
  });

  it('keeps frequently used entries across generations', () => {
    const c = createStemCache(10);
    c.set('hot', 'h');
    for (let i = 0; i < 100; i++) {
      expect(c.get('hot')).toBe('h');
      c.set(`cold${i}`, 'c');
    }
  });

  it('can be disabled with 0 and cleared', () => {
    const off = createStemCache(0);
    off.set('a', 'b');
    expect(off.get('a')).toBeUndefined();
    const c = createStemCache(4);
    c.set('a', 'b');
    c.clear();
    expect(c.get('a')).toBeUndefined();
    expect(c.size).toBe(0);
  });

  it('treats prototype names as ordinary keys', () => {
    const c = createStemCache(4);
    expect(c.get('constructor')).toBeUndefined();
    c.set('__proto__', 'x');
    expect(c.get('__proto__')).toBe('x');
  });
});
