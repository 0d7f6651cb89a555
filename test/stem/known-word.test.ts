import { describe, expect, it } from 'vitest';
import { isKnownWord } from '../../src/stem/known-word';

describe('isKnownWord', () => {
  it('knows roots and their affixed forms', () => {
    expect(isKnownWord('layan')).toBe(true);
    expect(isKnownWord('pelayanan')).toBe(true);
    expect(isKnownWord('dikeluhkan')).toBe(true);
  });
  it('rejects non-words and prototype names', () => {
    expect(isKnownWord('pelayananx')).toBe(false);
    expect(isKnownWord('__proto__')).toBe(false);
    expect(isKnownWord('constructor')).toBe(false);
  });
});
