import { describe, expect, it } from 'vitest';
import { colloquialToFormal, isDerivedFormal, lastSyllableEtoA, meN, resolveRoot } from '../../src/text/colloquial-affix';
import type { Vocabulary } from '../../src/text/vocabulary';

function vocab(counts: Record<string, number>, slang: Record<string, string> = {}): Vocabulary {
  const m = new Map(Object.entries(counts));
  const s = new Map(Object.entries(slang));
  return { isFormal: (w) => m.has(w), freq: (w) => m.get(w) ?? 0, slang: (w) => s.get(w) };
}

describe('meN', () => {
  it.each([
    ['lapor', 'melapor'],
    ['pukul', 'memukul'],
    ['bayar', 'membayar'],
    ['tulis', 'menulis'],
    ['sapu', 'menyapu'],
    ['kirim', 'mengirim'],
    ['ambil', 'mengambil'],
    ['catat', 'mencatat'],
    ['ganggu', 'mengganggu'],
    ['cat', 'mengecat'],
    ['proses', 'memproses'],
    ['kritik', 'mengkritik'],
    ['nyanyi', 'menyanyi'],
  ])('%s → %s', (root, formal) => {
    expect(meN(root)).toBe(formal);
  });
});

describe('resolveRoot', () => {
  const v = vocab({ dengar: 5, hidup: 9, sampai: 40 }, { sampe: 'sampai' });
  it('accepts the colloquial spellings of a root', () => {
    expect(resolveRoot('dengar', v)).toBe('dengar');
    expect(resolveRoot('denger', v)).toBe('dengar'); // e for a
    expect(resolveRoot('idup', v)).toBe('hidup'); // dropped h
    expect(resolveRoot('sampe', v)).toBe('sampai'); // slang key
    expect(resolveRoot('xyz', v)).toBeUndefined();
  });
  it('lastSyllableEtoA only touches the last syllable', () => {
    expect(lastSyllableEtoA('selamet')).toBe('selamat');
    expect(lastSyllableEtoA('sore')).toBeUndefined();
  });
});

describe('colloquialToFormal', () => {
  const v = vocab(
    {
      lapor: 30, laporkan: 2, melaporkan: 5, melapor: 4,
      tangan: 40, menangani: 6, ditangani: 9,
      jelas: 50, menjelaskan: 8, dijelaskan: 4,
      keluar: 60, luar: 90, mengeluarkan: 10,
      kerja: 80, mengerjakan: 3,
      tunggu: 20, menunggu: 30,
      catat: 4, mencatat: 2,
      jalan: 500, petugas: 50,
      biar: 30, dibiarkan: 5,
      kesal: 8,
      pacar: 9,
      nama: 40,
    },
    { abis: 'habis' },
  );
  it('-in alone: the bare -kan/-i form the family attests', () => {
    expect(colloquialToFormal('laporin', v)).toBe('laporkan');
    expect(colloquialToFormal('tanganin', v)).toBe('tangani');
    expect(colloquialToFormal('jelasin', v)).toBe('jelaskan');
  });
  it('di- + -in stays passive', () => {
    expect(colloquialToFormal('dibiarin', v)).toBe('dibiarkan');
    expect(colloquialToFormal('dilaporin', v)).toBe('dilaporkan');
  });
  it('nge-/ng-/ny-/n- become meN- with the initial restored', () => {
    expect(colloquialToFormal('ngelapor', v)).toBe('melapor');
    expect(colloquialToFormal('ngejelasin', v)).toBe('menjelaskan');
    expect(colloquialToFormal('ngeluarin', v)).toBe('mengeluarkan'); // keluar's family, not luar's
    expect(colloquialToFormal('ngerjain', v)).toBe('mengerjakan');
    expect(colloquialToFormal('nyatet', v)).toBe('mencatat');
    expect(colloquialToFormal('nunggu', v)).toBe('menunggu');
  });
  it('-ny after a known word is -nya', () => {
    expect(colloquialToFormal('jalanny', v)).toBe('jalannya');
    expect(colloquialToFormal('petugasny', v)).toBe('petugasnya');
  });
  it('a bare e for a when the formal word is counted', () => {
    expect(colloquialToFormal('kesel', v)).toBe('kesal');
  });
  it('never invents: n-/m- words without an attested meN- family, unknown roots', () => {
    expect(colloquialToFormal('macer', v)).toBeUndefined(); // pacar is a word, memacar is not attested
    expect(colloquialToFormal('namanya', v)).toBeUndefined();
    expect(colloquialToFormal('ngegusur', v)).toBeUndefined(); // gusur unknown to this vocabulary
    expect(colloquialToFormal('xyzin', v)).toBeUndefined();
  });
});

describe('isDerivedFormal', () => {
  const v = vocab({ lapor: 30, urus: 10, sadar: 9, pukul: 8, kirim: 7, tulis: 6 });
  it('recognises formal affixation of a known root', () => {
    for (const w of ['laporkan', 'laporan', 'diurusi', 'menyadari', 'pemukulan', 'mengirimkan', 'menulis', 'dilaporkannya']) expect(isDerivedFormal(w, v), w).toBe(true);
  });
  it('does not accept colloquial or unknown forms', () => {
    for (const w of ['laporin', 'ngelapor', 'nyadar', 'menyadarin', 'petigas', 'menkirim']) expect(isDerivedFormal(w, v), w).toBe(false);
  });
});
