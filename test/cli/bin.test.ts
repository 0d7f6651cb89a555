/**
 * Issue 15, one test per row of its table: the real `suara` executable on a
 * temporary directory. Set SUARA_TEST_BIN to an older build to see these
 * fail there.
 */
import { closeSync, existsSync, linkSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, leftovers, start, tempDir } from './spawn';

const T = 120_000;

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
}
function posts(file: string): { id: string; date?: string; line: number }[] {
  return lines(file).map((l) => JSON.parse(l) as { id: string; date?: string; line: number });
}
const post = (id: string, text: string, date = '2026-09-01T08:00:00+07:00'): string => `${JSON.stringify({ id, text, date })}\n`;
const good = (n: number, from = 1): string => Array.from({ length: n }, (_, i) => post(`p${from + i}`, i % 2 ? 'Dishub lamban, jalan rusak parah' : 'Pelayanan Disdukcapil cepat dan ramah')).join('');

describe('issue 15: the CLI never loses or silently bends data', () => {
  it('row 1: --out naming the input (same path, ./path, hard link, CSV) is refused before anything is opened', { timeout: T }, async () => {
    const dir = tempDir();
    const input = good(3);
    writeFileSync(path.join(dir, 'in.ndjson'), input);
    writeFileSync(path.join(dir, 'in.csv'), 'id,text\n1,Dishub lamban\n');
    linkSync(path.join(dir, 'in.ndjson'), path.join(dir, 'hard.ndjson'));
    for (const [inp, out] of [
      ['in.ndjson', 'in.ndjson'],
      ['in.ndjson', './in.ndjson'],
      ['in.ndjson', 'hard.ndjson'],
      ['in.csv', 'in.csv'],
    ] as const) {
      const r = await cli(['analyze', inp, '--out', out], { cwd: dir });
      expect(r.code, `${inp} → ${out}`).toBe(2);
      expect(r.err).toMatch(/option error: .*is the input file/);
    }
    expect(readFileSync(path.join(dir, 'in.ndjson'), 'utf8')).toBe(input);
    expect(readFileSync(path.join(dir, 'in.csv'), 'utf8')).toBe('id,text\n1,Dishub lamban\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('row 2: a failed run leaves an existing output untouched (exit 2, nothing written)', { timeout: T }, async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'in.csv'), 'id,isi\n1,Dishub lamban\n');
    writeFileSync(path.join(dir, 'keep.ndjson'), 'previous result\n');
    const r = await cli(['analyze', 'in.csv', '--out', 'keep.ndjson'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/read error: CSV header has no "text" column/);
    expect(readFileSync(path.join(dir, 'keep.ndjson'), 'utf8')).toBe('previous result\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('row 3: SIGINT mid-run leaves no partial output and the previous file intact', { timeout: T }, async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'big.ndjson'), good(40_000));
    writeFileSync(path.join(dir, 'old.ndjson'), 'previous\n');
    writeFileSync(path.join(dir, 'old.csv'), 'previous\n');
    for (const outs of [['new.ndjson'], ['old.ndjson'], ['new.ndjson', 'new.csv'], ['old.ndjson', 'old.csv']]) {
      const { child, done } = start(['analyze', 'big.ndjson', ...outs.flatMap((o) => ['--out', o])], { cwd: dir });
      let exited = false;
      void done.then(() => (exited = true));
      // interrupt once it is writing: a temporary file exists (or, in a build that writes in place, the output changed)
      const writing = (): boolean =>
        leftovers(dir).length > 0 || existsSync(path.join(dir, 'new.ndjson')) || readFileSync(path.join(dir, 'old.ndjson'), 'utf8') !== 'previous\n';
      while (!exited && !writing()) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(exited, 'the run ended before it could be interrupted: make the input bigger').toBe(false);
      child.kill('SIGINT');
      const r = await done;
      expect(r.code, r.err).toBe(130);
      expect(r.err).toMatch(/interrupted/);
      expect(existsSync(path.join(dir, 'new.ndjson'))).toBe(false);
    }
    expect(existsSync(path.join(dir, 'new.csv'))).toBe(false);
    expect(readFileSync(path.join(dir, 'old.ndjson'), 'utf8')).toBe('previous\n');
    expect(readFileSync(path.join(dir, 'old.csv'), 'utf8')).toBe('previous\n');
    expect(leftovers(dir)).toEqual([]);
  });

  it('row 4: an unbalanced CSV quote costs only its own row, and the message says where it opened', { timeout: T }, async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'in.csv'),
      'id,text,date\n1,"Dishub lamban banget,2026-09-01\n2,Jalan rusak parah,2026-09-01\n3,Pelayanan cepat,2026-09-02\n',
    );
    const r = await cli(['analyze', 'in.csv', '--out', 'out.ndjson'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 2: unbalanced quote: the quote opened at line 2, column 3/);
    expect(r.err).toMatch(/3 rows read: 2 documents analysed, 1 bad rows/);
    expect(posts(path.join(dir, 'out.ndjson')).map((p) => p.id)).toEqual(['2', '3']);
  });

  it('row 5: a wrong CSV field count is a bad row (or, with --lenient, a warning with the line), never a silent shift', { timeout: T }, async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'in.csv'), 'id,text,source\n1,Jalan rusak, Dishub lamban,twitter\n2,Pelayanan cepat,facebook\n');
    const r = await cli(['analyze', 'in.csv', '--out', 'p.ndjson'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 2: 4 fields, the header has 3/);
    expect(r.err).toMatch(/columns 1/);
    expect(posts(path.join(dir, 'p.ndjson')).map((p) => p.id)).toEqual(['2']);
    const l = await cli(['analyze', 'in.csv', '--lenient', '--out', 'p.ndjson'], { cwd: dir });
    expect(l.code).toBe(0);
    expect(l.err).toMatch(/line 2: warning: 4 fields, the header has 3/);
    expect(l.err).toMatch(/2 rows read: 2 documents analysed, 0 bad rows, 1 warnings/);
  });

  it('row 6: invalid UTF-8 is reported with line and byte offset; --encoding latin1|windows-1252 decodes it', { timeout: T }, async () => {
    const dir = tempDir();
    const bytes = Buffer.concat([Buffer.from(post('a', 'Dishub lamban')), Buffer.from('{"id":"b","text":"Kaf'), Buffer.from([0xe9]), Buffer.from(' Dinkes enak"}\n')]);
    writeFileSync(path.join(dir, 'in.ndjson'), bytes);
    const r = await cli(['analyze', 'in.ndjson', '--out', 'p.ndjson'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(posts(path.join(dir, 'p.ndjson')).map((p) => p.id)).toEqual(['a']);
    const offset = Buffer.from(post('a', 'Dishub lamban')).length + '{"id":"b","text":"Kaf'.length;
    expect(r.err).toMatch(new RegExp(`line 2: invalid UTF-8 byte 0xE9 at byte offset ${offset}`));
    for (const enc of ['latin1', 'windows-1252']) {
      const d = await cli(['analyze', 'in.ndjson', '--encoding', enc, '--posts', 'p.csv'], { cwd: dir });
      expect(d.code).toBe(0);
      expect(readFileSync(path.join(dir, 'p.csv'), 'utf8')).toContain('Kafé Dinkes enak');
    }
  });

  it('row 7: the format is detected from a whole first line, not from the first chunk or 4 KB', { timeout: T }, async () => {
    const dir = tempDir();
    const split = await cli(['analyze', '-', '--by', 'none'], { cwd: dir, stdin: ['id,te', 'xt\n1,Dishub lamban\n'], chunkDelayMs: 2500 });
    expect(split.code).toBe(0);
    expect(split.err).toMatch(/\b1 documents analysed/);
    const cols = Array.from({ length: 600 }, (_, i) => `kolom_${i}`).join(',');
    writeFileSync(path.join(dir, 'export'), `${cols},text\n${Array.from({ length: 600 }, () => '').join(',')},Dishub lamban\n`);
    expect(cols.length).toBeGreaterThan(4096);
    const long = await cli(['analyze', 'export', '--by', 'none'], { cwd: dir });
    expect(long.code).toBe(0);
    expect(long.err).toMatch(/\b1 documents analysed/);
  });

  it('row 8: CR, LF and CRLF line ends read the same in NDJSON, text and CSV', { timeout: T }, async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'a.ndjson'), '{"text":"Dishub lamban"}\r{"text":"Dinkes sigap"}\r');
    writeFileSync(path.join(dir, 'a.txt'), 'Dishub lamban\rDinkes sigap\r');
    writeFileSync(path.join(dir, 'a.csv'), 'id,text\r1,Dishub lamban\r2,Dinkes sigap\r');
    writeFileSync(path.join(dir, 'b.csv'), 'id,text\r\n1,Dishub lamban\r\n2,Dinkes sigap\r\n');
    for (const f of ['a.ndjson', 'a.txt', 'a.csv', 'b.csv']) {
      const r = await cli(['analyze', f, '--by', 'none'], { cwd: dir });
      expect(r.code, `${f}: ${r.err}`).toBe(0);
      expect(r.err).toMatch(/2 rows read: 2 documents analysed, 0 bad rows/);
    }
  });

  it('row 9: Unix seconds are seconds; an extreme date is a bad row and the report is still written', { timeout: T }, async () => {
    const dir = tempDir();
    writeFileSync(
      path.join(dir, 'in.ndjson'),
      '{"id":"s","text":"Dishub lamban","date":1725148800}\n{"id":"ms","text":"Dinkes sigap","date":1725148800000}\n{"id":"x","text":"Jalan rusak","date":8640000000000000}\n',
    );
    const r = await cli(['analyze', 'in.ndjson', '--timezone', 'UTC', '--out', 'p.ndjson', '--out', 'report.html'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 3: unparsable "date": 8640000000000000 \(year .* is outside 1900–2100\)/);
    expect(posts(path.join(dir, 'p.ndjson')).map((p) => [p.id, p.date])).toEqual([
      ['s', '2024-09-01T00:00:00Z'],
      ['ms', '2024-09-01T00:00:00Z'],
    ]);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toMatch(/<\/html>\s*$/);
  });

  it('row 10: dd/mm/yyyy, "1 Oktober 2026", "October 1, 2026"-style and date-only ISO are that local day', { timeout: T }, async () => {
    const dir = tempDir();
    const dates = ['01/10/2026', '1 Oktober 2026', '1 October 2026', '2026-10-01', 'Kamis, 1 Okt 2026 pukul 09.35 WIB'];
    writeFileSync(path.join(dir, 'in.ndjson'), dates.map((d, i) => post(`d${i}`, 'Dishub lamban', d)).join(''));
    const r = await cli(['analyze', 'in.ndjson', '--by', 'day', '--out', 'rows.csv', '--out', 'p.ndjson'], { cwd: dir });
    expect(r.code, r.err).toBe(0);
    expect(lines(path.join(dir, 'rows.csv'))[1]).toMatch(/^2026-10-01,5,/);
    expect(posts(path.join(dir, 'p.ndjson')).map((p) => p.date)).toEqual([
      '2026-10-01T00:00:00+07:00',
      '2026-10-01T00:00:00+07:00',
      '2026-10-01T00:00:00+07:00',
      '2026-10-01T00:00:00+07:00',
      '2026-10-01T09:35:00+07:00',
    ]);
  });

  it('row 11: errors name the stage and the real cause (full disk on stdout, a bad --region)', { timeout: T }, async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'in.jsonl'), good(50));
    const full = openSync('/dev/full', 'w');
    try {
      const r = await cli(['analyze', 'in.jsonl'], { cwd: dir, stdout: full });
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/write error: stdout: .*ENOSPC/);
      expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      closeSync(full);
    }
    const g = await cli(['analyze', 'in.jsonl', '--region', '99.99'], { cwd: dir });
    expect(g.code).toBe(2);
    expect(g.err).toMatch(/option error: .*99\.99/);
    expect(g.err).not.toMatch(/cannot read in\.jsonl/);
  });

  it('row 12: one huge row with --workers 2 costs at most that row; the run goes on', { timeout: 240_000 }, async () => {
    const dir = tempDir();
    const huge = `${JSON.stringify({ id: 'huge', text: 'Dishub lamban, jalan rusak! '.repeat(16e6 / 28) })}\n`;
    writeFileSync(path.join(dir, 'in.ndjson'), good(500) + huge + good(500, 501));
    const r = await cli(['analyze', 'in.ndjson', '--workers', '2', '--out', 'p.ndjson'], { cwd: dir });
    expect([0, 1], r.err).toContain(r.code);
    const ids = posts(path.join(dir, 'p.ndjson')).map((p) => p.id);
    expect(ids.filter((id) => id !== 'huge')).toEqual(Array.from({ length: 1000 }, (_, i) => `p${i + 1}`));
    if (r.code === 1) expect(r.err).toMatch(/line 501: analysis ran out of memory/);
    expect(r.err).toMatch(/1001 rows read/);
  });

  it('row 13: punctuation runs and empty CSV fields count toward the record limit', { timeout: T }, async () => {
    const dir = tempDir();
    const commas = ','.repeat(17 * 1024 * 1024);
    writeFileSync(path.join(dir, 'in.csv'), `id,text\n1,Dishub lamban\n2${commas}\n3,Dinkes sigap\n`);
    const r = await cli(['analyze', 'in.csv', '--out', 'p.ndjson'], { cwd: dir });
    expect(r.code, r.err).toBe(1);
    expect(r.err).toMatch(/line 3: record longer than 16777216 characters/);
    expect(posts(path.join(dir, 'p.ndjson')).map((p) => p.id)).toEqual(['1', '3']);
    writeFileSync(path.join(dir, 'in.txt'), `Dishub lamban\n${'!'.repeat(17 * 1024 * 1024)}\nDinkes sigap\n`);
    const t = await cli(['analyze', 'in.txt', '--by', 'none'], { cwd: dir });
    expect(t.code).toBe(1);
    expect(t.err).toMatch(/3 rows read: 2 documents analysed, 1 bad rows \(too-long 1\)/);
  });
});

