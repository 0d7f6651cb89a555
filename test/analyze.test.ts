import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyze, createAnalyzer } from '../src/analyze';
import { scoreSentiment } from '../src/sentiment/index';

describe('analyze', () => {
  it('returns tokens, sentences, sentiment, entities and targets from one pass', () => {
    const text = 'Dinkes sigap, tapi Dishub lamban.';
    const a = analyze(text);
    expect(a.tokens.length).toBeGreaterThan(5);
    for (const t of a.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(a.sentences).toHaveLength(1);
    expect(a.entities.map((m) => m.id)).toEqual(['dinas.kesehatan', 'dinas.perhubungan']);
    expect(a.targets.map((t) => [t.id, t.label])).toEqual([
      ['dinas.kesehatan', 'positive'],
      ['dinas.perhubungan', 'negative'],
    ]);
  });

  it('matches aliases on the original surface, before slang normalization', () => {
    const a = analyze('kominfo pkp lemot, dishub pkp jg, satpol pp pemkot mana?');
    expect(a.entities.filter((m) => m.kind === 'opd').map((m) => m.id)).toEqual(['dinas.kominfo', 'dinas.perhubungan', 'satpolpp']);
  });

  it('passes stage options through; invalid options name the field', () => {
    const an = createAnalyzer({ entities: { defaultRegion: '19.71' } });
    expect(an.analyze('BKD lambat').entities[0]!.id).toBe('bpkad');
    expect(() => createAnalyzer({ entities: { defaultRegion: 'x' } })).toThrow(/defaultRegion/);
    expect(() => createAnalyzer({ bogus: 1 } as never)).toThrow(TypeError);
    expect(() => analyze(3 as unknown as string)).toThrow(/"text"/);
  });

  it('any string: no throw and target mentions are among the entities', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('Dinkes', 'bagus', 'tapi', 'Dishub', 'jelek', '.', ',', ' ', '😡', 'tidak'), { maxLength: 25 }).map((x) => x.join(' '))), (text) => {
        const a = analyze(text);
        const ids = new Set(a.entities.map((m) => m.id));
        return a.targets.every((t) => ids.has(t.id) && t.compound >= -1 && t.compound <= 1);
      }),
      { numRuns: 200 },
    );
  });
});

describe('analyze uses the root dictionary as the normalizer vocabulary', () => {
  it('segments lowercase hashtags and decodes leetspeak into dictionary words', () => {
    const norms = analyze('#layananpublikprima s3m4ngat kereeen').tokens.map((t) => t.norm);
    expect(norms).toEqual(['layanan publik prima', 'semangat', 'keren']);
  });
});

describe('analyze and scoreSentiment agree', () => {
  it('segments lowercase hashtags into affixed words, not short roots', () => {
    expect(analyze('#pelayananburuk').tokens[0]!.norm).toBe('pelayanan buruk');
  });
  it('gives the same sentiment as scoreSentiment for hashtags, leetspeak and elongation', () => {
    for (const t of ['#pelayananburuk parah', 's3m4ngat bgt kereeen!', 'mantaaaap #jalanrusak']) {
      expect(analyze(t).sentiment).toEqual(scoreSentiment(t));
    }
  });
});

describe('analyze with a per-text date', () => {
  it('passes the date to the tagger', () => {
    const a = createAnalyzer({ entities: { defaultRegion: '19.71' } });
    expect(a.analyze('Dinsos menangani kasus kekerasan', { date: '2018-05-01' }).entities[0]!.name).toBe('Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak');
    expect(a.analyze('Dinsos menangani kasus kekerasan').entities[0]!.name).toBe('Dinas Sosial');
  });
});

describe('analyze: punctuation floods', () => {
  it("'!'.repeat(5e7) is one token, one sentence, neutral, in bounded memory", () => {
    const before = process.memoryUsage().heapUsed;
    const text = '!'.repeat(5e7);
    const a = analyze(text);
    expect(a.tokens.map((t) => [t.type, t.start, t.end])).toEqual([['punctuation', 0, 5e7]]);
    expect(a.sentences.map((s) => [s.start, s.end])).toEqual([[0, 5e7]]);
    expect(a.sentiment.label).toBe('neutral');
    // One token object instead of 5e7 (which needed > 1.6 GB per 10 MB): the
    // growth is the 50 MB input and its analysis, far under the old cost.
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('a flood inside a post keeps the words around it and their sentiment', () => {
    const text = `Pelayanan bagus${'!'.repeat(1e6)} Tapi jalan rusak parah.`;
    const a = analyze(text);
    expect(a.tokens.find((t) => t.type === 'punctuation')).toMatchObject({ start: 15, end: 15 + 1e6 });
    expect(a.sentiment.hits.map((h) => h.norm)).toEqual(scoreSentiment(text).hits.map((h) => h.norm));
    expect(a.sentences).toHaveLength(2);
  });
});


describe('analyze cuts clauses once for targets and topics', () => {
  // analyze() passes one set of clause blocks to both stages; each stage,
  // called alone, cuts its own. The results must be the same.
  const texts = [
    'Puskesmas Gerunggang ramah, tapi jalan ke sana rusak parah',
    'Dishub lamban, DLH sigap angkut sampah. Tapi lampu jalan masih mati',
    'air PDAM keruh dari kemarin tp petugasnya cepat datang',
    'Wali Kota meresmikan pasar baru; harga cabai naik lagi',
  ];
  it.each(texts)('%s', async (text) => {
    const { targetSentiments } = await import('../src/entities/targets');
    const { topicSentiments } = await import('../src/topics/aspects');
    const { tagTopics, createTopicTagger } = await import('../src/topics/index');
    const a = analyze(text);
    const base = { text, sentences: a.sentences, tokens: a.tokens, sentiment: a.sentiment, mentions: a.entities };
    expect(a.targets).toEqual(targetSentiments(base));
    const tagger = createTopicTagger();
    expect(tagTopics(text).length).toBeGreaterThan(0);
    expect(a.topics).toEqual(topicSentiments({ ...base, topics: tagger.tagTokens(a.tokens, text), taxonomy: tagger }));
  });
});
