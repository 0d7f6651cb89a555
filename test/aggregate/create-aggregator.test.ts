import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAggregator, restoreAggregator, type AggregateRecord } from '../../src/aggregate';
import { hit, record } from './fixtures';

describe('per-group formulas (hand-computed)', () => {
  // Four posts about Dishub on one day: compounds 0.6, −0.8, −0.2, 0.0 → labels +, −, −, 0.
  const agg = createAggregator({ by: ['entity', 'day'] });
  const posts = [
    { id: 'a', compound: 0.6, hits: [hit('ramah', 0, 2)] },
    { id: 'b', compound: -0.8, hits: [hit('lambat', 0, -2), hit('rusak', 7, -1.5)] },
    { id: 'c', compound: -0.2, hits: [hit('lambat', 0, -1)] },
    { id: 'd', compound: 0 },
  ];
  for (const p of posts) {
    agg.add(
      record({
        id: p.id,
        date: '2024-03-05T10:00',
        compound: p.compound,
        targets: [{ id: 'dinas.perhubungan', name: 'Dinas Perhubungan', compound: p.compound, hits: p.hits ?? [] }],
      }),
    );
  }
  const [row] = agg.rows();

  it('counts and shares', () => {
    expect(agg.rows()).toHaveLength(1);
    expect(row).toMatchObject({
      entity: 'dinas.perhubungan',
      entityName: 'Dinas Perhubungan',
      bucket: '2024-03-05',
      count: 4,
      positive: 1,
      negative: 2,
      neutral: 1,
      net: (1 - 2) / 4,
    });
    expect(row!.positiveShare.share).toBe(0.25);
    expect(row!.negativeShare.share).toBe(0.5);
    // Wilson 2/4: centre = (0.5 + 0.480182)/1.960365 = 0.5, half = 1.959964·√(0.0625+0.060023)/1.960365 = 0.349961
    expect(row!.negativeShare.low).toBeCloseTo(0.150039, 5);
    expect(row!.negativeShare.high).toBeCloseTo(0.849961, 5);
  });

  it('mean and median compound', () => {
    // (0.6 − 0.8 − 0.2 + 0) / 4, summed in micro-units so it is exactly −0.1
    expect(row!.meanCompound).toBe(-0.1);
    expect(row!.medianCompound).toBe(-0.1); // (−0.2 + 0) / 2
  });

  it('top terms with counts and summed weights, count desc then term', () => {
    expect(row!.topNegativeTerms).toEqual([
      { term: 'lambat', count: 2, weight: -3 },
      { term: 'rusak', count: 1, weight: -1.5 },
    ]);
    expect(row!.topPositiveTerms).toEqual([{ term: 'ramah', count: 1, weight: 2 }]);
  });

  it('examples for each extreme, most extreme first', () => {
    expect(row!.negativeExamples.map((e) => e.id)).toEqual(['b', 'c']);
    expect(row!.positiveExamples.map((e) => e.id)).toEqual(['a']);
  });
});

