import { describe, expect, it } from 'vitest';
import { mean, median, poissonUpperTail, wilsonInterval } from '../../src/aggregate/stats';
import { histogramMedian, toFixedPoint } from '../../src/aggregate/sketch';

describe('wilsonInterval (hand-computed)', () => {
  it('5 of 10', () => {
    const w = wilsonInterval(5, 10);
    expect(w.share).toBe(0.5);
    expect(w.low).toBeCloseTo(0.236594, 5);
    expect(w.high).toBeCloseTo(0.763406, 5);
  });
  it('0 of 10 and 10 of 10 stay inside [0, 1]', () => {
    const zero = wilsonInterval(0, 10);
    expect(zero.low).toBe(0);
    expect(zero.high).toBeCloseTo(0.277532, 5);
    const all = wilsonInterval(10, 10);
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(0.722468, 5);
  });
  it('1 of 3', () => {
    // p = 1/3, z² = 3.841459; centre = (1/3 + 0.640243)/2.280486 = 0.426914
    // half = 1.959964·√(0.074074 + 0.106707)/2.280486 = 0.365425
    const w = wilsonInterval(1, 3);
    expect(w.low).toBeCloseTo(0.061489, 5);
    expect(w.high).toBeCloseTo(0.792339, 5);
  });
  it('n = 0 says nothing is known', () => {
    expect(wilsonInterval(0, 0)).toEqual({ share: 0, low: 0, high: 1 });
  });
});

describe('mean and median', () => {
  it('hand-computed', () => {
    expect(mean([1, 2, 6])).toBe(3);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(Number.isNaN(mean([]))).toBe(true);
    expect(Number.isNaN(median([]))).toBe(true);
  });
  it('median does not reorder its input', () => {
    const xs = [3, 1, 2];
    median(xs);
    expect(xs).toEqual([3, 1, 2]);
  });
});

describe('histogram median (the aggregator sketch)', () => {
  it('is the exact median of values rounded to 0.001', () => {
    const bins = new Map([
      [-500, 1],
      [250, 2],
    ]);
    expect(histogramMedian(bins, 3)).toBe(0.25);
    expect(histogramMedian(new Map([[-500, 1], [250, 1]]), 2)).toBe(-0.125);
    expect(Number.isNaN(histogramMedian(new Map(), 0))).toBe(true);
  });
  it('fixed point sums are exact integers', () => {
    expect(toFixedPoint(0.1) + toFixedPoint(0.2)).toBe(toFixedPoint(0.3));
    expect(toFixedPoint(-0.4)).toBe(-400000);
  });
});

describe('poissonUpperTail', () => {
  it('hand-computed values', () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 1)).toBeCloseTo(1 - Math.exp(-1), 12);
    // P(X ≥ 2 | 1) = 1 − e⁻¹(1 + 1)
    expect(poissonUpperTail(2, 1)).toBeCloseTo(1 - 2 * Math.exp(-1), 12);
    // P(X ≥ 10 | 2) = 4.6498e-5
    expect(poissonUpperTail(10, 2)).toBeCloseTo(4.6498e-5, 8);
    expect(poissonUpperTail(3, 0)).toBe(0);
  });
  it('keeps precision in the far tail and stays a probability for large lambda', () => {
    const p = poissonUpperTail(60, 2);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-40);
    const q = poissonUpperTail(1000, 1000);
    expect(q).toBeGreaterThan(0.45);
    expect(q).toBeLessThan(0.55);
  });
});
