import { describe, expect, it } from 'vitest';
import { stemTextWith } from '../../src/stem/stem-text';

const upper = (w: string): string => w.toUpperCase();
const off = { keepCapitalized: false };

describe('stemTextWith', () => {
  it('splits the Sastrawi way and joins by single spaces', () => {
    expect(stemTextWith('  Cinta telah bertebaran.Keduanya!! ', upper, off)).toBe('CINTA TELAH BERTEBARAN KEDUANYA');
    expect(stemTextWith('a\n\n\tb', upper, off)).toBe('A B');
    expect(stemTextWith('kuasa-Mu, anak2', upper, off)).toBe('KUASA-MU ANAK2');
  });

  it('gives an empty string for empty or separator-only text', () => {
    expect(stemTextWith('', upper, off)).toBe('');
    expect(stemTextWith(' .,;!? ', upper, off)).toBe('');
  });

  it('treats non-ASCII letters as separators', () => {
    expect(stemTextWith('kafé😀makan', upper, off)).toBe('KAF MAKAN');
  });

  it('keeps Title-case words inside a sentence when asked', () => {
    const keep = { keepCapitalized: true };
    expect(stemTextWith('Warga Kediri mengeluh. Pemalang aman', upper, keep)).toBe('WARGA kediri MENGELUH PEMALANG AMAN');
    // All-caps words are shouting or acronyms, not names: stemmed.
    expect(stemTextWith('pelayanan BURUK', upper, keep)).toBe('PELAYANAN BURUK');
  });
});
