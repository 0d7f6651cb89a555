import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEntityTagger, entityAliasWords, loadRegistryOverride, tagEntities } from '../../src/entities';

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
    // 0.2: the government is its own kind; with pemda off the region reading of 0.1 remains
    expect(tagEntities('Pemkot Pangkalpinang menggelar rapat')[0]).toMatchObject({ kind: 'pemda', text: 'Pemkot Pangkalpinang', id: 'pemda:19.71', region: { code: '19.71' } });
    expect(tagEntities('Pemkot Pangkalpinang menggelar rapat', { exclude: ['pemda'] })[0]).toMatchObject({ kind: 'region', text: 'Pemkot Pangkalpinang', id: 'region:19.71' });
    expect(tagEntities('Wali Kota Pangkalpinang meninjau', { exclude: ['pemda'] }).map((m) => m.text)).toEqual(['Pangkalpinang']);
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
    expect(() => createEntityTagger({ defaultRegion: 'Kota Atlantis' })).toThrow(/defaultRegion.*unknown region/);
    expect(() => createEntityTagger({ defaultRegion: 'Bogor' })).toThrow(/defaultRegion.*ambiguous.*32\.01.*32\.71/);
    expect(() => createEntityTagger({ defaultRegion: '' })).toThrow(/defaultRegion/);
    expect(() => createEntityTagger({ include: ['opd'] } as never)).toThrow(/include/);
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

