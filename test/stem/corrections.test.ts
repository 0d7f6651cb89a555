import { describe, expect, it } from 'vitest';
import { agentiveFirst, longerRoot, prefixedIs } from '../../src/stem/corrections';

describe('longerRoot', () => {
  it('prefers a longer root under the same affixes', () => {
    const dict = new Set(['rang', 'kurang']);
    expect(longerRoot('dikurangi', 'rang', dict)).toBe('kurang');
  });
  it('takes -nya off without a second suffix (dibelinya → beli, not bel)', () => {
    expect(longerRoot('dibelinya', 'bel', new Set(['bel', 'beli']))).toBe('beli');
  });
  it('reads Xk + -an on an unprefixed noun (gerakan → gerak)', () => {
    expect(longerRoot('gerakan', 'gera', new Set(['gera', 'gerak']))).toBe('gerak');
  });
  it('keeps lari + -kan (a root ending in i before -kan)', () => {
    expect(longerRoot('larikan', 'lari', new Set(['lari', 'larik']))).toBeNull();
  });
  it('does not read pe- nouns as -i verbs (petani stays tani even with petan a root)', () => {
    expect(longerRoot('petani', 'tani', new Set(['tani', 'petan']))).toBeNull();
  });
  it('leaves per + vowel to Sastrawi (perusakan → rusa is pinned by its suite)', () => {
    expect(longerRoot('perusakan', 'rusa', new Set(['rusa', 'rusak']))).toBeNull();
  });
  it('returns null when nothing longer exists', () => {
    expect(longerRoot('dimakan', 'makan', new Set(['makan']))).toBeNull();
  });
});

describe('prefixedIs', () => {
  it('removes meN- from the whole word before -is', () => {
    expect(prefixedIs('menangis', new Set(['menang', 'tangis']))).toBe('tangis');
    expect(prefixedIs('melukis', new Set(['luk', 'lukis']))).toBe('lukis');
  });
  it('leaves unprefixed -is words alone', () => {
    expect(prefixedIs('praktis', new Set(['praktis']))).toBeNull();
  });
});

describe('agentiveFirst', () => {
  it('reads -wan/-wati after a root before the -el- infix', () => {
    const dict = new Set(['rela', 'rawan', 'rawat']);
    expect(agentiveFirst('relawan', dict)).toBe('rela');
    expect(agentiveFirst('relawati', dict)).toBe('rela');
    expect(agentiveFirst('relawannya', dict)).toBe('rela');
  });
  it('needs a base of four letters that is a root', () => {
    expect(agentiveFirst('tawan', new Set(['ta']))).toBeNull();
    expect(agentiveFirst('marwan', new Set(['mar']))).toBeNull();
  });
});
