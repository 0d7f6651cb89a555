import { describe, expect, it } from 'vitest';
import { createAggregator, detectSpikes, poissonUpperTail } from '../../src/aggregate';
import { record } from './fixtures';

/** Adds `n` posts for `entity` on `day`, of which `neg` negative and the rest neutral. */
function addDay(agg: ReturnType<typeof createAggregator>, entity: string, day: string, n: number, neg: number) {
  for (let i = 0; i < n; i++) {
    const c = i < neg ? -0.6 : 0;
    agg.add(record({ id: `${entity}-${day}-${i}`, date: day, compound: c, targets: [{ id: entity, compound: c }] }));
  }
}

describe('detectSpikes', () => {
  it('flags a volume jump against the agency’s own baseline (Poisson)', () => {
    const agg = createAggregator({ by: ['entity', 'day'] });
    for (let d = 1; d <= 7; d++) addDay(agg, 'dishub', `2024-03-0${d}`, 2, 0);
    addDay(agg, 'dishub', '2024-03-08', 12, 0);
    const spikes = detectSpikes(agg.rows());
    expect(spikes).toHaveLength(1);
    expect(spikes[0]).toMatchObject({ kind: 'volume', bucket: '2024-03-08', entity: 'dishub', count: 12, expected: 2, baselineBuckets: 7 });
    expect(spikes[0]!.pValue).toBeCloseTo(poissonUpperTail(12, 2), 15);
  });

  it('counts days without posts as zero in the baseline', () => {
    const agg = createAggregator({ by: ['entity', 'day'] });
    addDay(agg, 'a', '2024-03-01', 14, 0); // λ = 14/7 = 2 with six empty days
    addDay(agg, 'a', '2024-03-08', 12, 0);
    const [s] = detectSpikes(agg.rows());
    expect(s).toMatchObject({ kind: 'volume', expected: 2, bucket: '2024-03-08' });
  });

  it('flags a jump in negative share (z-score with a smoothed baseline share)', () => {
    const agg = createAggregator({ by: ['entity', 'day'] });
    for (let d = 1; d <= 7; d++) addDay(agg, 'dinkes', `2024-03-0${d}`, 10, 1);
    addDay(agg, 'dinkes', '2024-03-08', 10, 8);
    const spikes = detectSpikes(agg.rows());
    expect(spikes).toHaveLength(1);
    const s = spikes[0]!;
    expect(s.kind).toBe('negative-share');
    // p0 = (7 + 1) / (70 + 2) = 1/9; z = (8 − 10/9) / √(10 · 1/9 · 8/9)
    expect(s.baselineShare).toBeCloseTo(1 / 9, 12);
    expect(s.z).toBeCloseTo((8 - 10 / 9) / Math.sqrt((10 * (1 / 9) * 8) / 9), 12);
  });

  it('stays quiet on a steady series, without enough history, or below minCount', () => {
    const steady = createAggregator({ by: ['entity', 'day'] });
    for (let d = 1; d <= 9; d++) addDay(steady, 'a', `2024-03-0${d}`, 5, 1);
    expect(detectSpikes(steady.rows())).toEqual([]);
    const young = createAggregator({ by: ['entity', 'day'] });
    addDay(young, 'a', '2024-03-01', 1, 0);
    addDay(young, 'a', '2024-03-02', 30, 30);
    expect(detectSpikes(young.rows())).toEqual([]); // one bucket of history < minBaseline 3
    const small = createAggregator({ by: ['entity', 'day'] });
    for (let d = 1; d <= 7; d++) addDay(small, 'a', `2024-03-0${d}`, 0, 0);
    addDay(small, 'a', '2024-03-01', 1, 0);
    addDay(small, 'a', '2024-03-08', 4, 4);
    expect(detectSpikes(small.rows())).toEqual([]);
  });

  it('keeps series apart and works on weeks across a year end', () => {
    const agg = createAggregator({ by: ['entity', 'week'] });
    const weeks = ['2024-12-02', '2024-12-09', '2024-12-16', '2024-12-23'];
    for (const w of weeks) {
      addDay(agg, 'a', w, 3, 0);
      addDay(agg, 'b', w, 3, 0);
    }
    addDay(agg, 'a', '2024-12-30', 20, 0); // 2025-W01
    addDay(agg, 'b', '2024-12-30', 3, 0);
    const spikes = detectSpikes(agg.rows());
    expect(spikes.map((s) => [s.entity, s.bucket, s.kind])).toEqual([['a', '2025-W01', 'volume']]);
  });

  it('validates its input', () => {
    expect(() => detectSpikes('x' as never)).toThrow(TypeError);
    expect(() => detectSpikes([], { window: 0 })).toThrow(/window/);
    const noTime = createAggregator({ by: ['entity'] });
    noTime.add(record({ compound: 0, targets: [{ id: 'a', compound: 0 }] }));
    expect(detectSpikes(noTime.rows())).toEqual([]);
  });
});
