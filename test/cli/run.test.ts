/**
 * Every row is accounted for: for random files mixing good rows with every
 * kind of bad row (NDJSON and CSV, any line ending), rows read = analysed +
 * bad, and the outputs equal those of the good rows alone.
 */
import fc from 'fast-check';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { memoryIO } from './io';

const TEXTS = [
  'Dishub lamban, jalan rusak parah',
  'Pelayanan Disdukcapil cepat dan ramah',
  'Terima kasih "Dinkes" sudah sigap 🙏',
  'Satpol PP kok diam aja, pedagang makin banyak',
  'banjir lagi,\ngorong-gorong mampet',
  'BPBD mantap!!!',
];
const DATES = ['2026-09-01', '2026-09-02T08:30', '01/09/2026', '3 September 2026', '1788220800', ''];

type Piece = { good: boolean; bytes: Buffer };
const EOLS = ['\n', '\r\n', '\r'] as const;

function ndjsonGood(i: number, t: number, d: number): string {
  const date = DATES[d]!;
  return JSON.stringify({ id: `g${i}`, text: TEXTS[t]!, ...(date ? { date: /^\d+$/.test(date) ? Number(date) : date } : {}) });
}
const NDJSON_BAD: ((i: number) => Buffer)[] = [
  (i) => Buffer.from(`{"id":"b${i}","text":"tanpa kurung"`), // invalid JSON
  () => Buffer.from('[1,2,3]'), // not an object
  (i) => Buffer.from(`{"id":"b${i}","isi":"tanpa text"}`), // no text field
  (i) => Buffer.from(`{"id":"b${i}","text":"Dishub","date":"kemarin sore"}`), // bad date
  (i) => Buffer.from(`{"id":"b${i}","text":"Dishub","date":8640000000000000}`), // out of range
  (i) => Buffer.concat([Buffer.from(`{"id":"b${i}","text":"Kaf`), Buffer.from([0xe9]), Buffer.from('"}')]), // invalid UTF-8
];

function csvCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
function csvGood(i: number, t: number, d: number, eol: string): string {
  return [`g${i}`, csvCell(TEXTS[t]!.replace(/\n/g, eol)), DATES[d]!].join(',');
}
const CSV_BAD: ((i: number) => Buffer)[] = [
  (i) => Buffer.from(`b${i},"kutip tak ditutup,2026-09-01`), // unbalanced quote
  (i) => Buffer.from(`b${i},Jalan rusak, Dishub lamban,2026-09-01`), // 4 fields for 3 columns
  (i) => Buffer.from(`b${i},Dishub,kemarin sore`), // bad date
  (i) => Buffer.from(`b${i},"teks"lalu,2026-09-01`), // text after the closing quote
  (i) => Buffer.concat([Buffer.from(`b${i},Kaf`), Buffer.from([0xe9]), Buffer.from(',2026-09-01')]), // invalid UTF-8
];

const pieceArb = fc.record({
  good: fc.boolean(),
  kind: fc.nat(),
  text: fc.nat({ max: TEXTS.length - 1 }),
  date: fc.nat({ max: DATES.length - 1 }),
  blank: fc.boolean(),
});

async function run(dir: string, name: string, body: Buffer, format: 'csv' | 'ndjson') {
  const file = path.join(dir, name);
  writeFileSync(file, body);
  const io = memoryIO();
  const outs = {
    posts: path.join(dir, `${name}.posts.ndjson`),
    csv: path.join(dir, `${name}.posts.csv`),
    rows: path.join(dir, `${name}.rows.csv`),
    summary: path.join(dir, `${name}.summary.json`),
  };
  const code = await main(
    ['analyze', file, '--format', format, '--by', 'entity,day', '--out', outs.posts, '--out', outs.rows, '--posts', outs.csv, '--json-summary', outs.summary, '--quiet'],
    io,
  );
  const posts = readFileSync(outs.posts, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const { line: _line, ...rest } = JSON.parse(l) as { line: number };
      return rest;
    });
  const postsCsv = readFileSync(outs.csv, 'utf8')
    .split('\n')
    .map((l) => l.replace(/^(g\d+),\d+,/, '$1,,')); // drop the line column
  return { code, err: io.err(), posts, postsCsv, rows: readFileSync(outs.rows, 'utf8'), summary: JSON.parse(readFileSync(outs.summary, 'utf8')) as Record<string, number> };
}

describe('rows read = analysed + bad; outputs equal the good rows alone (property)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'suara-prop-'));
  for (const format of ['ndjson', 'csv'] as const) {
    it(`${format}: random mixes of good rows and every kind of bad row, any line ending`, { timeout: 300_000 }, async () => {
      let n = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(pieceArb, { minLength: 1, maxLength: 30 }), fc.constantFrom(...EOLS), async (spec, eol) => {
          const pieces: Piece[] = [];
          spec.forEach((p, i) => {
            if (p.good) {
              const text = format === 'ndjson' ? ndjsonGood(i, p.text, p.date) : csvGood(i, p.text, p.date, eol);
              pieces.push({ good: true, bytes: Buffer.from(text) });
            } else {
              const kinds = format === 'ndjson' ? NDJSON_BAD : CSV_BAD;
              pieces.push({ good: false, bytes: kinds[p.kind % kinds.length]!(i) });
            }
            if (p.blank) pieces.push({ good: true, bytes: Buffer.alloc(0) }); // a blank line is no row at all
          });
          const header = format === 'csv' ? [Buffer.from(`id,text,date${eol}`)] : [];
          const join = (ps: Piece[]) => Buffer.concat([...header, ...ps.flatMap((p) => [p.bytes, Buffer.from(eol)])]);
          const k = ++n;
          const mixed = await run(dir, `m${k}.${format}`, join(pieces), format);
          const clean = await run(dir, `c${k}.${format}`, join(pieces.filter((p) => p.good)), format);
          const goodRows = spec.filter((p) => p.good).length;
          const badRows = spec.length - goodRows;
          expect(mixed.summary['rowsRead'], mixed.err).toBe(spec.length);
          expect(mixed.summary['documents'], mixed.err).toBe(goodRows);
          expect(mixed.summary['badRows'], mixed.err).toBe(badRows);
          expect(mixed.summary['rowsRead']).toBe(mixed.summary['documents']! + mixed.summary['badRows']!);
          expect(mixed.code).toBe(badRows > 0 ? 1 : 0);
          expect(clean.summary['badRows'], clean.err).toBe(0);
          expect(mixed.posts).toEqual(clean.posts);
          expect(mixed.postsCsv).toEqual(clean.postsCsv);
          expect(mixed.rows).toEqual(clean.rows);
        }),
        { numRuns: 40 },
      );
    });
  }
});
