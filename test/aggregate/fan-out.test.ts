/**
 * Pins the optimised aggregator (nested group maps, shared per-record units,
 * `addToAll`) to the straightforward one it replaced (reference-aggregator.ts,
 * 0.2.0's code kept verbatim): same `toJSON()`, same `rows()`, same errors, on
 * random records with topics, regions, duplicates, odd keys and odd dates.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAggregator, restoreAggregator, type AggregateRecord, type AggregatorOptions, type GroupDimension } from '../../src/aggregate';
import { deserialize, serialize } from 'node:v8';
import { addToAll, mergeTrustedState, releaseState } from '../../src/aggregate/create-aggregator';
import { analyze } from '../../src/analyze';
import type { SentimentHit } from '../../src/sentiment/types';
import { hit, labelOf } from './fixtures';
import { createReferenceAggregator } from './reference-aggregator';

// Keys that would collide if a group key were built by joining or stringifying carelessly.
const entityIds = ['dinas.kesehatan', 'satpol.pp', 'null', '', 'constructor', 'a","b'];
const regions = ['Kota Bogor', 'null', 'Kab. Bangka'];
const topicIds = ['roads', 'water', 'other', 'null', '__proto__'];
const terms = ['lambat', 'ramah', '__proto__', 'rusak', ''];
const sources = ['twitter', 'null', '', 'lapor'];

const compoundArb = fc.oneof(
  fc.double({ min: -1, max: 1, noNaN: true }),
  fc.constantFrom(-1, -0.5, -0, 0, 0.5, 1, 0.05, -0.05),
);
const hitsArb = fc
  .array(fc.record({ term: fc.constantFrom(...terms), weight: fc.oneof(fc.double({ min: -4, max: 4, noNaN: true }), fc.constant(0)), useNorm: fc.boolean() }), { maxLength: 4 })
  .map((hs) =>
    hs.map((h, i): SentimentHit => {
      const x = hit(h.term || 'x', i * 15, h.weight);
      // lemma '' falls back to norm, as the aggregator reads `lemma || norm`
      return h.useNorm ? { ...x, lemma: '', norm: `n-${h.term}` } : x;
    }),
  );
const dateArb = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 0, max: 60 * 24 }).map((h) => new Date(Date.UTC(2026, 8, 28) + h * 3_600_000).toISOString()),
  fc.integer({ min: 0, max: 60 * 24 }).map((h) => Date.UTC(2026, 8, 28) + h * 3_600_000),
  fc.integer({ min: 0, max: 60 }).map((d) => `2026-10-${String(1 + (d % 31)).padStart(2, '0')}`),
  fc.constantFrom('2026-02-30', 'kemarin'),
);

const targetArb = fc.record({
  id: fc.constantFrom(...entityIds),
  name: fc.option(fc.constantFrom('Dinkes', 'Satpol', 'Z'), { nil: undefined }),
  compound: compoundArb,
  hits: hitsArb,
  region: fc.option(fc.constantFrom(...regions), { nil: undefined }),
  mentions: fc.integer({ min: 0, max: 2 }),
});
const topicArb = fc.record({
  id: fc.constantFrom(...topicIds),
  compound: compoundArb,
  hits: hitsArb,
  agencies: fc.array(fc.constantFrom(...entityIds), { maxLength: 3 }),
  attribution: fc.constantFrom<'explicit' | 'implied'>('explicit', 'implied'),
  cues: fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 2 }),
});

const synthetic = fc
  .record({
    id: fc.option(fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.integer({ min: 1, max: 3 })), { nil: undefined }),
    date: dateArb,
    source: fc.option(fc.constantFrom(...sources), { nil: undefined }),
    text: fc.option(fc.constantFrom('x'.repeat(100), 'short'), { nil: undefined }),
    compound: compoundArb,
    hits: hitsArb,
    targets: fc.array(targetArb, { maxLength: 3 }), // ids may repeat: the defensive one-unit-per-agency path
    regions: fc.array(fc.constantFrom(...regions), { maxLength: 2 }),
    topics: fc.array(topicArb, { maxLength: 3 }), // ids may repeat too
  })
  .map((r): AggregateRecord => {
    const targets = r.targets.map((t) => {
      const mention = {
        id: t.id,
        kind: 'opd' as const,
        name: t.name ?? t.id,
        text: t.id,
        start: 0,
        end: t.id.length,
        ...(t.region ? { region: { level: 'kota' as const, name: t.region, code: '00.00' } } : {}),
      };
      return {
        id: t.id,
        name: t.name ?? t.id,
        mentions: Array.from({ length: t.mentions }, () => mention),
        spans: [],
        score: t.compound,
        compound: t.compound,
        label: labelOf(t.compound),
        hits: t.hits,
      };
    });
    const entities = [
      ...targets.flatMap((t) => t.mentions),
      ...r.regions.map((name) => ({ id: name, kind: 'region' as const, name, text: name, start: 0, end: name.length })),
    ];
    const topics = r.topics.map((t) => ({
      id: t.id,
      score: 1,
      cues: t.cues.map((s) => ({ text: 'c', start: s, end: s + 5 })),
      name: t.id,
      compound: t.compound,
      label: labelOf(t.compound),
      hits: t.hits,
      spans: [],
      attribution: t.attribution,
      agencies: t.agencies,
    }));
    const rec: AggregateRecord = {
      analysis: { sentiment: { score: r.compound, compound: r.compound, label: labelOf(r.compound), hits: r.hits }, entities, targets, topics },
    };
    if (r.id !== undefined) rec.id = r.id;
    if (r.date !== undefined) rec.date = r.date;
    if (r.source !== undefined) rec.source = r.source;
    if (r.text !== undefined) rec.text = r.text;
    return rec;
  });

// Real analyses too, for the shapes analyze() actually produces.
const TEXTS = [
  'Jalan berlubang di depan rumah, motor jatuh lagi',
  'Disdukcapil lemot, KTP belum jadi 2 bulan',
  'Pelayanan Disdukcapil cepat dan ramah',
  'Puskesmas ramah, tapi jalan ke sana rusak',
  'Dinkes sigap, tapi Dishub lamban urus lampu jalan di Kota Bogor',
  'Selamat pagi semua',
];
const ANALYSES = TEXTS.map((t) => analyze(t));
const real = fc
  .record({ i: fc.integer({ min: 0, max: TEXTS.length - 1 }), id: fc.constantFrom('p1', 'p2', 'p3'), day: fc.integer({ min: 0, max: 20 }) })
  .map((r): AggregateRecord => ({ id: r.id, text: TEXTS[r.i]!, date: new Date(Date.UTC(2026, 9, 1 + r.day, 3)).toISOString(), analysis: ANALYSES[r.i]! }));

const recordArb = fc.oneof({ arbitrary: synthetic, weight: 3 }, { arbitrary: real, weight: 1 });

const DIMS: GroupDimension[] = ['entity', 'topic', 'attribution', 'region', 'source'];
const optionsArb = fc
  .record({
    dims: fc.shuffledSubarray(DIMS, { maxLength: 4 }),
    unit: fc.constantFrom(undefined, 'hour', 'day', 'week', 'month'),
    unitAt: fc.nat(),
    timezone: fc.constantFrom('Asia/Jakarta', 'Asia/Jayapura', 'UTC'),
    examples: fc.integer({ min: 0, max: 3 }),
    exampleChars: fc.constantFrom(0, 10, 60, 500),
    topTerms: fc.integer({ min: 0, max: 3 }),
  })
  .map((o): AggregatorOptions => {
    const by = [...o.dims];
    if (o.unit !== undefined) by.splice(o.unitAt % (by.length + 1), 0, o.unit as GroupDimension);
    return { by, timezone: o.timezone as NonNullable<AggregatorOptions['timezone']>, examples: o.examples, exampleChars: o.exampleChars, topTerms: o.topTerms };
  });

/** Runs `f`, returning what it threw (or undefined). */
function thrown(f: () => void): unknown {
  try {
    f();
    return undefined;
  } catch (e) {
    return e;
  }
}

