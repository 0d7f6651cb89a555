import { describe, expect, it } from 'vitest';
import { createWordNormalizer } from '../../src/text/normalize-word';

describe('createWordNormalizer', () => {
  const n = createWordNormalizer();
  it('lowercases and keeps ordinary words', () => {
    expect(n('JALAN')).toBe('jalan');
  });
  it('prefers the formal squash over a slang key', () => {
    expect(n('bangettt')).toBe('banget');
    expect(n('gakkk')).toBe('tidak');
  });
  it('squashes a double letter only into a known word', () => {
    expect(n('mantaap')).toBe('mantap');
    expect(n('maaf')).toBe('maaf');
  });
  it('reduplicates slang bases through the slang table', () => {
    expect(n('yg2')).toBe('yang-yang');
  });
  it('uses an injected vocabulary', () => {
    // `lindap` is a KBBI word too rare for the built-in counts
    const m = createWordNormalizer((w) => w === 'lindap');
    expect(m('lindaaap')).toBe('lindap');
    expect(m('l1nd4p')).toBe('lindap');
    expect(n('l1nd4p')).toBe('l1nd4p');
  });
  it('leaves protected words and prototype names alone', () => {
    expect(n('DISHUB')).toBe('dishub');
    expect(n('__proto__')).toBe('__proto__');
    expect(n('constructor')).toBe('constructor');
  });
});

describe('acronyms versus slang', () => {
  const n = createWordNormalizer();
  it('keeps capitalised acronyms that collide with slang', () => {
    expect(n('PKL')).toBe('pkl');
    expect(n('KK')).toBe('kk');
    expect(n('PKK')).toBe('pkk');
    expect(n('PBB')).toBe('pbb');
  });
  it('still maps the lowercase slang form', () => {
    expect(n('pkl')).toBe('pukul');
  });
});

describe('elongation edge cases', () => {
  const n = createWordNormalizer();
  it('leaves short one-letter runs (party names, numerals) alone', () => {
    expect(n('PPP')).toBe('ppp');
  });
  it('does not translate English words in mixed posts', () => {
    expect(n('in')).toBe('in');
  });
});
