import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences';

const texts = (s: string): string[] => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
  it('does not split at titles and abbreviations', () => {
    expect(texts('Pj. Wali Kota meninjau Jl. Merdeka. Dr. H. Budi, S.Sos., M.Si. hadir. Biaya Rp2,5 juta. Selesai.')).toEqual([
      'Pj. Wali Kota meninjau Jl. Merdeka.',
      'Dr. H. Budi, S.Sos., M.Si. hadir.',
      'Biaya Rp2,5 juta.',
      'Selesai.',
    ]);
  });
  it('handles ?!, ellipsis, quotes and line breaks', () => {
    expect(texts('Kapan diperbaiki?! Sudah lama... tetap begini.\n"Kapan selesai?" tanya warga. Sampah, dll. Besok')).toEqual([
      'Kapan diperbaiki?!',
      'Sudah lama... tetap begini.',
      '"Kapan selesai?" tanya warga.',
      'Sampah, dll.',
      'Besok',
    ]);
  });
  it('splits at line breaks in social posts', () => {
    expect(texts('jalan rusak\nlampu mati')).toEqual(['jalan rusak', 'lampu mati']);
  });
  it('returns [] for empty input and throws for non-strings', () => {
    expect(splitSentences('')).toEqual([]);
    expect(() => splitSentences(null as unknown as string)).toThrow(/argument "text"/);
  });
  it('property: spans exact, ordered, and every token lies in a sentence', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        let prev = 0;
        for (const sp of splitSentences(s)) {
          expect(s.slice(sp.start, sp.end)).toBe(sp.text);
          expect(sp.start).toBeGreaterThanOrEqual(prev);
          prev = sp.end;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('company and year abbreviations', () => {
  it('PT. and th. do not end a sentence', () => {
    expect(splitSentences('PT. Timah Tbk. melapor. Selesai.').map((s) => s.text)).toEqual(['PT. Timah Tbk. melapor.', 'Selesai.']);
    expect(splitSentences('Ia lahir th. 1990. Ia guru.').map((s) => s.text)).toEqual(['Ia lahir th. 1990.', 'Ia guru.']);
  });
});
