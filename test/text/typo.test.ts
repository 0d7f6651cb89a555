import { describe, expect, it } from 'vitest';
import { repairTypo } from '../../src/text/typo';

const counts = new Map([
  ['jalan', 800],
  ['sampah', 80],
  ['sampai', 600],
  ['petugas', 50],
  ['kecamatan', 20],
  ['rusak', 120],
  ['langka', 3],
]);
const freq = (w: string): number => counts.get(w) ?? 0;

describe('repairTypo', () => {
  it('repairs one neighbouring-key substitution, deletion, insertion or transposition', () => {
    expect(repairTypo('jalab', freq)).toBe('jalan'); // b next to n
    expect(repairTypo('sampag', freq)).toBe('sampah'); // g next to h; sampai is not one key away
    expect(repairTypo('petigas', freq)).toBe('petugas');
    expect(repairTypo('kecamtan', freq)).toBe('kecamatan');
    expect(repairTypo('ruusak', freq)).toBe('rusak');
    expect(repairTypo('ursak', freq)).toBe('rusak'); // adjacent letters swapped
  });
  it('leaves short tokens and rare targets alone', () => {
    expect(repairTypo('jala', freq)).toBeUndefined();
    expect(repairTypo('langks', freq)).toBeUndefined();
  });
  it('leaves the token when two frequent words are one edit away', () => {
    const f = (w: string): number => (w === 'sampah' || w === 'sampan' ? 50 : 0);
    expect(repairTypo('sampaj', f)).toBeUndefined();
  });
});
