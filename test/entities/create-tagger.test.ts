import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEntityTagger, entityAliasWords, tagEntities } from '../../src/entities';

const ids = (text: string, opts?: Parameters<typeof tagEntities>[1]) => tagEntities(text, opts).map((m) => m.id);
const spans = (text: string, opts?: Parameters<typeof tagEntities>[1]) => tagEntities(text, opts).map((m) => m.text);

describe('tagEntities: agencies', () => {
  it('resolves full names, abbreviations and region words to one canonical agency', () => {
    const [m] = tagEntities('Dinas Komunikasi dan Informatika Kota Pangkalpinang menggelar rapat');
    expect(m).toMatchObject({ id: 'dinas.kominfo', kind: 'opd', name: 'Dinas Komunikasi dan Informatika', start: 0, end: 51 });
    expect(m!.region).toEqual({ level: 'kota', name: 'Kota Pangkalpinang', code: '19.71' });
    const [d] = tagEntities('Diskominfo Pangkalpinang hadir');
    expect(d).toMatchObject({ id: 'dinas.kominfo', text: 'Diskominfo Pangkalpinang', alias: 'Diskominfo' });
    expect(ids('kominfo pkp lemot bgt')).toEqual(['dinas.kominfo']);
    expect(spans('kominfo pkp lemot bgt')).toEqual(['kominfo pkp']);
  });

  it('is case-insensitive for abbreviations and hyphen/space-insensitive', () => {
    for (const t of ['DINKES', 'dinkes', 'Dinkes']) expect(ids(`${t} turun ke lapangan`)).toEqual(['dinas.kesehatan']);
    for (const t of ['Satpol-PP', 'Satpol PP', 'satpolpp', 'SATPOL PP']) expect(ids(`${t} menertibkan lapak`)).toEqual(['satpolpp']);
    expect(spans('Petugas Satpol-PP datang')).toEqual(['Satpol-PP']);
  });

  it('maps unseen name-grammar combinations to their first urusan', () => {
    const [m] = tagEntities('Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga Kabupaten Bangka Selatan menggelar lomba');
    expect(m).toMatchObject({ id: 'dinas.pariwisata', name: 'Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga' });
    expect(m!.text).toBe('Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga Kabupaten Bangka Selatan');
    expect(m!.region?.code).toBe('19.03');
    expect(ids('Badan Kepegawaian Daerah membuka seleksi')).toEqual(['bkpsdm']);
    expect(ids('Dinas Lingkungan Hidup dan Kehutanan menanam pohon')).toEqual(['dinas.lingkunganhidup']);
  });

  it('links officials’ titles to their agency as one mention; acting prefixes stay outside', () => {
    expect(tagEntities('Kepala Dinas Kesehatan mengimbau warga')[0]).toMatchObject({ id: 'dinas.kesehatan', text: 'Kepala Dinas Kesehatan' });
    expect(tagEntities('Kadis Kominfo meninjau menara', { defaultRegion: '19.71' })[0]).toMatchObject({ id: 'dinas.kominfo', text: 'Kadis Kominfo' });
    expect(tagEntities('Plt Kadinkes Pangkalpinang memimpin rapat')[0]).toMatchObject({ id: 'dinas.kesehatan', text: 'Kadinkes Pangkalpinang' });
    expect(tagEntities('Kepala dinas belum menjawab')).toEqual([]);
  });

  it('tags named units with slug ids', () => {
    expect(tagEntities('Antrean di RSUD Depati Hamzah panjang')[0]).toMatchObject({ id: 'rsud:depati-hamzah', name: 'Rumah Sakit Umum Daerah Depati Hamzah' });
    expect(tagEntities('Warga Kecamatan Gerunggang mengeluh')[0]).toMatchObject({ id: 'kecamatan:gerunggang', name: 'Kecamatan Gerunggang' });
    expect(tagEntities('Camat Taman Sari meninjau banjir')[0]).toMatchObject({ id: 'kecamatan:taman-sari', text: 'Camat Taman Sari' });
  });

  it('resolves region aliases', () => {
    const codes = (t: string) => tagEntities(t).map((m) => m.region?.code);
    expect(codes('Dinkes Pangkal Pinang')).toEqual(['19.71']);
    expect(codes('Dinkes PKP')).toEqual(['19.71']);
    expect(codes('Dinkes Babel')).toEqual(['19']);
    expect(codes('Dinkes Bateng')).toEqual(['19.04']);
    expect(codes('Dinkes Basel')).toEqual(['19.03']);
    expect(codes('Dinkes Babar')).toEqual(['19.05']);
    expect(codes('Dinkes Beltim')).toEqual(['19.06']);
    expect(tagEntities('warga Bateng mengeluh')[0]).toMatchObject({ kind: 'region', id: 'region:19.04', name: 'Kabupaten Bangka Tengah' });
    expect(tagEntities('Pemkot Pangkalpinang menggelar rapat')[0]).toMatchObject({ kind: 'region', text: 'Pemkot Pangkalpinang', id: 'region:19.71' });
    expect(spans('Wali Kota Pangkalpinang meninjau')).toEqual(['Pangkalpinang']);
  });

  it('longest match wins and mentions never overlap', () => {
    expect(spans('Sekretariat DPRD Kota Pangkalpinang')).toEqual(['Sekretariat DPRD Kota Pangkalpinang']);
    expect(ids('Satpol PP dan Damkar siaga')).toEqual(['satpolpp']);
    const ms = tagEntities('Dinas Kesehatan Kota Pangkalpinang, Dinkes Babel, dan BPBD Bangka Tengah');
    for (let k = 1; k < ms.length; k++) expect(ms[k]!.start).toBeGreaterThanOrEqual(ms[k - 1]!.end);
    expect(ms.map((m) => m.id)).toEqual(['dinas.kesehatan', 'dinas.kesehatan', 'bpbd']);
  });
});

