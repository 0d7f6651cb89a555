import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, parseCsv, readLines, readRecords, type BadRow, type InputRow } from '../../src/cli/readers';

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

describe('readLines', () => {
  it('splits on LF and CRLF, strips a BOM, keeps a last line without newline', async () => {
    const lines = await collect(readLines(['\uFEFFa\r\nb\n', '\nc']));
    expect(lines).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
      { line: 3, text: '' },
      { line: 4, text: 'c' },
    ]);
  });

  it('is independent of chunk boundaries, including inside multi-byte characters', async () => {
    const text = 'halo 😡 dunia\r\nbaris dua é\nketiga 🙏';
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 8 }), async (cuts) => {
        const got = await collect(readLines(chunks(text, cuts)));
        expect(got.map((l) => l.text)).toEqual(['halo 😡 dunia', 'baris dua é', 'ketiga 🙏']);
      }),
    );
  });

  it('counts bytes', async () => {
    const counter = { bytes: 0 };
    await collect(readLines([Buffer.from('é\n')], counter));
    expect(counter.bytes).toBe(3);
  });
});

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

describe('detectFormat', () => {
  it('uses the extension first, then the content', () => {
    expect(detectFormat('a.csv', '{')).toBe('csv');
    expect(detectFormat('a.jsonl', '')).toBe('ndjson');
    expect(detectFormat('a.txt', '{')).toBe('txt');
    expect(detectFormat('-', '  {"text": "x"}')).toBe('ndjson');
    expect(detectFormat('-', 'id,text,date\n')).toBe('csv');
    expect(detectFormat('-', '"id","isi"\n', 'isi')).toBe('csv');
    expect(detectFormat('-', 'jalan rusak, tolong\n')).toBe('txt');
  });
});

describe('readRecords', () => {
  const read = (text: string, format: 'csv' | 'ndjson' | 'txt') =>
    collect(readRecords([text], { format, fields, timezone: 'Asia/Jakarta' }));

  it('NDJSON: good rows, and bad rows with line numbers and reasons', async () => {
    const rows = await read(
      [
        '{"id": "a", "text": "halo", "date": "2024-03-05", "source": "x"}',
        '',
        '{bad json',
        '{"id": 7, "isi": "no text"}',
        '{"text": "no id", "date": "kemarin"}',
        '[1,2]',
        '{"text": "undated", "constructor": 1}',
      ].join('\n'),
      'ndjson',
    );
    expect(rows).toEqual<(InputRow | BadRow)[]>([
      { line: 1, id: 'a', text: 'halo', date: Date.UTC(2024, 2, 4, 17), source: 'x' },
      { line: 3, kind: 'json', message: expect.stringMatching(/^invalid JSON/) as unknown as string },
      { line: 4, kind: 'text', message: 'missing or non-string "text" field' },
      { line: 5, kind: 'date', message: 'unparsable "date": "kemarin"' },
      { line: 6, kind: 'json', message: 'not a JSON object' },
      { line: 7, id: 'line:7', text: 'undated' },
    ]);
  });

  it('CSV: header maps columns; the record line is where it starts', async () => {
    const rows = await read('id,date,text\n1,2024-03-05,"dua\nbaris"\n2,,satu\n', 'csv');
    expect(rows).toEqual([
      { line: 2, id: '1', text: 'dua\nbaris', date: Date.UTC(2024, 2, 4, 17) },
      { line: 4, id: '2', text: 'satu' },
    ]);
  });

  it('CSV without the text column is unreadable input', async () => {
    await expect(read('id,isi\n1,x\n', 'csv')).rejects.toThrow(/no "text" column/);
  });

  it('txt: one document per non-blank line', async () => {
    expect(await read('satu\n\n  \ndua\n', 'txt')).toEqual([
      { line: 1, id: 'line:1', text: 'satu' },
      { line: 4, id: 'line:4', text: 'dua' },
    ]);
  });
});