describe('what is counted', () => {
  it('a post about two agencies counts for each, with the sentiment aimed at each', () => {
    const agg = createAggregator({ by: ['entity'] });
    agg.add(
      record({
        id: 'x',
        compound: 0.1,
        targets: [
          { id: 'dinas.kesehatan', compound: 0.7 },
          { id: 'dinas.perhubungan', compound: -0.6 },
        ],
      }),
    );
    const rows = agg.rows();
    expect(rows.map((r) => [r.entity, r.positive, r.negative])).toEqual([
      ['dinas.kesehatan', 1, 0],
      ['dinas.perhubungan', 0, 1],
    ]);
    expect(agg.documents).toBe(1);
  });

  it('posts without an agency land in entity null, sorted last', () => {
    const agg = createAggregator({ by: ['entity'] });
    agg.add(record({ id: '1', compound: -0.5 }));
    agg.add(record({ id: '2', compound: 0.5, targets: [{ id: 'b', compound: 0.5 }] }));
    expect(agg.rows().map((r) => r.entity)).toEqual(['b', null]);
  });

  it('without entity in by, each post counts once with whole-text sentiment', () => {
    const agg = createAggregator({ by: ['source'] });
    agg.add(record({ source: 'twitter', compound: 0.5, targets: [{ id: 'a', compound: -0.9 }, { id: 'b', compound: -0.9 }] }));
    expect(agg.rows()).toHaveLength(1);
    expect(agg.rows()[0]).toMatchObject({ source: 'twitter', count: 1, positive: 1 });
  });

  it('region: from the agency mention with entity, from every region mentioned without', () => {
    const withEntity = createAggregator({ by: ['entity', 'region'] });
    withEntity.add(record({ compound: 0, targets: [{ id: 'a', compound: 0, region: 'Kota Pangkalpinang' }] }));
    expect(withEntity.rows()[0]).toMatchObject({ entity: 'a', region: 'Kota Pangkalpinang' });
    const byRegion = createAggregator({ by: ['region'] });
    byRegion.add(record({ compound: 0, regions: ['Kabupaten Bangka', 'Kota Pangkalpinang'] }));
    byRegion.add(record({ compound: 0 }));
    expect(byRegion.rows().map((r) => [r.region, r.count])).toEqual([
      ['Kabupaten Bangka', 1],
      ['Kota Pangkalpinang', 1],
      [null, 1],
    ]);
  });

  it('by: [] gives one overall group; records without a date get bucket null', () => {
    const all = createAggregator({ by: [] });
    all.add(record({ compound: 0.3 }));
    all.add(record({ compound: -0.3 }));
    expect(all.rows()).toHaveLength(1);
    expect(all.rows()[0]).toMatchObject({ count: 2, net: 0 });
    const daily = createAggregator({ by: ['day'] });
    daily.add(record({ compound: 0 }));
    expect(daily.rows()[0]!.bucket).toBeNull();
  });

  it('buckets by the configured zone', () => {
    const wit = createAggregator({ by: ['day'], timezone: 'Asia/Jayapura' });
    wit.add(record({ compound: 0, date: '2024-03-05T15:30:00Z' }));
    expect(wit.rows()[0]!.bucket).toBe('2024-03-06');
  });

  it('terms named like Object.prototype members are ordinary terms', () => {
    const agg = createAggregator({ by: [] });
    agg.add(
      record({
        compound: -0.5,
        hits: [hit('constructor', 0, -1), hit('__proto__', 12, -1), hit('toString', 22, -1), hit('hasOwnProperty', 31, -1)],
      }),
    );
    expect(agg.rows()[0]!.topNegativeTerms.map((t) => t.term).sort()).toEqual(
      ['__proto__', 'constructor', 'hasOwnProperty', 'toString'].sort(),
    );
    expect(restoreAggregator(JSON.stringify(agg.toJSON())).rows()).toEqual(agg.rows());
  });

  it('examples keep the text (cut) and hits inside it for highlighting', () => {
    const agg = createAggregator({ by: [], exampleChars: 10 });
    agg.add(
      record({ id: 'p', text: 'jalan rusak parah sekali', compound: -0.7, hits: [hit('rusak', 6, -1), hit('parah', 12, -1)] }),
    );
    expect(agg.rows()[0]!.negativeExamples).toEqual([
      { id: 'p', compound: -0.7, text: 'jalan rusa', hits: [] },
    ]);
    const full = createAggregator({ by: [] });
    full.add(record({ id: 'p', text: 'jalan rusak', compound: -0.7, hits: [hit('rusak', 6, -1)] }));
    expect(full.rows()[0]!.negativeExamples[0]!.hits).toEqual([{ start: 6, end: 11, weight: -1 }]);
  });

  it('example ties break by id, whatever the insertion order', () => {
    const ids = ['d', 'b', 'a', 'c'];
    const make = (order: string[]) => {
      const agg = createAggregator({ by: [], examples: 2 });
      for (const id of order) agg.add(record({ id, compound: -0.5 }));
      return agg.rows()[0]!.negativeExamples.map((e) => e.id);
    };
    expect(make(ids)).toEqual(['a', 'b']);
    expect(make([...ids].reverse())).toEqual(['a', 'b']);
  });
});

describe('validation', () => {
  it('rejects bad options naming the field', () => {
    expect(() => createAggregator({ by: ['day', 'week'] })).toThrow(/by/);
    expect(() => createAggregator({ by: ['entity', 'entity'] })).toThrow(/by/);
    expect(() => createAggregator({ timezone: 'Europe/Berlin' as never })).toThrow(/timezone/);
    expect(() => createAggregator({ topTerms: -1 })).toThrow(/topTerms/);
    expect(() => createAggregator({ bogus: 1 } as never)).toThrow(TypeError);
  });
  it('rejects malformed records and unparsable dates', () => {
    const agg = createAggregator();
    expect(() => agg.add(null as never)).toThrow(TypeError);
    expect(() => agg.add({ analysis: {} } as never)).toThrow(/sentiment/);
    expect(() => agg.add(record({ compound: 0, date: '2024-02-30' }))).toThrow(RangeError);
    expect(agg.documents).toBe(0);
  });
  it('refuses to merge different options', () => {
    expect(() => createAggregator({ by: ['entity'] }).merge(createAggregator({ by: ['entity', 'day'] }))).toThrow(
      /different options/,
    );
  });
});

// ---- merge equals whole ------------------------------------------------------

const entityIds = ['dinas.kesehatan', 'dinas.perhubungan', 'satpol.pp', 'constructor'];
const terms = ['lambat', 'ramah', 'rusak', 'cepat', '__proto__'];

