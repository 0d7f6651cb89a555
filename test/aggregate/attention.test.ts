import { describe, expect, it } from 'vitest';
import { createAggregator, detectSpikes, needsAttention } from '../../src/aggregate';
import { analyze } from '../../src/analyze';

const mixed = 'Sampah numpuk, selokan mampet, pas hujan banjir';

describe('spikes and "Perlu perhatian" per topic', () => {
  const calm = 'Terima kasih, jalan kampung kami sudah diaspal';
  const angry = 'Jalan berlubang lagi, motor jatuh, parah';
  const build = () => {
    const agg = createAggregator({ by: ['entity', 'topic', 'day'] });
    const a = analyze(calm);
    const b = analyze(angry);
    for (let d = 1; d <= 7; d++) agg.add({ id: `c${d}`, date: `2026-10-0${d}`, text: calm, analysis: a });
    for (let i = 0; i < 8; i++) agg.add({ id: `a${i}`, date: '2026-10-08', text: angry, analysis: b });
    agg.add({ id: 'w', date: '2026-10-08', text: mixed, analysis: analyze(mixed) });
    return agg;
  };

  it('detectSpikes keeps topics as separate series', () => {
    const spikes = detectSpikes(build().rows());
    expect(spikes.map((s) => [s.bucket, s.entity, s.topic, s.attribution, s.kind])).toEqual([
      ['2026-10-08', 'dinas.pupr', 'roads', 'implied', 'negative-share'],
      ['2026-10-08', 'dinas.pupr', 'roads', 'implied', 'volume'],
    ]);
  });

  it('ranks the rising pair with its interval, volume and highlighted examples', () => {
    const items = needsAttention(build().rows(), { baseline: 7 });
    expect(items).toHaveLength(1);
    const [top] = items;
    expect(top).toMatchObject({ entity: 'dinas.pupr', topic: 'roads', attribution: 'implied', volume: 8 });
    expect(top!.recent).toMatchObject({ from: '2026-10-08', to: '2026-10-08', count: 8, negative: 8 });
    expect(top!.baseline).toMatchObject({ from: '2026-10-01', to: '2026-10-07', count: 7, negative: 0 });
    expect(top!.recent.negativeShare.low).toBeGreaterThan(top!.baseline.negativeShare.high);
    expect(top!.change).toBe(1);
    expect(top!.examples).toHaveLength(3);
    for (const e of top!.examples) {
      const kinds = new Set(e.highlights.map((h) => h.kind));
      expect(kinds).toEqual(new Set(['cue', 'negative']));
      for (const h of e.highlights) expect(h.end).toBeLessThanOrEqual(e.text!.length);
      expect(e.text!.slice(e.highlights[0]!.start, e.highlights[0]!.end)).toBe('Jalan berlubang');
    }
  });

  it('a steady negative share is not rising; options are validated', () => {
    const agg = createAggregator({ by: ['topic', 'day'] });
    const b = analyze('Jalan berlubang lagi, motor jatuh, parah');
    for (let d = 1; d <= 8; d++) for (let i = 0; i < 4; i++) agg.add({ date: `2026-10-0${d}`, analysis: b });
    expect(needsAttention(agg.rows())).toEqual([]);
    expect(() => needsAttention(agg.rows(), { recent: 0 })).toThrow(/recent/);
    expect(() => needsAttention('rows' as never)).toThrow(TypeError);
  });
});
