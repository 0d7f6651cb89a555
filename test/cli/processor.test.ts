import { describe, expect, it } from 'vitest';
import { createProcessor } from '../../src/cli/processor';

describe('createProcessor', () => {
  it('analyses each row with its own date, so agency names follow their validity dates', () => {
    const p = createProcessor({ aggregators: [{ by: ['entity'] }], docs: true, region: '19.71' });
    const { docs, bad } = p.process([
      { line: 1, id: 'old', text: 'Dinsos menangani kasus kekerasan', date: Date.parse('2018-05-01T09:00:00+07:00') },
      { line: 2, id: 'new', text: 'Dinsos menangani kasus kekerasan', date: Date.parse('2025-05-01T09:00:00+07:00') },
    ]);
    expect(bad).toEqual([]);
    const names = docs.map((d) => (JSON.parse(d) as { entities: Array<{ name: string }> }).entities[0]!.name);
    expect(names).toEqual(['Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak', 'Dinas Sosial']);
  });
  it('reports a row whose analysis fails instead of stopping', () => {
    const p = createProcessor({ aggregators: [], docs: false });
    const { bad } = p.process([{ line: 7, id: 'x', text: 'ok', date: Number.NaN }]);
    expect(bad).toEqual([expect.objectContaining({ line: 7, kind: 'analyze' })]);
  });
});