describe('tagEntities: ambiguity and national bodies', () => {
  it('never tags national bodies as OPDs', () => {
    for (const t of ['Kementerian Komunikasi dan Digital', 'Kemenkes mengirim vaksin', 'BNPB menetapkan status', 'Ditjen Dukcapil Kemendagri', 'Kementerian PUPR membangun', 'Badan Kepegawaian Negara', 'Badan Nasional Penanggulangan Bencana', 'RSUP Dr. Sardjito']) {
      expect(tagEntities(t).filter((m) => m.kind === 'opd')).toEqual([]);
    }
    expect(ids('Kominfo memblokir situs judi')).toEqual([]);
    expect(ids('Menkominfo mengatakan Kominfo akan memblokir situs', { defaultRegion: '19.71' })).toEqual([]);
    expect(ids('Kominfo Pangkalpinang memperbaiki jaringan')).toEqual(['dinas.kominfo']);
  });

  it('DPRD itself is not an OPD but Sekretariat DPRD is', () => {
    expect(tagEntities('DPRD menggelar paripurna').filter((m) => m.kind === 'opd')).toEqual([]);
    expect(ids('Sekretariat DPRD menyiapkan ruang')).toEqual(['setwan']);
    expect(ids('Setwan menyiapkan ruang')).toEqual(['setwan']);
  });

  it('reports BKD/DKP as ambiguous without a region, resolves them with one', () => {
    const [b] = tagEntities('BKD membuka layanan');
    expect(b).toMatchObject({ id: 'ambiguous:bkd', name: 'BKD' });
    expect([...b!.candidates!].sort()).toEqual(['bkpsdm', 'bpkad']);
    expect(tagEntities('BKD membuka layanan', { defaultRegion: '19.71' })[0]).toMatchObject({ id: 'bpkad', name: 'Badan Keuangan Daerah' });
    expect(ids('DKP Babel menyalurkan mesin kapal')).toEqual(['dinas.kelautanperikanan']);
    expect(ids('DKP menyalurkan bibit')).toEqual(['ambiguous:dkp']);
  });

  it('uses validity dates of region names', () => {
    const old = tagEntities('Dinsos menangani kasus kekerasan', { defaultRegion: '19.71', date: '2018-05-01' })[0]!;
    expect(old).toMatchObject({ id: 'dinas.sosial', name: 'Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak' });
    const now = tagEntities('Dinsos menangani kasus kekerasan', { defaultRegion: '19.71' })[0]!;
    expect(now.name).toBe('Dinas Sosial');
    expect(tagEntities('DPMPTSPNAKER membuka loket', { defaultRegion: '19.71' })[0]!.id).toBe('dinas.pmptsp');
  });
});

