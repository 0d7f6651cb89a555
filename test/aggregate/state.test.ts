import { describe, expect, it } from 'vitest';
import { createAggregator, restoreAggregator } from '../../src/aggregate';
import { hit, record } from './fixtures';

function sample() {
  const agg = createAggregator({ by: ['entity', 'month'], timezone: 'Asia/Makassar', examples: 1 });
  agg.add(record({ id: '1', date: '2024-01-31T23:30', compound: -0.5, hits: [hit('lambat', 0, -1)], targets: [{ id: 'x', compound: -0.5, hits: [hit('lambat', 0, -1)] }] }));
  agg.add(record({ id: '2', date: '2024-02-01', compound: 0.5, targets: [{ id: 'x', compound: 0.5 }] }));
  return agg;
}

describe('restoreAggregator', () => {
  it('round-trips through JSON text', () => {
    const agg = sample();
    const json = JSON.stringify(agg.toJSON());
    const back = restoreAggregator(json);
    expect(back.rows()).toEqual(agg.rows());
    expect(back.toJSON()).toEqual(agg.toJSON());
    expect(back.documents).toBe(2);
    expect(back.options).toEqual(agg.options);
  });

  it('is versioned', () => {
    const s = sample().toJSON();
    expect(s.format).toBe('suara-aggregate');
    expect(s.version).toBe(1);
    expect(() => restoreAggregator({ ...s, version: 2 })).toThrow(/version/);
    expect(() => restoreAggregator({ ...s, format: 'other' })).toThrow(/format/);
  });

  it('names the offending field', () => {
    const s = sample().toJSON();
    const bad = JSON.parse(JSON.stringify(s));
    bad.groups[0].count = -1;
    expect(() => restoreAggregator(bad)).toThrow(/groups\.0\.count/);
    const badKey = JSON.parse(JSON.stringify(s));
    badKey.groups[0].key = ['x'];
    expect(() => restoreAggregator(badKey)).toThrow(/key/);
    const badSum = JSON.parse(JSON.stringify(s));
    badSum.groups[0].positive = 99;
    expect(() => restoreAggregator(badSum)).toThrow(/count/);
    expect(() => restoreAggregator('{not json')).toThrow(/not valid JSON/);
    expect(() => restoreAggregator(42)).toThrow(TypeError);
  });

  it('a restored aggregator keeps aggregating', () => {
    const back = restoreAggregator(sample().toJSON());
    back.add(record({ id: '3', date: '2024-02-02', compound: 0.9, targets: [{ id: 'x', compound: 0.9 }] }));
    expect(back.rows().find((r) => r.bucket === '2024-02')!.count).toBe(2);
    expect(back.rows().find((r) => r.bucket === '2024-02')!.positiveExamples.map((e) => e.id)).toEqual(['3']);
  });
});