describe('outputs', () => {
  it('several --out in one run; --excel writes a BOM; the per-post CSV carries the original text', { timeout: T }, async () => {
    const dir = tempDir();
    const text = '-_- "Dishub" lamban,\njalan rusak';
    writeFileSync(path.join(dir, 'in.ndjson'), `${JSON.stringify({ id: 'a', text })}\n${post('b', 'Dinkes sigap')}`);
    const r = await cli(
      ['analyze', 'in.ndjson', '--out', 'report.html', '--out', 'rows.csv', '--out', 'p.ndjson', '--posts', 'p.csv', '--json-summary', 's.json'],
      { cwd: dir },
    );
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/i);
    expect(lines(path.join(dir, 'rows.csv'))[0]).toMatch(/^entity,entity_name,day,count/);
    expect(posts(path.join(dir, 'p.ndjson')).map((p) => p.id)).toEqual(['a', 'b']);
    const { parseCsv } = await import('../../src/cli/read/csv');
    const recs: string[][] = [];
    for await (const rec of parseCsv([readFileSync(path.join(dir, 'p.csv'))])) recs.push(rec.fields);
    expect(recs[0]!.at(-1)).toBe('text');
    expect(recs[1]!.at(-1)).toBe(text);
    expect(JSON.parse(readFileSync(path.join(dir, 's.json'), 'utf8'))).toMatchObject({ rowsRead: 2, documents: 2, badRows: 0, exitCode: 0 });
    const x = await cli(['analyze', 'in.ndjson', '--excel', '--out', 'rows.csv', '--posts', 'p.csv'], { cwd: dir });
    expect(x.code).toBe(0);
    for (const f of ['rows.csv', 'p.csv']) expect(readFileSync(path.join(dir, f)).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe('signals', () => {
  it('SIGINT at random points never leaves a partial output and never changes an existing one', { timeout: 300_000 }, async () => {
    const dir = tempDir();
    const n = 20_000;
    writeFileSync(path.join(dir, 'in.ndjson'), good(n));
    const outs = ['p.ndjson', 'rows.csv', 'report.html', 'p.csv'];
    const fc = (await import('fast-check')).default;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 4500 }), fc.constantFrom(1, 2), async (delay, workers) => {
        for (const o of outs) writeFileSync(path.join(dir, o), `previous ${o}\n`);
        const { child, done } = start(
          ['analyze', 'in.ndjson', '--workers', String(workers), '--out', 'p.ndjson', '--out', 'rows.csv', '--out', 'report.html', '--posts', 'p.csv'],
          { cwd: dir },
        );
        await new Promise((r) => setTimeout(r, delay));
        child.kill('SIGINT');
        const r = await done;
        expect(leftovers(dir)).toEqual([]);
        const contents = outs.map((o) => readFileSync(path.join(dir, o), 'utf8'));
        if (r.code === 0) {
          // finished before the signal: every output complete
          expect(lines(path.join(dir, 'p.ndjson'))).toHaveLength(n);
          expect(lines(path.join(dir, 'p.csv'))).toHaveLength(n + 1);
          expect(contents[2]).toMatch(/<\/html>\s*$/);
          expect(contents[1]).toMatch(/^entity,/);
        } else {
          expect([130, null], `delay ${delay}: ${r.err}`).toContain(r.code);
          // interrupted: all previous files byte for byte
          expect(contents).toEqual(outs.map((o) => `previous ${o}\n`));
        }
      }),
      { numRuns: 8 },
    );
  });
});
