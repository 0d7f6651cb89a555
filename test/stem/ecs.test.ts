import { describe, expect, it } from 'vitest';
import { disambiguatePrefix, isDispreferred, removePrefixes, stemSingular } from '../../src/stem/ecs';

const dict = (...w: string[]): ReadonlySet<string> => new Set(w);

describe('stemSingular (ECS as Sastrawi does it)', () => {
  it('returns roots and words of three letters or fewer unchanged', () => {
    expect(stemSingular('makan', dict('makan'))).toBe('makan');
    expect(stemSingular('mei', dict())).toBe('mei');
    expect(stemSingular('dia', dict('a'))).toBe('dia');
  });

  it('returns the original word when no root is reached', () => {
    expect(stemSingular('xyzabc', dict())).toBe('xyzabc');
    expect(stemSingular('memakan', dict('minum'))).toBe('memakan');
  });

  it('strips particle, possessive and derivational suffixes in that order', () => {
    expect(stemSingular('bukumukah', dict('buku'))).toBe('buku');
    expect(stemSingular('miliknyalah', dict('milik'))).toBe('milik');
    expect(stemSingular('beriannya', dict('beri'))).toBe('beri');
    expect(stemSingular('idealisme', dict('ideal'))).toBe('ideal');
    expect(stemSingular('finalisasi', dict('final'))).toBe('final');
  });

  it('tries the restored letter in Sastrawi order, never the bare remainder first', () => {
    // mem+V: m first, then p.
    expect(stemSingular('memakan', dict('makan', 'akan'))).toBe('makan');
    expect(stemSingular('memukul', dict('pukul', 'ukul'))).toBe('pukul');
    // men+V: n first, then t.
    expect(stemSingular('menunjukkan', dict('tunjuk', 'unjuk'))).toBe('tunjuk');
    expect(stemSingular('penurunan', dict('turun', 'urun'))).toBe('turun');
    // meng+V: V, then k.
    expect(stemSingular('mengenal', dict('kenal', 'nal'))).toBe('kenal');
    // meny+V: ny, then s.
    expect(stemSingular('menyapu', dict('sapu'))).toBe('sapu');
    expect(stemSingular('menyala', dict('nyala', 'sala'))).toBe('nyala');
  });

  it('uses confix precedence for me-…-i and falls back to suffix-first', () => {
    expect(stemSingular('mewarnai', dict('warna'))).toBe('warna');
    expect(stemSingular('mencintai', dict('cinta'))).toBe('cinta');
    expect(stemSingular('dimulai', dict('mula', 'mulai'))).toBe('mulai');
  });

  it('puts -kan back as -k in the suffix-restoring loop', () => {
    // tusuk + -an read as tusu + -kan first.
    expect(stemSingular('penusukan', dict('tusuk'))).toBe('tusuk');
  });

  it('handles infixes and ku-/kau-', () => {
    expect(stemSingular('gemetar', dict('getar'))).toBe('getar');
    expect(stemSingular('kinerja', dict('kerja'))).toBe('kerja');
    expect(stemSingular('kupukul', dict('pukul'))).toBe('pukul');
    expect(stemSingular('kauhajar', dict('hajar'))).toBe('hajar');
  });

  it('lets a rare root lose to its common nasal partner', () => {
    expect(isDispreferred('madam')).toBe(true);
    expect(stemSingular('memadamkan', dict('madam', 'padam'))).toBe('padam');
    // Without the common partner the rare root still wins (Sastrawi behaviour).
    expect(stemSingular('memadamkan', dict('madam'))).toBe('madam');
  });
});

describe('prefix removal', () => {
  it('removes at most three prefixes', () => {
    expect(removePrefixes('dipersekolahkan', dict())).not.toBe('dipersekolahkan');
    expect(stemSingular('memperbarui', dict('baru'))).toBe('baru');
  });

  it('returns null when no rule applies', () => {
    expect(disambiguatePrefix('xyz', dict())).toBeNull();
    expect(disambiguatePrefix('bermain', dict('main'))).toBe('main');
  });
});
