import { describe, expect, it } from 'vitest';
import { readRecords, type BadRow, type InputRow } from '../../../src/cli/read/records';
import { collect } from './streams';

const fields = { text: 'text', id: 'id', date: 'date', source: 'source' };

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
      { line: 5, kind: 'date', message: expect.stringMatching(/^unparsable "date": "kemarin" \(not a date/) as unknown as string },
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
