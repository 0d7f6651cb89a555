import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTopicTagger, tagTopics } from '../../src/topics';

const ids = (text: string): string[] => tagTopics(text).map((t) => t.id);

describe('tagTopics', () => {
  it('finds several topics in one post, in text order, with exact cue offsets', () => {
    const text = 'Lampu jalan mati, jalan berlubang, genangan di mana2. Pulang malam serasa uji nyali';
    const topics = tagTopics(text);
    expect(topics.map((t) => t.id)).toEqual(['lighting', 'roads', 'flooding']);
    for (const t of topics) {
      expect(t.score).toBeGreaterThanOrEqual(1);
      for (const c of t.cues) expect(text.slice(c.start, c.end)).toBe(c.text);
    }
    expect(topics[0]!.cues[0]).toEqual({ text: 'Lampu jalan', start: 0, end: 11 });
  });

  it('returns other (score 0, no cues) when nothing matches', () => {
    expect(tagTopics('Selamat pagi semua, semoga sehat selalu')).toEqual([{ id: 'other', score: 0, cues: [] }]);
    expect(tagTopics('')).toEqual([{ id: 'other', score: 0, cues: [] }]);
  });

  it('reads norms: slang, elongation and capitals match like the formal word', () => {
    expect(ids('PELAYANANNYA LEMOTTT')).toContain('service');
    expect(ids('lampu jln mati')).toEqual(['lighting']);
    expect(ids('jalannn rusakkk parahhh')).toEqual(['roads']);
    expect(ids('BAUUU BANGET TPS DI DEPAN MASJID')).toEqual(['waste']);
  });

  it('matches clitics, reduplication and starred stems', () => {
    expect(ids('lubangnya makin dalam')).toEqual(['roads']);
    expect(ids('kebanjiran lagi')).toEqual(['flooding']);
    expect(ids('bpbd-nya belum datang')).toContain('disaster');
  });

  it('blockers stop other senses of cue words', () => {
    expect(ids('Akhir pekan enaknya jalan-jalan ke pantai')).toEqual(['other']);
    expect(ids('air mata saya tumpah nonton film itu')).toEqual(['other']);
    expect(ids('dapat lampu hijau buat kerja di Jakarta')).toEqual(['other']);
    expect(ids('pasar kerja lagi sepi')).toEqual(['other']);
    // the sense that is a topic is still found
    expect(ids('harga diri pedagang dan dagangannya diinjak-injak Satpol PP')).toEqual(['markets', 'public-order']);
    expect(ids('harga diri kami diinjak-injak')).toEqual(['other']);
    expect(ids('gepeng makin banyak di lampu merah Semabung')).toEqual(['public-order']);
    expect(ids('lampu merah di perempatan mati total')).toEqual(['traffic']);
  });

  it('a weak cue alone is not a topic, two together are', () => {
    expect(ids('jalan ke sana jauh')).toEqual(['other']);
    expect(ids('jalan ke sana rusak')).toEqual(['roads']);
  });

  it('reads hashtags and multi-word slang norms, with the whole token as the span', () => {
    const text = 'tolong #LampuJalanMati di gang kami';
    const [t] = tagTopics(text);
    expect(t!.id).toBe('lighting');
    expect(text.slice(t!.cues[0]!.start, t!.cues[0]!.end)).toBe('#LampuJalanMati');
  });

  it('treats constructor, __proto__ and toString as ordinary words', () => {
    expect(ids('constructor __proto__ toString hasOwnProperty')).toEqual(['other']);
    expect(ids('sampah __proto__ numpuk')).toEqual(['waste']);
  });

  it('throws TypeError naming the argument for a non-string', () => {
    expect(() => tagTopics(42 as unknown as string)).toThrow(/argument "text" must be a string/);
    expect(() => createTopicTagger().tag(null as unknown as string)).toThrow(TypeError);
  });

  it('survives large and hostile input (emoji flood, 1 MB of cues)', () => {
    expect(ids('😡'.repeat(200_000))).toEqual(['other']);
    const big = 'jalan rusak, sampah numpuk. '.repeat(40_000);
    const topics = tagTopics(big);
    expect(topics.map((t) => t.id)).toEqual(['roads', 'waste']);
    expect(topics[0]!.cues).toHaveLength(40_000);
  });

  it('every cue on the dev fixture is an exact slice of its post', () => {
    const lines = readFileSync(join(__dirname, '../../fixtures/topics/posts-dev.jsonl'), 'utf8').trim().split('\n');
    let cues = 0;
    for (const line of lines) {
      const { text } = JSON.parse(line) as { text: string };
      for (const t of tagTopics(text)) {
        for (const c of t.cues) {
          expect(text.slice(c.start, c.end)).toBe(c.text);
          cues++;
        }
      }
    }
    expect(cues).toBeGreaterThan(400);
  });
});

