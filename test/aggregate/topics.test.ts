import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAggregator, restoreAggregator, type AggregateRecord } from '../../src/aggregate';
import { analyze } from '../../src/analyze';

// Posts written for this test; each is analysed once (analyze is deterministic).
const TEXTS = [
  'Jalan berlubang di depan rumah, motor jatuh lagi',
  'Terima kasih, jalan kampung kami sudah diaspal',
  'Disdukcapil lemot, KTP belum jadi 2 bulan',
  'Pelayanan Disdukcapil cepat dan ramah',
  'Sampah numpuk, selokan mampet, pas hujan banjir',
  'Puskesmas ramah, tapi jalan ke sana rusak',
  'Selamat pagi semua',
  'Dinkes sigap, tapi jalan ke puskesmas rusak',
  'constructor __proto__ sampah',
];
const ANALYSES = TEXTS.map((t) => analyze(t));

function rec(i: number, extra: Partial<AggregateRecord> = {}): AggregateRecord {
  return { id: `p${i}`, text: TEXTS[i]!, analysis: ANALYSES[i]!, ...extra };
}

describe('grouping by topic', () => {
  it('counts each topic of a post once, with its aspect label', () => {
    const agg = createAggregator({ by: ['topic'] });
    agg.add(rec(5)); // health +, service +, roads −
    agg.add(rec(0)); // roads −
    const rows = agg.rows();
    expect(rows.map((r) => [r.topic, r.count, r.positive, r.negative])).toEqual([
      ['health', 1, 1, 0],
      ['roads', 2, 0, 2],
      ['service', 1, 1, 0],
    ]);
    const roads = rows.find((r) => r.topic === 'roads')!;
    // examples keep the cue spans next to the sentiment hits, both slices of the kept text
    for (const e of roads.negativeExamples) {
      expect(e.cues!.length).toBeGreaterThan(0);
      for (const c of e.cues!) expect(e.text!.slice(c.start, c.end).length).toBe(c.end - c.start);
    }
    expect(roads.negativeShare.share).toBe(1);
    expect(roads.negativeShare.low).toBeGreaterThan(0);
  });

  it('entity × topic inserts attribution and keeps explicit apart from implied', () => {
    const agg = createAggregator({ by: ['entity', 'topic', 'day'] });
    expect(agg.options.by).toEqual(['entity', 'topic', 'attribution', 'day']);
    for (const i of [0, 2, 3, 6, 7]) agg.add(rec(i, { date: '2026-10-01' }));
    const keys = agg.rows().map((r) => [r.entity, r.topic, r.attribution, r.count]);
    expect(keys).toContainEqual(['dinas.dukcapil', 'civil-registry', 'explicit', 2]);
    expect(keys).toContainEqual(['dinas.pupr', 'roads', 'implied', 2]); // one post names no agency, one names Dinkes in another clause
    expect(keys).toContainEqual(['dinas.kesehatan', 'health', 'explicit', 1]);
    expect(keys).toContainEqual([null, 'other', null, 1]);
    expect(agg.rows().find((r) => r.entity === 'dinas.dukcapil')!.entityName).toBe('Dinas Kependudukan dan Pencatatan Sipil');
  });

  it('needs analysis.topics', () => {
    const agg = createAggregator({ by: ['topic'] });
    const { sentiment, entities, targets } = ANALYSES[0]!;
    expect(() => agg.add({ analysis: { sentiment, entities, targets } })).toThrow(/topics/);
    expect(() => agg.add({ analysis: { sentiment, entities, targets, topics: 'x' as never } })).toThrow(TypeError);
  });

  it('restores a topic state with its cue spans', () => {
    const agg = createAggregator({ by: ['entity', 'topic'] });
    for (let i = 0; i < TEXTS.length; i++) agg.add(rec(i));
    const back = restoreAggregator(JSON.stringify(agg.toJSON()));
    expect(back.rows()).toEqual(agg.rows());
    expect(back.options.by).toEqual(['entity', 'topic', 'attribution']);
  });
});

describe('merge equals whole, with topics (property)', () => {
  const recordArb = fc
    .record({
      i: fc.integer({ min: 0, max: TEXTS.length - 1 }),
      id: fc.option(fc.constantFrom('a', 'b', 'c', 'd'), { nil: undefined }),
      day: fc.integer({ min: 0, max: 20 }),
      source: fc.option(fc.constantFrom('twitter', 'lapor'), { nil: undefined }),
    })
    .map((r): AggregateRecord => ({
      ...(r.id !== undefined ? { id: r.id } : {}),
      ...(r.source !== undefined ? { source: r.source } : {}),
      date: new Date(Date.UTC(2026, 9, 1 + r.day, 3)).toISOString(),
      text: TEXTS[r.i]!,
      analysis: ANALYSES[r.i]!,
    }));

  it('random shards merged in random order give exactly the rows and state of one aggregator', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 40 }),
        fc.constantFrom<Array<'entity' | 'topic' | 'region' | 'source' | 'day' | 'week' | 'month'>>(
          ['entity', 'topic', 'week'],
          ['topic', 'day'],
          ['topic', 'region', 'month'],
          ['entity', 'topic', 'region', 'source', 'day'],
        ),
        fc.integer({ min: 1, max: 4 }),
        fc.infiniteStream(fc.nat()),
        fc.boolean(),
        (records, by, shardCount, randomness, viaJson) => {
          const options = { by, examples: 2 };
          const whole = createAggregator(options);
          for (const r of records) whole.add(r);
          const shards = Array.from({ length: shardCount }, () => createAggregator(options));
          const it = randomness[Symbol.iterator]();
          const next = () => it.next().value as number;
          for (const r of records) shards[next() % shardCount]!.add(r);
          const order = shards.map((s, i) => ({ s, k: next() + i / 10 })).sort((a, b) => a.k - b.k);
          const merged = createAggregator(options);
          for (const { s } of order) merged.merge(viaJson ? restoreAggregator(JSON.stringify(s.toJSON())) : s);
          expect(merged.rows()).toEqual(whole.rows());
          expect(merged.toJSON()).toEqual(whole.toJSON());
        },
      ),
      { numRuns: 150 },
    );
  });
});

