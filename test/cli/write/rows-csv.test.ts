import { describe, expect, it } from 'vitest';
import { createAggregator } from '../../../src/aggregate';
import { parseCsv } from '../../../src/cli/read/csv';
import { csvCell, rowsToCsv } from '../../../src/cli/write/rows-csv';
import { hit, record } from '../../aggregate/fixtures';

describe('rows CSV', () => {
  it('quotes when needed and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell(-0.1234567)).toBe('-0.123457');
    expect(csvCell(null)).toBe('');
  });
  it('one line per group that parses back', async () => {
    const agg = createAggregator({ by: ['entity', 'day'] });
    agg.add(record({ id: 'a', date: '2026-09-01', compound: -0.5, hits: [hit('lambat', 0, -1)], targets: [{ id: 'x', name: 'Dinas, "X"', compound: -0.5, hits: [hit('lambat', 0, -1)] }] }));
    const csv = rowsToCsv(agg.rows(), agg.options.by);
    const recs: string[][] = [];
    for await (const r of parseCsv([csv])) recs.push(r.fields);
    expect(recs[0]!.slice(0, 4)).toEqual(['entity', 'entity_name', 'day', 'count']);
    expect(recs[1]!.slice(0, 7)).toEqual(['x', 'Dinas, "X"', '2026-09-01', '1', '0', '1', '0']);
    expect(recs[1]).toContain('lambat:1');
    expect(recs[1]![recs[1]!.length - 1]).toBe('a');
  });
});
