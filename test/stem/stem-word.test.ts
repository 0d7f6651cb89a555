import { describe, expect, it } from 'vitest';
import { stemLowerWord } from '../../src/stem/stem-word';

const dict = (...w: string[]): ReadonlySet<string> => new Set(w);

describe('stemLowerWord (Sastrawi plus extensions)', () => {
  it('stems the informal 2 reduplication', () => {
    expect(stemLowerWord('anak2', dict('anak'))).toBe('anak');
    expect(stemLowerWord('ikut2an', dict('ikut'))).toBe('ikut');
    expect(stemLowerWord('xq2zz', dict())).toBe('xq2zz');
  });

  it('strips -wan/-wati only onto a root of 4+ letters', () => {
    expect(stemLowerWord('wartawan', dict('warta'))).toBe('warta');
    expect(stemLowerWord('karyawati', dict('karya'))).toBe('karya');
    expect(stemLowerWord('wartawannya', dict('warta'))).toBe('warta');
    expect(stemLowerWord('marwan', dict('mar'))).toBe('marwan');
    expect(stemLowerWord('relawan', dict('relawan', 'rela'))).toBe('relawan');
  });

  it('reads ke-/peN-…-kan as -an over a root ending in k', () => {
    expect(stemLowerWord('kerusakan', dict('rusak', 'rusa'))).toBe('rusak');
    expect(stemLowerWord('kerusakannya', dict('rusak', 'rusa'))).toBe('rusak');
    expect(stemLowerWord('pemasukan', dict('masuk', 'pasu'))).toBe('masuk');
    // per + vowel stays with Sastrawi (its suite pins perusakan → rusa).
    expect(stemLowerWord('perusakan', dict('rusak', 'rusa'))).toBe('rusa');
    // Three-letter results are a -kan verb misread.
    expect(stemLowerWord('kenakan', dict('kena', 'nak'))).toBe('kena');
  });

  it('knows a few frequent words whose ECS reading is another root', () => {
    expect(stemLowerWord('mengalami', dict('alam', 'alami'))).toBe('alam');
    expect(stemLowerWord('mengalami', dict('alami'))).toBe('alami');
  });
});
