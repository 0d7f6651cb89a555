import { describe, expect, it } from 'vitest';
import { squashCandidates, squashToKnown } from '../../src/text/elongation';

describe('squashCandidates', () => {
  it('cuts each run to two or one, fewest letters removed first', () => {
    expect(squashCandidates('sayaaang', false)).toEqual(['sayaang', 'sayang']);
    // equal cuts: the later run first (elongation is mostly at the end)
    expect(squashCandidates('tinggii', true)).toEqual(['tinggi', 'tingii', 'tingi']);
  });
  it('ignores doubles unless asked', () => {
    expect(squashCandidates('tinggii', false)).toEqual([]);
  });
  it('combines runs (mantaappp)', () => {
    expect(squashCandidates('mantaappp', true)).toContain('mantap');
  });
  it('gives up on words with too many runs instead of exploding', () => {
    expect(squashCandidates('aabbccddeeffgghh', true)).toEqual([]);
  });
});

describe('squashToKnown', () => {
  const formal = new Set(['sayang', 'keren', 'tinggi', 'mantap', 'maaf']);
  const isFormal = (w: string): boolean => formal.has(w);
  it('keeps the squash that is a known word', () => {
    expect(squashToKnown('sayaaang', isFormal, () => false, true)).toBe('sayang');
    expect(squashToKnown('kerennn', isFormal, () => false, true)).toBe('keren');
    expect(squashToKnown('tinggii', isFormal, () => false, true)).toBe('tinggi');
    expect(squashToKnown('mantaappp', isFormal, () => false, true)).toBe('mantap');
  });
  it('prefers a formal word over a slang key', () => {
    expect(squashToKnown('bangettt', (w) => w === 'banget', (w) => w === 'bangett', true)).toBe('banget');
  });
  it('falls back to a slang key, else undefined', () => {
    expect(squashToKnown('gakkk', () => false, (w) => w === 'gak', true)).toBe('gak');
    expect(squashToKnown('xyyyz', () => false, () => false, true)).toBeUndefined();
  });
});