describe('tagEntities: robustness', () => {
  it('object-prototype words never match', () => {
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
      expect(tagEntities(`${w} Dinkes ${w}`).map((m) => m.id)).toEqual(['dinas.kesehatan']);
      expect(tagEntities(w)).toEqual([]);
    }
  });

  it('throws TypeError naming the argument for non-strings', () => {
    for (const v of [undefined, null, 42, {}, ['Dinkes']]) expect(() => tagEntities(v as unknown as string)).toThrow(/"text"/);
    expect(() => createEntityTagger().tag(1 as unknown as string)).toThrow(TypeError);
  });

  it('validates options once, naming the field', () => {
    expect(() => createEntityTagger({ defaultRegion: 'pkp' })).toThrow(/defaultRegion/);
    expect(() => createEntityTagger({ defaultRegion: '99.99' })).toThrow(/defaultRegion/);
    expect(() => createEntityTagger({ date: 'kemarin' })).toThrow(/date/);
    expect(() => createEntityTagger({ bogus: 1 } as never)).toThrow(TypeError);
  });

  it('skips social handles', () => {
    expect(tagEntities('@diskominfo_pkp dan @kominfo tolong')).toEqual([]);
  });

  it('any string: no throw, exact offsets, sorted and non-overlapping (property)', () => {
    const words = ['Dinkes', 'Satpol-PP', 'Kota', 'Pangkalpinang', 'dan', 'Dinas', 'Kesehatan', 'BKD', ',', ' ', '(', ')', 'Kepala', 'RSUD', 'Babel', '\u200b', '\ud800', '😀', '__proto__', '.', '-'];
    const arb = fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((a) => a.join(' ')), fc.array(fc.constantFrom(...words), { maxLength: 30 }).map((a) => a.join('')));
    fc.assert(
      fc.property(arb, (text) => {
        const ms = tagEntities(text);
        let prev = 0;
        for (const m of ms) {
          if (text.slice(m.start, m.end) !== m.text) return false;
          if (m.start < prev || m.end <= m.start) return false;
          prev = m.end;
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('handles long inputs in linear time', () => {
    const text = 'Dinkes Pangkalpinang sigap. '.repeat(20000) + 'a'.repeat(100000);
    const ms = tagEntities(text);
    expect(ms.length).toBe(20000);
  });
});

describe('entityAliasWords', () => {
  it('lists alias words for slang protection', () => {
    const w = entityAliasWords();
    for (const x of ['kominfo', 'dishub', 'satpol', 'pemkot', 'dinkes', 'pkp', 'babel', 'bpbd']) expect(w.has(x)).toBe(true);
    expect(w.has('yang')).toBe(false);
  });
});

describe('solid aliases', () => {
  it('Setdakab is an alias only when written as one word', () => {
    expect(tagEntities('Setdakab Bangka menggelar apel')[0]).toMatchObject({ id: 'setda', text: 'Setdakab Bangka' });
    expect(tagEntities('Setda Kab. Bangka menggelar apel')[0]).toMatchObject({ id: 'setda', text: 'Setda Kab. Bangka' });
  });
});

describe('linear time for context checks', () => {
  it('many national-sounding aliases in one long text stay fast', () => {
    // 80,000 context checks; a per-mention sentence scan would be quadratic here.
    const text = 'Kominfo Babel dan Kominfo, warga Bateng. '.repeat(40000);
    const ms = tagEntities(text);
    expect(ms.filter((m) => m.id === 'dinas.kominfo').length).toBe(80000);
    expect(tagEntities('Kominfo Babel dan Kominfo.'.repeat(3)).length).toBe(3); // bare Kominfo without a region in its sentence stays untagged
  });
});

describe('named units and region words', () => {
  it('a region after a hospital name is the region, not part of the name', () => {
    expect(tagEntities('RSUD dr. H. Marsidi Judono Belitung menambah ruang isolasi')[0]).toMatchObject({
      id: 'rsud:dr-h-marsidi-judono',
      text: 'RSUD dr. H. Marsidi Judono Belitung',
      region: { code: '19.02' },
    });
  });
  it('a region word after a preposition is its own mention', () => {
    expect(tagEntities('Dinas Kesehatan menggelar vaksinasi di Pangkalpinang.').map((m) => m.kind)).toEqual(['opd', 'region']);
  });
  it('ordinary uses of agency words are not mentions', () => {
    for (const t of ['Mobil dinas camat dipakai mudik', 'Dinas-dinas terkait diminta hadir. Dinas apa yang bertanggung jawab?', 'Bank wajib memenuhi Basel III', 'Kapal tenggelam di Selat Bangka dekat Pulau Belitung']) {
      expect(tagEntities(t), t).toEqual([]);
    }
  });
});

describe('per-text dates', () => {
  it('tag(text, date) picks the names valid at that date', () => {
    const tagger = createEntityTagger({ defaultRegion: '19.71' });
    expect(tagger.tag('Dinsos menangani kasus kekerasan', '2018-05-01')[0]!.name).toBe('Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak');
    expect(tagger.tag('Dinsos menangani kasus kekerasan', new Date('2018-05-01T00:00:00Z'))[0]!.name).toBe('Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak');
    expect(tagger.tag('Dinsos menangani kasus kekerasan')[0]!.name).toBe('Dinas Sosial');
  });
  it('rejects a bad per-text date with a TypeError naming it', () => {
    const tagger = createEntityTagger();
    expect(() => tagger.tag('Dinsos', 'kemarin')).toThrow(/argument "date"/);
    expect(() => tagger.tag('Dinsos', new Date('x'))).toThrow(/argument "date"/);
  });
});
