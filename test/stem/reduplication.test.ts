import { describe, expect, it } from 'vitest';
import { digitTwoIndex, expandDigitTwo, isReduplicated, stemReduplicated } from '../../src/stem/reduplication';

const dict = (...w: string[]): ReadonlySet<string> => new Set(w);

describe('reduplication', () => {
  it('tells reduplication from hyphenated clitics', () => {
    expect(isReduplicated('anak-anak')).toBe(true);
    expect(isReduplicated('nikmat-ku')).toBe(false);
    expect(isReduplicated('allah-lah')).toBe(false);
    expect(isReduplicated('malaikat-malaikat-nya')).toBe(true);
    expect(isReduplicated('anak')).toBe(false);
  });

  it('returns the shared root of both halves, else the word', () => {
    expect(stemReduplicated('anak-anak', dict('anak'))).toBe('anak');
    expect(stemReduplicated('berlari-lari', dict('lari'))).toBe('lari');
    expect(stemReduplicated('berbalas-balasan', dict('balas'))).toBe('balas');
    expect(stemReduplicated('meniru-nirukan', dict('tiru'))).toBe('tiru');
    expect(stemReduplicated('malaikat-malaikat-nya', dict('malaikat'))).toBe('malaikat');
    expect(stemReduplicated('bolak-balik', dict('bolak', 'balik'))).toBe('bolak-balik');
  });

  it('recognises the informal 2', () => {
    expect(digitTwoIndex('anak2')).toBe(4);
    expect(digitTwoIndex('sebaik2nya')).toBe(6);
    expect(digitTwoIndex('covid19')).toBe(-1);
    expect(digitTwoIndex('a2')).toBe(-1);
    expect(digitTwoIndex('22')).toBe(-1);
    expect(expandDigitTwo('sebaik2nya', 6)).toBe('sebaik-sebaiknya');
  });
});