describe('optimised aggregator equals the reference (property)', () => {
  it('add(): same state, rows and errors as 0.2.0, for any options', () => {
    fc.assert(
      fc.property(optionsArb, fc.array(recordArb, { maxLength: 40 }), (options, records) => {
        const ref = createReferenceAggregator(options);
        const ours = createAggregator(options);
        for (const r of records) {
          const e1 = thrown(() => ref.add(r));
          const e2 = thrown(() => ours.add(r));
          expect(e2 === undefined ? undefined : String(e2)).toBe(e1 === undefined ? undefined : String(e1));
        }
        expect(ours.documents).toBe(ref.documents);
        expect(ours.toJSON()).toEqual(ref.toJSON());
        expect(ours.rows()).toEqual(ref.rows());
        // and the merge path (keys arriving as arrays) files groups where add() does
        const restored = restoreAggregator(JSON.stringify(ref.toJSON()));
        expect(restored.toJSON()).toEqual(ours.toJSON());
        restored.merge(ours);
        const twice = createReferenceAggregator(options);
        twice.merge(ref).merge(ref);
        expect(restored.toJSON()).toEqual(twice.toJSON());
      }),
      { numRuns: 300 },
    );
  });

  it('addToAll(): each view equals the reference fed alone; a record any view rejects changes none', () => {
    fc.assert(
      fc.property(fc.array(optionsArb, { minLength: 1, maxLength: 6 }), fc.array(recordArb, { maxLength: 30 }), (views, records) => {
        const refs = views.map((o) => createReferenceAggregator(o));
        const ours = views.map((o) => createAggregator(o));
        for (const r of records) {
          const before = ours.map((a) => a.toJSON());
          const e = thrown(() => addToAll(ours, r));
          if (e === undefined) {
            for (const a of refs) a.add(r);
          } else {
            expect(e).toBeInstanceOf(Error);
            // some view rejects it on its own, and nothing changed in any view
            expect(views.some((o) => thrown(() => createReferenceAggregator(o).add(r)) !== undefined)).toBe(true);
            expect(ours.map((a) => a.toJSON())).toEqual(before);
          }
        }
        ours.forEach((a, i) => {
          expect(a.toJSON()).toEqual(refs[i]!.toJSON());
          expect(a.rows()).toEqual(refs[i]!.rows());
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe('handing states between threads (releaseState → structured clone → mergeTrustedState)', () => {
  it('gives exactly what merge(toJSON()) gives, for any sharding (property)', () => {
    fc.assert(
      fc.property(optionsArb, fc.array(recordArb, { maxLength: 40 }), fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), (options, records, deal) => {
        const whole = createReferenceAggregator(options);
        const shards = [createAggregator(options), createAggregator(options), createAggregator(options)];
        records.forEach((r, i) => {
          if (thrown(() => whole.add(r)) === undefined) shards[deal[i]! % 3]!.add(r);
        });
        const total = createAggregator(options);
        for (const s of shards) mergeTrustedState(total, deserialize(serialize(releaseState(s))) as ReturnType<typeof releaseState>);
        expect(total.toJSON()).toEqual(whole.toJSON());
        expect(total.rows()).toEqual(whole.rows());
        expect(total.documents).toBe(whole.documents);
      }),
      { numRuns: 200 },
    );
  });

  it('still refuses a state made with other options', () => {
    const a = createAggregator({ by: ['entity'] });
    expect(() => mergeTrustedState(a, releaseState(createAggregator({ by: ['topic'] })))).toThrow(/different options/);
  });
});

describe('example ids do not depend on exampleChars (what the CLI relies on for its rows CSV)', () => {
  it('the same ids, in the same order, with texts cut to nothing (property)', () => {
    fc.assert(
      fc.property(optionsArb, fc.array(recordArb, { maxLength: 40 }), (options, records) => {
        const full = createAggregator({ ...options, exampleChars: 500 });
        const none = createAggregator({ ...options, exampleChars: 0 });
        for (const r of records) {
          if (thrown(() => full.add(r)) === undefined) none.add(r);
        }
        const ids = (a: typeof full) => a.rows().map((row) => [row.positiveExamples.map((e) => e.id), row.negativeExamples.map((e) => e.id)]);
        expect(ids(none)).toEqual(ids(full));
        expect(none.rows().map(({ positiveExamples, negativeExamples, ...rest }) => rest)).toEqual(full.rows().map(({ positiveExamples, negativeExamples, ...rest }) => rest));
      }),
      { numRuns: 200 },
    );
  });
});

describe('addToAll', () => {
  it('a record without topics is refused by every view before any view counts it', () => {
    const views = [createAggregator({ by: ['entity'] }), createAggregator({ by: ['topic'] })];
    const { sentiment, entities, targets } = ANALYSES[0]!;
    expect(() => addToAll(views, { analysis: { sentiment, entities, targets } })).toThrow(/topics/);
    expect(views.map((v) => v.documents)).toEqual([0, 0]);
  });

  it('the one-view add() no longer counts a document it then refuses', () => {
    const agg = createAggregator({ by: ['topic'] });
    const { sentiment, entities, targets } = ANALYSES[0]!;
    expect(() => agg.add({ analysis: { sentiment, entities, targets } })).toThrow(TypeError);
    expect(agg.documents).toBe(0);
  });

  it('null and the string "null" are different keys', () => {
    const agg = createAggregator({ by: ['source'] });
    const { sentiment, entities, targets } = ANALYSES[5]!;
    agg.add({ analysis: { sentiment, entities, targets }, source: 'null' });
    agg.add({ analysis: { sentiment, entities, targets } });
    expect(agg.rows().map((r) => [r.source, r.count])).toEqual([
      ['null', 1],
      [null, 1],
    ]);
  });
});
