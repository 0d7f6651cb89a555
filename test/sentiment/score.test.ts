import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scoreSentiment, createSentimentScorer } from '../../src/sentiment/index';
import { tokenize } from '../../src/text/tokenize';
import { scoreTokens } from '../../src/sentiment/create-scorer';

const s = (t: string) => scoreSentiment(t);
const c = (t: string) => scoreSentiment(t).compound;

describe('scoreSentiment: minimal pairs pin each rule', () => {
  it('negation flips a positive word', () => {
    expect(s('bagus').label).toBe('positive');
    const r = s('tidak bagus');
    expect(r.label).toBe('negative');
    expect(r.hits[0]!.rules).toContain('negated');
  });

  it('slang negators negate too (gak, nggak, ga)', () => {
    expect(s('gak bagus').label).toBe('negative');
    expect(s('pelayanannya nggak ramah').label).toBe('negative');
  });

  it('negator before an intensifier softens: tidak terlalu bagus is weaker than tidak bagus', () => {
    const soft = c('tidak terlalu bagus');
    expect(soft).toBeLessThan(0);
    expect(soft).toBeGreaterThan(c('tidak bagus'));
    expect(s('tidak terlalu bagus').hits[0]!.rules).toEqual(expect.arrayContaining(['intensified', 'negated']));
  });

  it('intensifier before a negator intensifies the negation: sangat tidak bagus', () => {
    expect(c('sangat tidak bagus')).toBeLessThan(c('tidak bagus'));
  });

  it('bukan main is an idiom intensifier, not a negation', () => {
    const r = s('bukan main bagus');
    expect(r.label).toBe('positive');
    expect(r.compound).toBeGreaterThan(c('bagus'));
    expect(r.hits[0]!.rules).toEqual(expect.arrayContaining(['idiom', 'intensified']));
    expect(s('bagus bukan main').compound).toBeGreaterThan(c('bagus'));
  });

  it('idioms where the negator is not a negation', () => {
    expect(s('tidak ada masalah').label).toBe('positive');
    expect(s('rasanya tidak kalah dengan restoran lain').label).toBe('positive');
    expect(s('warga tak henti-hentinya bersyukur').label).toBe('positive');
    expect(s('tidak hanya cepat tetapi juga ramah').label).toBe('positive');
  });

  it('negation scope ends at punctuation', () => {
    // "tidak, ..." — the comma closes the scope, so "bagus" is not negated
    expect(s('Tidak, pelayanannya bagus').label).toBe('positive');
  });

  it('contrast: the clause after tapi carries the point', () => {
    expect(s('bagus, tapi lambat').label).toBe('negative');
    expect(s('lambat, tapi akhirnya beres').label).toBe('positive');
    const hits = s('bagus, tapi lambat').hits;
    expect(hits.every((h) => h.rules.includes('contrast'))).toBe(true);
  });

  it('contrast opening a sentence reaches back into the previous one', () => {
    expect(s('Tempatnya bagus. Tapi pelayanannya lambat sekali.').label).toBe('negative');
  });

  it('concessive clauses weigh less than the main clause', () => {
    expect(s('Walaupun antre, petugasnya ramah dan cepat').label).toBe('positive');
    expect(s('Petugasnya ramah walaupun antrean panjang').hits.find((h) => h.rules.includes('concessive'))).toBeDefined();
  });

  it('intensifiers before and after the word', () => {
    expect(c('sangat ramah')).toBeGreaterThan(c('ramah'));
    expect(c('ramah sekali')).toBeGreaterThan(c('ramah'));
    expect(c('ramah bgt')).toBeGreaterThan(c('ramah'));
    expect(s('ramah banget').hits[0]!.rules).toContain('intensified');
  });

  it('diminishers weaken the following word; lumayan alone is mildly positive', () => {
    expect(c('agak lambat')).toBeGreaterThan(c('lambat'));
    expect(c('agak lambat')).toBeLessThan(0);
    expect(s('agak lambat').hits[0]!.rules).toContain('diminished');
    expect(s('lumayan').label).toBe('positive');
  });

  it('kurang negates what follows and is negative on its own', () => {
    expect(s('kurang ramah').label).toBe('negative');
    expect(s('pelayanannya kurang').label).toBe('negative');
  });

  it('emphasis: exclamation marks, ALL CAPS and elongation strengthen', () => {
    expect(c('pelayanan buruk!')).toBeLessThan(c('pelayanan buruk'));
    expect(s('pelayanan buruk!').hits[0]!.rules).toContain('emphasis');
    const caps = s('pelayanannya BURUK sekali');
    expect(caps.hits[0]!.rules).toContain('caps');
    expect(caps.compound).toBeLessThan(c('pelayanannya buruk sekali'));
    const el = s('mantaaap');
    expect(el.label).toBe('positive');
    expect(el.hits[0]!.rules).toContain('elongated');
  });

  it('a text in all caps is not all emphasis', () => {
    const r = s('JALAN RUSAK');
    expect(r.hits.some((h) => h.rules.includes('caps'))).toBe(false);
  });

  it('reduplication finds the base word (ramah2 → ramah-ramah → ramah)', () => {
    const r = s('petugasnya ramah2');
    expect(r.label).toBe('positive');
    expect(r.hits[0]!.lemma).toBe('ramah');
  });

  it('stem fallback: mengecewakan → kecewa', () => {
    const r = s('kami dikecewakan');
    expect(r.hits[0]!.rules).toContain('stem');
    expect(r.label).toBe('negative');
  });

  it('mitigators keep news about handling a problem neutral', () => {
    expect(s('BPBD melaksanakan simulasi penanganan banjir di Kelurahan Bukit Besar.').label).toBe('neutral');
    expect(s('Banjir merendam rumah warga dan jalan rusak parah.').label).toBe('negative');
  });

  it('request markers imply the quality is missing', () => {
    expect(s('petugas seharusnya lebih ramah').label).toBe('negative');
    expect(s('kebersihan toilet perlu ditingkatkan').label).toBe('negative');
  });

  it('factual news prose is neutral', () => {
    expect(s('Pemkot menggelar rapat koordinasi di kantor wali kota.').label).toBe('neutral');
    expect(s('Bappeda menyusun rencana pembangunan jangka menengah daerah.').label).toBe('neutral');
    expect(s('Rapat paripurna DPRD dijadwalkan Kamis pukul 14.30 WIB.').label).toBe('neutral');
  });

  it('public-service vocabulary from the issue', () => {
    for (const w of ['pungli', 'korupsi', 'mangkrak', 'macet', 'rusak', 'lambat', 'lamban', 'berbelit', 'semrawut', 'kumuh', 'pemadaman', 'keruh']) {
      expect(s(`Warga mengeluhkan ${w}`).label, w).toBe('negative');
    }
    for (const w of ['sigap', 'tanggap', 'transparan', 'ramah', 'cepat', 'tuntas', 'bersih', 'tertib', 'apresiasi', 'mantul', 'keren', 'gercep']) {
      expect(s(`Petugasnya ${w}`).label, w).toBe('positive');
    }
    expect(s('Pemkot kembali meraih opini WTP dari BPK').label).toBe('positive');
    expect(s('Kota ini meraih Adipura').label).toBe('positive');
    expect(s('zonk').label).toBe('negative');
  });

  it('emoji and emoticons score', () => {
    expect(s('👍').label).toBe('positive');
    expect(s('😡').label).toBe('negative');
    expect(s('oke :)').label).toBe('positive');
    expect(s('hmm :(').label).toBe('negative');
  });

  it('hits carry exact offsets into the original text', () => {
    const text = 'Pelayanan  Disdukcapil SANGAT ramah, tapi antrean tidak jelas 😡';
    const r = s(text);
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });

  it('score is the sum of hit weights and compound is within [-1, 1]', () => {
    const r = s('Jalan rusak parah, tolong segera diperbaiki! Petugas ramah.');
    const sum = r.hits.reduce((a, h) => a + h.weight, 0);
    expect(r.score).toBeCloseTo(sum, 10);
    expect(Math.abs(r.compound)).toBeLessThanOrEqual(1);
  });

  it('hanya / cuma opening a clause is a contrast; inside a clause it means "only"', () => {
    // "cuma" is normalized to "hanya" by the tokenizer; both must contrast.
    for (const t of ['Keren, hanya antreannya kacau', 'Keren. Cuma antreannya kacau']) {
      const r = s(t);
      expect(r.label).toBe('negative');
      expect(r.hits[0]!.rules).toContain('contrast');
    }
    // mid-clause "hanya" is not a contrast: no contrast rule on any hit
    const mid = s('Prosesnya cepat hanya lima menit');
    expect(mid.label).toBe('positive');
    expect(mid.hits.every((h) => !h.rules.includes('contrast'))).toBe(true);
  });

  it('a contrast word opening a sentence reaches back into the previous sentence', () => {
    const r = s('Enak. Tapi mahal.');
    expect(r.hits[0]!.rules).toContain('contrast');
    expect(r.label).toBe('negative');
  });

  it('a clitic on a known word is looked up before the stem: kebersihannya is the neutral aspect noun', () => {
    expect(s('kebersihan').label).toBe('neutral');
    expect(s('kebersihannya').label).toBe('neutral');
    expect(s('kebersihannya kurang dijaga').label).toBe('negative');
    expect(s('bersihnya').label).toBe('positive');
  });

  it('jangan before a negative word is a request, not praise', () => {
    expect(c('jangan dipersulit')).toBeLessThanOrEqual(0);
    expect(c('tidak sulit')).toBeGreaterThan(0);
    expect(s('jangan ragu').label).not.toBe('negative');
  });

  it('stem false friends: tercapai (achieved) is not capai (tired); berlaku is not laku', () => {
    expect(s('target tercapai').label).toBe('positive');
    expect(s('target tidak tercapai').label).toBe('negative');
    expect(s('aturan berlaku mulai besok').label).toBe('neutral');
  });
});

