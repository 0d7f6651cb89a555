import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/cli/read/csv';

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** Splits a string into chunks at the given cut points, as bytes (to exercise split UTF-8). */
function chunks(text: string, cuts: number[]): Uint8Array[] {
  const buf = Buffer.from(text, 'utf8');
  const points = [...new Set(cuts.map((c) => c % (buf.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let at = 0;
  for (const p of points) {
    out.push(buf.subarray(at, p));
    at = p;
  }
  out.push(buf.subarray(at));
  return out;
}

const fields = { text: 'text', id: 'id', date: 'date', source: 'source' };

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