describe('createTopicTagger', () => {
  it('adds a city topic with its own cues, agencies and blockers', () => {
    const tagger = createTopicTagger({
      topics: [{ id: 'tourism', name: 'Pariwisata', agencies: ['dinas.pariwisata'], cues: ['wisata*', { cue: 'tiket masuk', weight: 0.5 }] }],
      blockers: ['wisata kuliner'],
    });
    expect(tagger.tag('Objek wisata Pantai Tikus kotor dan bau').map((t) => t.id)).toEqual(['tourism', 'waste']);
    expect(tagger.tag('tempat berwisata baru').map((t) => t.id)).toEqual(['tourism']); // stem of berwisata
    expect(tagger.tag('tiket masuk mahal').map((t) => t.id)).toEqual(['other']); // weight 0.5 < threshold
    expect(tagger.tag('wisata kuliner malam').map((t) => t.id)).toEqual(['other']);
    expect(tagger.topic('tourism')).toEqual({ id: 'tourism', name: 'Pariwisata', description: '', agencies: ['dinas.pariwisata'] });
    expect(tagger.topics.at(-1)!.id).toBe('tourism');
  });

  it('changes a built-in topic (agencies replaced, cues added)', () => {
    const tagger = createTopicTagger({ topics: [{ id: 'lighting', agencies: ['dinas.perkim'], cues: ['lampu kota'] }] });
    expect(tagger.topic('lighting')!.agencies).toEqual(['dinas.perkim']);
    expect(tagger.tag('lampu kota padam').map((t) => t.id)).toEqual(['lighting']);
    expect(tagger.tag('lampu jalan mati').map((t) => t.id)).toEqual(['lighting']);
    // the default tagger is not affected
    expect(createTopicTagger().topic('lighting')!.agencies).toEqual(['dinas.perhubungan']);
  });

  it('replace: true drops the built-in taxonomy but keeps other', () => {
    const tagger = createTopicTagger({ replace: true, topics: [{ id: 'tourism', cues: ['wisata'] }] });
    expect(tagger.topics.map((t) => t.id)).toEqual(['tourism', 'other']);
    expect(tagger.tag('jalan rusak parah')).toEqual([{ id: 'other', score: 0, cues: [] }]);
  });

  it('a lower threshold reports weak cues', () => {
    expect(createTopicTagger({ threshold: 0.5 }).tag('jalan ke sana jauh').map((t) => t.id)).toEqual(['roads']);
  });

  it('validates options with errors that name the field', () => {
    expect(() => createTopicTagger({ topics: [{ id: 'Bad Id' }] })).toThrow(/topics\.0\.id/);
    expect(() => createTopicTagger({ topics: [{ id: 'x', cues: ['Jalan  Rusak'] }] })).toThrow(/topics\.0\.cues\.0/);
    expect(() => createTopicTagger({ topics: [{ id: 'x', cues: [{ cue: 'a', weight: 9 }] }] })).toThrow(/weight/);
    expect(() => createTopicTagger({ threshold: -1 })).toThrow(/threshold/);
    expect(() => createTopicTagger({ colour: 'red' } as never)).toThrow(TypeError);
  });
});

describe('tagging over the tape (analyze) agrees with tagTokens over Token[]', () => {
  it('gives the same topics after the vocabulary has grown, in any case and with slang', async () => {
    const { createAnalyzer } = await import('../../src/analyze');
    const { tokenize } = await import('../../src/text/index');
    const texts = [
      'Lampu jalan mati, jalan berlubang, genangan di mana2',
      'LAMPU JALAN MATI lagi, Jalan Berlubang dibiarkan',
      'sinyal lemot bgt, internet desa gak nyampe',
      'Akhir pekan enaknya jalan-jalan ke pantai',
      'sampahnya numpuk, bau #SampahNumpuk',
      'Antrean puskesmas lama, petugas judes',
    ];
    const analyzer = createAnalyzer();
    const tagger = createTopicTagger();
    // words seen first one by one, then many new ones: the per-word memo must not mix them up
    for (const t of texts) for (const w of t.split(/\s+/)) analyzer.analyze(w);
    for (let k = 0; k < 300; k++) analyzer.analyze(`katabaru${k} jalan rusak`);
    for (const t of texts) {
      const viaTape = analyzer.analyze(t).topics.map((x) => [x.id, x.cues]);
      const viaTokens = tagger.tagTokens(tokenize(t), t).map((x) => [x.id, x.cues]);
      expect(viaTape).toEqual(viaTokens);
    }
  });
});