describe('robustness', () => {
  it('constructor, __proto__, toString, hasOwnProperty are ordinary words', () => {
    for (const w of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
      const r = s(`${w} ${w} bagus`);
      expect(Number.isFinite(r.score), w).toBe(true);
      expect(typeof r.score).toBe('number');
      expect(r.label).toBe('positive');
      expect(r.hits.length).toBe(1);
    }
  });

  it('non-string input throws TypeError naming the argument', () => {
    expect(() => scoreSentiment(42 as unknown as string)).toThrow(TypeError);
    expect(() => scoreSentiment(null as unknown as string)).toThrow(/text/);
    expect(() => scoreSentiment(undefined as unknown as string)).toThrow(TypeError);
    expect(() => createSentimentScorer().score({} as unknown as string)).toThrow(TypeError);
  });

  it('empty and whitespace-only text is neutral with zero score', () => {
    for (const t of ['', '   ', '\n\t', '...', '\u200b']) {
      const r = s(t);
      expect(r).toEqual({ score: 0, compound: 0, label: 'neutral', hits: [] });
    }
  });

  it('property: any string gives finite numbers, a valid label and exact offsets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const r = scoreSentiment(text);
        expect(Number.isFinite(r.score)).toBe(true);
        expect(Number.isFinite(r.compound)).toBe(true);
        expect(r.compound).toBeGreaterThanOrEqual(-1);
        expect(r.compound).toBeLessThanOrEqual(1);
        expect(['positive', 'neutral', 'negative']).toContain(r.label);
        for (const h of r.hits) {
          expect(Number.isFinite(h.weight)).toBe(true);
          expect(text.slice(h.start, h.end)).toBe(h.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('property: sentiment words inside arbitrary text keep exact offsets', () => {
    const words = fc.constantFrom('tidak', 'bagus', 'sangat', 'tapi', 'lambat', 'ramah2', 'bukan main', '!', ',', '😡', 'BURUK', 'mantaaap', '#PangkalpinangHebat', 'constructor', ' ');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        const r = scoreSentiment(text);
        expect(Number.isFinite(r.score)).toBe(true);
        for (const h of r.hits) expect(text.slice(h.start, h.end)).toBe(h.text);
      }),
      { numRuns: 300 },
    );
  });

  it('long and flooded input stays finite (linear pass)', () => {
    const long = 'Jalan rusak parah tapi petugas sigap. '.repeat(20_000);
    const r = s(long);
    expect(Number.isFinite(r.score)).toBe(true);
    expect(r.label).not.toBe(undefined);
    const flood = '😡'.repeat(50_000);
    expect(Number.isFinite(s(flood).compound)).toBe(true);
    const bangs = 'bagus' + '!'.repeat(100_000);
    expect(s(bangs).label).toBe('positive');
  });

  it('scoreTokens on pre-tokenized text equals scoreSentiment', () => {
    const text = 'Pelayanan Disdukcapil cepat, tapi antreannya tidak jelas';
    expect(scoreTokens(tokenize(text), text)).toEqual(scoreSentiment(text));
  });
});
