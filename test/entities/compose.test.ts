import { describe, expect, it } from 'vitest';
import { decomposeAbbreviation, joinUrusan } from '../../src/entities/compose';
import { builtinCodes, builtinKinds } from '../../src/entities/registry';

describe('joinUrusan', () => {
  it('joins parts like official names', () => {
    expect(joinUrusan(['Kesehatan'])).toBe('Kesehatan');
    expect(joinUrusan(['Tenaga Kerja', 'Koperasi'])).toBe('Tenaga Kerja dan Koperasi');
    expect(joinUrusan(['Kepemudaan', 'Olahraga', 'Pariwisata'])).toBe('Kepemudaan, Olahraga dan Pariwisata');
    // a last part with its own 'dan' takes a comma
    expect(joinUrusan(['Koperasi', 'Usaha Kecil dan Menengah'])).toBe('Koperasi, Usaha Kecil dan Menengah');
  });
});

describe('decomposeAbbreviation', () => {
  const codes = builtinCodes();

  it('splits Dis/Din + urusan codes; id = first urusan, name from the parts', () => {
    expect(decomposeAbbreviation(codes, 'Dinporabudpar')).toEqual({
      kinds: ['dinas.pora', 'dinas.kebudayaan', 'dinas.pariwisata'],
      name: 'Dinas Kepemudaan, Olahraga, Kebudayaan dan Pariwisata',
      titled: false,
    });
    expect(decomposeAbbreviation(codes, 'Dinsospermades')).toMatchObject({ kinds: ['dinas.sosial', 'dinas.pmd'], name: 'Dinas Sosial, Pemberdayaan Masyarakat dan Desa' });
    expect(decomposeAbbreviation(codes, 'Disnakerkop')).toMatchObject({ kinds: ['dinas.tenagakerja', 'dinas.koperasi'], name: 'Dinas Tenaga Kerja dan Koperasi' });
    expect(decomposeAbbreviation(codes, 'DISDIKPORA')).toMatchObject({ kinds: ['dinas.pendidikan', 'dinas.pora'] });
    expect(decomposeAbbreviation(codes, 'Dispermasdes')?.kinds).toEqual(['dinas.pmd']);
    expect(decomposeAbbreviation(codes, 'Dinkopukm')?.name).toBe('Dinas Koperasi, Usaha Kecil dan Menengah');
  });

  it('recognises a fused head title (Kadis…)', () => {
    expect(decomposeAbbreviation(codes, 'Kadisnakerkop')).toMatchObject({ kinds: ['dinas.tenagakerja', 'dinas.koperasi'], titled: true });
  });

  it('needs the whole word covered: ordinary dis-/din- words do not split', () => {
    for (const w of ['diskusi', 'dinding', 'dinasti', 'distribusi', 'dispenser', 'Dinda', 'Dinar', 'disposisi', 'Dispo', 'diskon', 'dis', 'din', 'dinas', 'constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(decomposeAbbreviation(codes, w), w).toBeUndefined();
    }
  });

  it('every code row names a known kind and is lookup-safe', () => {
    const kinds = new Set(builtinKinds().kinds.map((k) => k.id));
    for (const [code, c] of codes) {
      expect(kinds.has(c.kind), `${code} → ${c.kind}`).toBe(true);
      expect(c.names.length).toBeGreaterThan(0);
    }
    expect(codes.has('constructor')).toBe(false);
    expect(codes.has('__proto__')).toBe(false);
  });
});
