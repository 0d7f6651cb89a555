import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../src/index';
import { informationQuestions } from '../../src/topics';
import { splitSentences, tokenize } from '../../src/text';

const aspects = (text: string): [string, string][] => analyze(text).topics.map((t) => [t.id, t.label]);

describe('aspect sentiment (clause machinery shared with targets)', () => {
  it('splits a contrast: the clinic is praised, the road is not', () => {
    expect(aspects('Puskesmas ramah, tapi jalan ke sana rusak')).toEqual([
      ['health', 'positive'],
      ['service', 'positive'],
      ['roads', 'negative'],
    ]);
  });

  it('each topic gets the hits of its own clause; spans are slices of the text', () => {
    const text = 'Sampah sudah diangkut rutin, terima kasih. Tapi lampu jalan di gang kami mati total.';
    const a = analyze(text);
    const waste = a.topics.find((t) => t.id === 'waste')!;
    const lighting = a.topics.find((t) => t.id === 'lighting')!;
    expect(waste.label).toBe('positive');
    expect(lighting.label).toBe('negative');
    for (const t of a.topics) for (const s of t.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
    for (const h of lighting.hits) expect(h.start).toBeGreaterThanOrEqual(text.indexOf('Tapi'));
  });

  it('other carries the whole-text sentiment', () => {
    const a = analyze('Upacara tadi pagi lancar dan khidmat, mantap');
    expect(a.topics).toHaveLength(1);
    expect(a.topics[0]).toMatchObject({ id: 'other', label: a.sentiment.label, compound: a.sentiment.compound, cues: [] });
  });

  it('an information request is neutral for its topic; a rhetorical question is not', () => {
    expect(aspects('Mohon info, rute angkot ke terminal masih beroperasi atau sudah dihapus?')).toEqual([['traffic', 'neutral']]);
    expect(aspects('Jalan berlubang, kok belum diperbaiki juga?')[0]).toEqual(['roads', 'negative']);
  });
});

describe('attribution', () => {
  it('a post that names no agency gets the usual agency as implied', () => {
    const [t] = analyze('jalan rusak parah di depan rumah').topics;
    expect(t).toMatchObject({ id: 'roads', attribution: 'implied', agencies: ['dinas.pupr'] });
  });

  it('an agency named in the clause of a cue is explicit', () => {
    const a = analyze('Disdukcapil lemot');
    expect(a.topics.map((t) => [t.id, t.attribution, t.agencies])).toEqual([
      ['civil-registry', 'explicit', ['dinas.dukcapil']],
      ['service', 'explicit', ['dinas.dukcapil']],
    ]);
  });

  it('an agency in another clause does not take a topic that is not its own', () => {
    const a = analyze('Dinkes sigap, tapi jalan ke puskesmas rusak');
    const roads = a.topics.find((t) => t.id === 'roads')!;
    expect(roads).toMatchObject({ attribution: 'implied', agencies: ['dinas.pupr'] });
    expect(a.topics.find((t) => t.id === 'health')).toMatchObject({ attribution: 'explicit', agencies: ['dinas.kesehatan'] });
  });

  it('topics: false switches the stage off', () => {
    expect(createAnalyzer({ topics: false }).analyze('jalan rusak').topics).toEqual([]);
    expect(() => createAnalyzer({ topics: true } as never)).toThrow(/topics/);
  });

  it('a city tagger flows through analyze()', () => {
    const a = createAnalyzer({ topics: { topics: [{ id: 'tourism', agencies: ['dinas.pariwisata'], cues: ['wisata*'] }] } });
    expect(a.analyze('tempat wisata kotor, sampah di mana-mana').topics.map((t) => [t.id, t.agencies])).toEqual([
      ['tourism', ['dinas.pariwisata']],
      ['waste', ['dinas.lingkunganhidup']],
    ]);
  });
});

describe('informationQuestions', () => {
  const q = (text: string) => informationQuestions(text, splitSentences(text), tokenize(text)).map((s) => s.text);
  it('finds asking sentences only', () => {
    expect(q('Kapan pencairan PKH triwulan ini?')).toEqual(['Kapan pencairan PKH triwulan ini?']);
    expect(q('Kok bisa keluar izinnya?')).toEqual([]);
    expect(q('Ini pungli kan??')).toEqual([]);
    expect(q('Jalan rusak. Kapan diperbaiki ya min? 🙏')).toEqual(['Kapan diperbaiki ya min?']);
  });
});