const hitArb = fc.record({
  term: fc.constantFrom(...terms),
  weight: fc.double({ min: -4, max: 4, noNaN: true }),
});
const compoundArb = fc.oneof(
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.constantFrom(-1, -0.5, 0, 0.5, 1, 0.1, 0.2, 0.3),
);
const recordArb = fc
  .record({
    id: fc.option(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { nil: undefined }),
    day: fc.integer({ min: 0, max: 40 }),
    hour: fc.integer({ min: 0, max: 23 }),
    source: fc.option(fc.constantFrom('twitter', 'lapor', 'news'), { nil: undefined }),
    compound: compoundArb,
    hits: fc.array(hitArb, { maxLength: 3 }),
    targets: fc.uniqueArray(fc.record({ id: fc.constantFrom(...entityIds), compound: compoundArb }), {
      selector: (t) => t.id,
      maxLength: 3,
    }),
  })
  .map((r): AggregateRecord => {
    const date = new Date(Date.UTC(2023, 11, 20 + r.day, r.hour)).toISOString();
    const hits = r.hits.map((h, i) => hit(h.term, i * 20, h.weight));
    return record({
      ...(r.id !== undefined ? { id: r.id } : {}),
      ...(r.source !== undefined ? { source: r.source } : {}),
      date,
      text: 'x'.repeat(70),
      compound: r.compound,
      hits,
      targets: r.targets.map((t) => ({ ...t, hits })),
    });
  });

describe('merge equals whole (property)', () => {
  it('random shards merged in random order give exactly the rows and state of one aggregator', () => {
    fc.assert(
      fc.property(
        fc.array(recordArb, { maxLength: 60 }),
        fc.constantFrom<Array<'entity' | 'source' | 'day' | 'week' | 'hour'>>(
          ['entity', 'day'],
          ['entity', 'week'],
          ['source', 'hour'],
          [],
        ),
        fc.integer({ min: 1, max: 5 }),
        fc.infiniteStream(fc.nat()),
        fc.boolean(),
        (records, by, shardCount, randomness, viaJson) => {
          const options = { by, examples: 2 };
          const whole = createAggregator(options);
          for (const r of records) whole.add(r);

          const shards = Array.from({ length: shardCount }, () => createAggregator(options));
          const it = randomness[Symbol.iterator]();
          const next = () => it.next().value as number;
          // Shuffle the records, deal them to random shards, merge shards in a random order.
          const shuffled = [...records];
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = next() % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          for (const r of shuffled) shards[next() % shardCount]!.add(r);
          const order = shards.map((s, i) => ({ s, k: next() + i / 10 })).sort((a, b) => a.k - b.k);
          const merged = createAggregator(options);
          for (const { s } of order) merged.merge(viaJson ? restoreAggregator(JSON.stringify(s.toJSON())) : s);

          expect(merged.rows()).toEqual(whole.rows());
          expect(merged.toJSON()).toEqual(whole.toJSON());
          expect(merged.documents).toBe(records.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('merge() with a malformed raw state (issue 15 row 14)', () => {
  const filled = () => {
    const a = createAggregator({ by: ['entity', 'day'] });
    a.add(record({ id: 'a', date: '2024-03-05T10:00', compound: -0.6, targets: [{ id: 'dinas.perhubungan', name: 'Dinas Perhubungan', compound: -0.6, hits: [hit('lambat', 0, -2)] }] }));
    return a;
  };
  const valid = () => filled().toJSON() as unknown as Record<string, unknown>;
  const cases: [string, (s: Record<string, unknown>) => unknown, RegExp][] = [
    ['documents: "x"', (s) => ({ ...s, documents: 'x' }), /at documents:/],
    ['groups: [{ bogus: 1 }]', (s) => ({ ...s, groups: [{ bogus: 1 }] }), /at groups\.0/],
    ['a negative count', (s) => ({ ...s, groups: [{ ...(s['groups'] as Record<string, unknown>[])[0], count: -1 }] }), /at groups\.0\.count/],
    ['a key with the wrong length', (s) => ({ ...s, groups: [{ ...(s['groups'] as Record<string, unknown>[])[0], key: ['x'] }] }), /group key/],
    ['not an object', () => 'x', /invalid aggregator state/],
    ['null', () => null, /invalid aggregator state/],
  ];
  for (const [name, bend, message] of cases) {
    it(`${name}: TypeError naming the field, aggregator unchanged`, () => {
      const a = filled();
      const before = JSON.stringify(a.toJSON());
      const rowsBefore = a.rows();
      let thrown: unknown;
      try {
        a.merge(bend(valid()) as never);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as Error).message).toMatch(/^suara: merge: invalid aggregator state/);
      expect((thrown as Error).message).toMatch(message);
      expect(JSON.stringify(a.toJSON())).toBe(before);
      expect(a.rows()).toEqual(rowsBefore);
      expect(a.documents).toBe(1);
    });
  }

  it('a valid raw state still merges', () => {
    const a = filled();
    a.merge(valid() as never);
    expect(a.documents).toBe(2);
    expect(a.rows()[0]!.count).toBe(2);
  });
});
