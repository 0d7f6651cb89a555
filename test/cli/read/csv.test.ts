import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/read/csv';
import { collect, chunks } from './streams';

describe('parseCsv', () => {
  it('handles quotes, escaped quotes, commas and newlines inside fields', async () => {
    const csv = 'id,text\n1,"halo, ""dunia""\nbaris dua"\r\n2,plain\n\n3,"",x\n';
    const recs = await collect(parseCsv([csv]));
    expect(recs).toEqual([
      { line: 1, fields: ['id', 'text'] },
      { line: 2, fields: ['1', 'halo, "dunia"\nbaris dua'] },
      { line: 4, fields: ['2', 'plain'] },
      { line: 6, fields: ['3', '', 'x'] },
    ]);
  });

  it('gives the same records whatever the chunking', async () => {
    const csv = 'a,b\r\n"x ""y"" 😡","1\r\n2"\r\n"",z\n';
    const expected = await collect(parseCsv([csv]));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 10 }), async (cuts) => {
        expect(await collect(parseCsv(chunks(csv, cuts)))).toEqual(expected);
      }),
    );
  });

  it('round-trips any table written with RFC 4180 quoting', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        async (rows, cuts) => {
          const body = rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n');
          const got = await collect(parseCsv(chunks(body, cuts)));
          expect(got.map((r) => r.fields)).toEqual(rows);
        },
      ),
    );
  });

  it('reports malformed records without stopping', async () => {
    const recs = await collect(parseCsv(['a,b\n"x"y,1\nok,2\n"never closed,3\n']));
    expect(recs[1]!.error).toMatch(/after a closing quote/);
    expect(recs[2]).toEqual({ line: 3, fields: ['ok', '2'] });
    expect(recs[3]!.error).toMatch(/unterminated/);
  });
});

describe('parseCsv: unbalanced quotes and field counts', () => {
  it('a quote that never closes costs its own line; the lines it swallowed are read again', async () => {
    const recs = await collect(parseCsv(['id,text,date\n1,"Dishub lamban,2026-09-01\n2,Jalan rusak,2026-09-01\n3,ok,2026-09-02\n'], { expectedFields: 3 }));
    expect(recs.map((r) => [r.line, r.errorKind ?? null, r.fields])).toEqual([
      [1, null, ['id', 'text', 'date']],
      [2, 'csv', []],
      [3, null, ['2', 'Jalan rusak', '2026-09-01']],
      [4, null, ['3', 'ok', '2026-09-02']],
    ]);
    expect(recs[1]!.error).toMatch(/quote opened at line 2, column 3 never closes/);
  });

  it('a quote closed by a later row\'s quote is unbalanced too, and a legit multi-line field after it survives', async () => {
    const csv = 'id,text\n1,"oops\n2,"baris\nkedua"\n3,"halo, ""dunia"""\n';
    const recs = await collect(parseCsv([csv], { expectedFields: 2 }));
    expect(recs.slice(1).map((r) => [r.line, r.errorKind ?? null, r.fields])).toEqual([
      [2, 'csv', []],
      [3, null, ['2', 'baris\nkedua']],
      [5, null, ['3', 'halo, "dunia"']],
    ]);
  });

  it('a wrong field count on one line is a columns error; line breaks inside quotes are kept as written', async () => {
    const recs = await collect(parseCsv(['a,b\r\n1,2,3\r\n"x\r\ny",z\r\n'], { expectedFields: 2 }));
    expect(recs[1]).toMatchObject({ line: 2, errorKind: 'columns', error: '3 fields, the header has 2' });
    expect(recs[2]).toEqual({ line: 3, fields: ['x\r\ny', 'z'] });
  });

  it('separators count toward the record limit', async () => {
    const recs = await collect(parseCsv([`a,b\n${','.repeat(17 * 1024 * 1024)}\nc,d\n`]));
    expect(recs.map((r) => r.errorKind ?? null)).toEqual([null, 'too-long', null]);
    expect(recs[2]!.fields).toEqual(['c', 'd']);
  });
});