describe('0.2 kinds: puskesmas, bumd, pemda, vertical (issue 16)', () => {
  const pkp = createEntityTagger({ defaultRegion: '19.71' });
  const view = (ms: ReturnType<typeof tagEntities>) => ms.map((m) => [m.text, m.kind, m.id, m.region?.code]);

  it('tags each kind as itself, never as opd', () => {
    expect(view(pkp.tag('Puskesmas Gerunggang tutup jam 10'))).toEqual([['Puskesmas Gerunggang', 'puskesmas', 'puskesmas:gerunggang', '19.71']]);
    expect(view(pkp.tag('PDAM Tirta Pinang mati lagi'))).toEqual([['PDAM Tirta Pinang', 'bumd', 'bumd:tirta-pinang', '19.71']]);
    expect(view(tagEntities('Perumda Tirta Pakuan dan Perumda Pasar Pakuan Jaya'))).toEqual([
      ['Perumda Tirta Pakuan', 'bumd', 'bumd:tirta-pakuan', '32.71'],
      ['Perumda Pasar Pakuan Jaya', 'bumd', 'bumd:pasar-pakuan-jaya', '32.71'],
    ]);
    expect(view(tagEntities('Wali Kota Pangkalpinang meresmikan pasar'))).toEqual([['Wali Kota Pangkalpinang', 'pemda', 'pemda:19.71', '19.71']]);
    expect(tagEntities('Pemkab Bogor dan Pemkot Bogor').map((m) => m.id)).toEqual(['pemda:32.01', 'pemda:32.71']);
    expect(tagEntities('Bupati Bogor dan Wali Kota Bogor').map((m) => m.id)).toEqual(['pemda:32.01', 'pemda:32.71']);
  });

  it('leaves vertical bodies off by default and tags them with include', () => {
    // off, a vertical body reads as a national one: only its region is a mention (0.1 behaviour)
    expect(view(pkp.tag('lapor ke Polresta Pangkalpinang'))).toEqual([['Pangkalpinang', 'region', 'region:19.71', '19.71']]);
    expect(view(tagEntities('Polres Belitung Timur mengamankan timah'))).toEqual([['Belitung Timur', 'region', 'region:19.06', '19.06']]);
    const v = createEntityTagger({ defaultRegion: '19.71', include: ['vertical'] });
    expect(view(v.tag('lapor ke Polresta Pangkalpinang'))).toEqual([['Polresta Pangkalpinang', 'vertical', 'vertical:polresta-pangkalpinang', '19.71']]);
    expect(view(v.tag('PLN padam lagi'))).toEqual([['PLN', 'vertical', 'vertical.pln', '19.71']]);
    // a programme card is not the office; a national ministry stays national with its whole name
    expect(view(v.tag('kartu BPJS saya nonaktif, BPJS Kesehatan Pangkalpinang diam'))).toEqual([['BPJS Kesehatan Pangkalpinang', 'vertical', 'vertical.bpjskesehatan', '19.71']]);
    expect(v.tag('Kementerian ATR/BPN bikin aturan baru')).toEqual([]);
  });

  it('exclude switches a default kind off (0.1 behaviour)', () => {
    expect(view(tagEntities('Pemkot Bogor lamban', { exclude: ['pemda'] }))).toEqual([['Pemkot Bogor', 'region', 'region:32.71', '32.71']]);
    expect(tagEntities('Puskesmas Gerunggang tutup', { exclude: ['puskesmas'] })).toEqual([]);
    expect(tagEntities('PDAM mati', { exclude: ['bumd'] })).toEqual([]);
    expect(tagEntities('Sekda Kota Pangkalpinang', { exclude: ['pemda'] })[0]).toMatchObject({ kind: 'opd', id: 'setda' });
    expect(tagEntities('Sekda Kota Pangkalpinang')[0]).toMatchObject({ kind: 'pemda', id: 'pemda:19.71' });
  });

  it('resolves bare RSUD / Puskesmas / PDAM / Pemkot to the region\'s only one, else the kind without instance', () => {
    expect(view(pkp.tag('RSUD lama antrenya'))).toEqual([['RSUD', 'opd', 'rsud:depati-hamzah', '19.71']]);
    expect(view(tagEntities('RSUD penuh', { defaultRegion: 'Kota Bogor' }))).toEqual([['RSUD', 'opd', 'rsud:kota-bogor', '32.71']]);
    // Kabupaten Bogor has four RSUD: no guess
    expect(view(tagEntities('RSUD penuh', { defaultRegion: '32.01' }))).toEqual([['RSUD', 'opd', 'rsud', '32.01']]);
    expect(view(tagEntities('RSUD penuh'))).toEqual([['RSUD', 'opd', 'rsud', undefined]]);
    // Pangkalpinang has nine puskesmas
    expect(view(pkp.tag('antre di puskesmas dari subuh'))).toEqual([['puskesmas', 'puskesmas', 'puskesmas', '19.71']]);
    expect(view(pkp.tag('pdam mati'))).toEqual([['pdam', 'bumd', 'bumd:tirta-pinang', '19.71']]);
    expect(view(tagEntities('PDAM mati'))).toEqual([['PDAM', 'bumd', 'bumd.airminum', undefined]]);
    expect(view(pkp.tag('Pemkot lamban'))).toEqual([['Pemkot', 'pemda', 'pemda:19.71', '19.71']]);
    // a regency's text: 'Pemkot' is not its government
    expect(view(tagEntities('Pemkot lamban', { defaultRegion: '19.04' }))).toEqual([['Pemkot', 'pemda', 'pemda', undefined]]);
    expect(view(pkp.tag('Gubernur diam saja'))).toEqual([['Gubernur', 'pemda', 'pemda:19', '19']]);
  });

  it('keeps region names inside facility names', () => {
    expect(view(pkp.tag('Puskesmas Tegal Gundil penuh'))).toEqual([['Puskesmas Tegal Gundil', 'puskesmas', 'puskesmas:tegal-gundil', '19.71']]);
    expect(view(tagEntities('Kelurahan Bogor Baru banjir'))).toEqual([['Kelurahan Bogor Baru', 'opd', 'kelurahan:bogor-baru', undefined]]);
    expect(view(tagEntities('RSUD Kota Bogor penuh'))).toEqual([['RSUD Kota Bogor', 'opd', 'rsud:kota-bogor', undefined]]);
    expect(view(pkp.tag('pkm kacang pedang tutup, PKM mahasiswa jalan'))).toEqual([['pkm kacang pedang', 'puskesmas', 'puskesmas:kacang-pedang', '19.71']]);
  });

  it('matches names with invisible characters and odd spacing; offsets cover the original span', () => {
    for (const surface of ['Dis\u200Bhub', 'Dis\u200Dhub', 'Dis\u00ADhub', 'Dis\u2060hub', 'Dis hub', 'D i s h u b', 'Satpol\u00A0PP']) {
      const text = `kemarin ${surface} lamban`;
      const [m] = tagEntities(text);
      expect(m, surface).toMatchObject({ kind: 'opd', start: 8, end: 8 + surface.length });
      expect(text.slice(m!.start, m!.end)).toBe(surface);
    }
    expect(tagEntities('Tirta\u200BPakuan keruh')[0]).toMatchObject({ id: 'bumd:tirta-pakuan', text: 'Tirta\u200BPakuan' });
    expect(tagEntities('P u s k e s m a s tutup', { defaultRegion: '19.71' })[0]).toMatchObject({ kind: 'puskesmas', text: 'P u s k e s m a s' });
    // an invisible character at the end is not part of the name
    expect(tagEntities('Dishub\u200B lamban')[0]!.text).toBe('Dishub');
  });

  it('defaultRegion takes a name as well as a code', () => {
    const byName = createEntityTagger({ defaultRegion: 'Kota Bogor' }).tag('Dishub dan Pemkot lamban');
    const byCode = createEntityTagger({ defaultRegion: '32.71' }).tag('Dishub dan Pemkot lamban');
    expect(byName).toEqual(byCode);
    expect(byName.map((m) => m.region?.code)).toEqual(['32.71', '32.71']);
  });

  it('matches registered handles in @mentions and #hashtags with exact offsets', () => {
    const registry = loadRegistryOverride(
      'region\tkind\tid\ttype\tname\thandles\n' +
        '19.71\topd\tdinas.perhubungan\t\tDinas Perhubungan\t@dishub_pkp\n' +
        '19.71\tbumd\ttirta-pinang\tairminum\tPerumda Air Minum Tirta Pinang\t@pdamtirtapinang|#pdamtirtapinang\n' +
        '19.71\tpuskesmas\t\t\tGerunggang\tpkm_gerunggang\n' +
        '19.71\tpemda\t\t\t\t@pemkot_pkp\n',
    );
    const t = createEntityTagger({ registry, defaultRegion: '19.71' });
    const text = 'halo @DISHUB_PKP. cc @pemkot_pkp #pdamtirtapinang #pkm_gerunggang @pkm_gerunggang @orang_lain';
    const ms = t.tag(text);
    expect(ms.map((m) => [m.text, m.kind, m.id, m.handle])).toEqual([
      ['@DISHUB_PKP', 'opd', 'dinas.perhubungan', '@DISHUB_PKP'],
      ['@pemkot_pkp', 'pemda', 'pemda:19.71', '@pemkot_pkp'],
      ['#pdamtirtapinang', 'bumd', 'bumd:tirta-pinang', '#pdamtirtapinang'],
      ['#pkm_gerunggang', 'puskesmas', 'puskesmas:gerunggang', '#pkm_gerunggang'],
      ['@pkm_gerunggang', 'puskesmas', 'puskesmas:gerunggang', '@pkm_gerunggang'],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
    // a handle listed with '@' is not the hashtag of the same word, and an override body is still the region's only one
    expect(t.tag('#dishub_pkp')).toEqual([]);
    expect(t.tag('PDAM mati')[0]!.id).toBe('bumd:tirta-pinang');
    // prototype words are ordinary handles
    expect(t.tag('@constructor #__proto__ @toString')).toEqual([]);
  });

  it('scans a flood of bare names once (linear, no overlap)', () => {
    const text = 'PDAM mati, Pemkot diam. '.repeat(20000);
    const ms = pkp.tag(text);
    expect(ms).toHaveLength(40000);
    for (let i = 1; i < ms.length; i++) expect(ms[i]!.start).toBeGreaterThanOrEqual(ms[i - 1]!.end);
  });
});
