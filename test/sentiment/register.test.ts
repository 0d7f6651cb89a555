import { describe, expect, it } from 'vitest';
import { scoreSentiment, createSentimentScorer } from '../../src/sentiment/index';
import { defaultSentimentIndex } from '../../src/sentiment/lexicon';

const s = (t: string) => scoreSentiment(t);
// A negated hit's lemma reads `<negator> <term>` (issue 11); match the term.
const rulesOf = (t: string, lemma: string) => s(t).hits.find((h) => (h.negator === undefined ? h.lemma : h.lemma.slice(h.negator.length + 1)) === lemma)?.rules ?? [];

describe('reportage: event words are damped in text with no opinion cue', () => {
  it('words.tsv marks event words; evaluations stay out of the class', () => {
    const ev = defaultSentimentIndex().events;
    expect(ev.has('menang')).toBe(true);
    expect(ev.has('tersangka')).toBe(true);
    expect(ev.has('keluhan')).toBe(true);
    expect(ev.has('korupsi')).toBe(false);
    expect(ev.has('bagus')).toBe(false);
    expect(ev.has('constructor')).toBe(false);
  });

  it('a reported election result is neutral; the same word in the writer\'s voice is not', () => {
    const news = s('Calon petahana menang tipis menurut rekapitulasi KPU kabupaten.');
    expect(news.label).toBe('neutral');
    expect(rulesOf('Calon petahana menang tipis menurut rekapitulasi KPU kabupaten.', 'menang')).toContain('reportage');
    expect(s('Kita menang!').label).toBe('positive');
    expect(s('saya senang calon kami menang').label).toBe('positive');
  });

  it('each opinion cue turns reportage off: first person, particle, ! ?, emoji', () => {
    expect(s('pasangan nomor dua unggul').label).toBe('neutral');
    expect(s('pasangan kami unggul').label).toBe('positive');
    expect(s('pasangan nomor dua unggul dong').label).toBe('positive');
    expect(s('pasangan nomor dua unggul!').label).toBe('positive');
    expect(s('pasangan nomor dua unggul 👍').label).toBe('positive');
  });

  it('evaluations keep their weight in reportage: a corruption suspect is still negative', () => {
    const r = s('Kejaksaan menetapkan kepala desa sebagai tersangka korupsi dana desa.');
    expect(r.label).toBe('negative');
    expect(r.hits.find((h) => h.lemma === 'korupsi')!.rules).not.toContain('reportage');
    expect(r.hits.find((h) => h.lemma === 'tersangka')!.weight).toBe(0);
  });

  it('keluhan in a hearing report is neutral; a citizen\'s keluhan is negative', () => {
    expect(s('Ombudsman mencatat 214 keluhan pelayanan publik semester ini.').label).toBe('neutral');
    expect(s('keluhan saya belum ditanggapi').label).toBe('negative');
  });

  it('register.eventMultiplier 1 turns the rule off', () => {
    const base = createSentimentScorer().score('pasangan nomor dua unggul');
    const off = createSentimentScorer({ rules: { register: { opinionWords: [], opinionMarks: '', eventMultiplier: 1 } } }).score('pasangan nomor dua unggul');
    expect(base.label).toBe('neutral');
    expect(off.label).toBe('positive');
  });

  it('a replaced lexicon has no event class', () => {
    expect(createSentimentScorer({ lexicon: { menang: 2.5 } }).score('partai menang').label).toBe('positive');
  });
});

describe('polite closing: thanks after a request is a sign-off, not praise', () => {
  it('request + thanks is neutral; thanks for a result stays positive', () => {
    const req = s('Mohon info jadwal perekaman KTP minggu ini, terima kasih.');
    expect(req.label).toBe('neutral');
    expect(req.hits.every((h) => h.weight === 0)).toBe(true);
    expect(req.hits.find((h) => h.lemma === 'terima kasih')!.rules).toContain('closing');
    expect(s('Terima kasih petugas, KTP saya jadi dalam sehari.').label).toBe('positive');
    expect(s('info jadwal perekaman KTP minggu ini, terima kasih').label).toBe('positive');
  });

  it('a complaint closed with thanks stays negative (its evaluation words remain)', () => {
    expect(s('Tolong jalan di depan SD segera diperbaiki, sudah rusak berat. Terima kasih.').label).toBe('negative');
  });

  it('thanks after a fixed fault (no request word) stays praise', () => {
    expect(s('Lampu jalan mati dilaporkan, besoknya sudah diperbaiki. Terima kasih!').label).toBe('positive');
  });
});

describe('rhetorical mana: "mana enak" means "not tasty at all"', () => {
  it('mana before a positive word negates it; question/relative mana does not', () => {
    expect(s('enak').label).toBe('positive');
    expect(s('mana enak antre tiga jam').label).toBe('negative');
    expect(rulesOf('mana enak antre tiga jam', 'enak')).toContain('negated');
    expect(s('di mana tempat yang enak').label).toBe('positive');
    expect(s('yang mana yang enak').label).toBe('positive');
  });

  it('mana does not turn a complaint into praise ("mana laporan saya tidak diproses")', () => {
    expect(s('mana laporan saya tidak diproses').label).toBe('negative');
  });
});

describe('neutral compounds found in this round', () => {
  it('hitung cepat is a quick count, tanggap darurat mitigates the disaster word', () => {
    expect(s('hasil hitung cepat').hits).toEqual([]);
    expect(s('Pemkab menetapkan status tanggap darurat banjir selama 14 hari.').label).toBe('neutral');
  });
});

describe('official requests are not complaint pleas', () => {
  it('an announcement asking citizens to do something is neutral; a citizen plea is not', () => {
    expect(scoreSentiment('Warga dimohon membawa KTP asli saat datang ke kantor Disdukcapil.').label).toBe('neutral');
    expect(scoreSentiment('Mohon DLH segera mengangkut sampah di depan pasar.').label).toBe('negative');
  });
});

describe('requests reach the end of their clause', () => {
  it('a requested fix is a complaint, even several words after the request word', () => {
    expect(scoreSentiment('tolong jalan depan rumah diperbaiki').label).toBe('negative');
    expect(scoreSentiment('mohon lampu jalan di gang kami segera diperbaiki').label).toBe('negative');
    expect(scoreSentiment('jalan depan rumah sudah diperbaiki').label).toBe('positive');
  });
  it('the request scope ends at punctuation', () => {
    const hit = scoreSentiment('tolong ya, petugasnya ramah').hits.find((h) => h.lemma === 'ramah')!;
    expect(hit.rules).not.toContain('irrealis');
  });
});

describe('governance vocabulary', () => {
  it('audit findings and misuse are negative even in news register', () => {
    expect(scoreSentiment('Inspektorat temukan indikasi penyimpangan anggaran di dua OPD').label).toBe('negative');
    expect(scoreSentiment('Dana bantuan diduga diselewengkan oknum').label).toBe('negative');
    expect(scoreSentiment('praktik jual beli jabatan').label).toBe('negative');
  });
});
