import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { parseCsv } from '../../src/cli/read/csv';
import { memoryIO } from './io';

const repo = path.resolve(__dirname, '../..');
const fx = (name: string) => path.join(repo, 'fixtures', name);
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'suara-cli-'));
});

function nonBlankLines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
}

async function run(argv: string[], stdin = '') {
  const io = memoryIO(stdin);
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err() };
}

describe('suara analyze on the fixtures', () => {
  it('posts.ndjson: exit 0, one result line per post, in input order', async () => {
    const out = path.join(tmp, 'result.ndjson');
    const r = await run(['analyze', fx('posts.ndjson'), '--out', out]);
    expect(r.code).toBe(0);
    const input = nonBlankLines(fx('posts.ndjson')).map((l) => JSON.parse(l) as { id: string });
    const results = nonBlankLines(out).map((l) => JSON.parse(l) as { id: string; label: string; line: number });
    expect(results.map((x) => x.id)).toEqual(input.map((x) => x.id));
    expect(results.every((x) => ['positive', 'negative', 'neutral'].includes(x.label))).toBe(true);
    expect(r.err).toMatch(new RegExp(`${input.length} documents analysed, 0 bad rows`));
  });

  it('posts-malformed.ndjson: bad rows on stderr with line numbers, counted, run continues, exit 1', async () => {
    const r = await run(['analyze', fx('posts-malformed.ndjson')]);
    expect(r.code).toBe(1);
    for (const line of [4, 9, 13]) expect(r.err).toMatch(new RegExp(`line ${line}: invalid JSON`));
    expect(r.err).toMatch(/line 11: missing or non-string "text" field/);
    expect(r.err).toMatch(/line 16: unparsable "date"/);
    const total = nonBlankLines(fx('posts-malformed.ndjson')).length;
    expect(r.err).toMatch(new RegExp(`${total - 5} documents analysed, 5 bad rows \\(json 3, text 1, date 1\\)`));
    // The good rows were still aggregated: CSV on stdout.
    expect(r.out.split('\n')[0]).toMatch(/^entity,entity_name,day,count,/);
    const counts = r.out
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    expect(counts.length).toBeGreaterThan(0);
  });

  it('posts.csv: quoted multi-line fields read as one post each', async () => {
    const out = path.join(tmp, 'csv-result.ndjson');
    const r = await run(['analyze', fx('posts.csv'), '--out', out]);
    expect(r.code).toBe(0);
    const records: string[][] = [];
    for await (const rec of parseCsv([readFileSync(fx('posts.csv'))])) records.push(rec.fields);
    const ids = nonBlankLines(out).map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(records.slice(1).map((f) => f[0]));
  });

  it('reads stdin with `-` and detects the format', async () => {
    const text = nonBlankLines(fx('posts.ndjson')).slice(0, 5).join('\n');
    const r = await run(['analyze', '-', '--by', 'none'], text);
    expect(r.code).toBe(0);
    const [header, row] = r.out.trim().split('\n');
    expect(header!.startsWith('count,')).toBe(true);
    expect(row!.startsWith('5,')).toBe(true);
  });

  it('txt input and custom field names', async () => {
    const txt = path.join(tmp, 'posts.txt');
    writeFileSync(txt, 'Pelayanan cepat dan ramah\n\nJalan rusak parah\n');
    const r = await run(['analyze', txt, '--by', 'none']);
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n')[1]!.startsWith('2,')).toBe(true);
    const nd = path.join(tmp, 'custom.ndjson');
    writeFileSync(nd, '{"kode": "a", "isi": "Pelayanan cepat", "tgl": "2026-09-01"}\n');
    const c = await run(['analyze', nd, '--text-field', 'isi', '--id-field', 'kode', '--date-field', 'tgl', '--by', 'day']);
    expect(c.code).toBe(0);
    expect(c.out).toMatch(/^day,count/);
    expect(c.out).toMatch(/\n2026-09-01,1,/);
  });

  it('writes group rows as CSV with --out rows.csv', async () => {
    const out = path.join(tmp, 'rows.csv');
    const r = await run(['analyze', fx('posts.ndjson'), '--out', out, '--by', 'entity,week']);
    expect(r.code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines[0]).toMatch(/^entity,entity_name,week,count,positive,negative,neutral,net,/);
    expect(lines.length).toBeGreaterThan(5);
  });
});

describe('--workers', () => {
  it('gives byte-identical NDJSON, CSV and HTML to one worker', async () => {
    for (const ext of ['ndjson', 'csv', 'html']) {
      const one = path.join(tmp, `w1.${ext}`);
      const two = path.join(tmp, `w2.${ext}`);
      expect((await run(['analyze', fx('posts.ndjson'), '--out', one])).code).toBe(0);
      expect((await run(['analyze', fx('posts.ndjson'), '--out', two, '--workers', '2'])).code).toBe(0);
      expect(readFileSync(two, 'utf8')).toBe(readFileSync(one, 'utf8'));
    }
    const a = await run(['analyze', fx('posts-malformed.ndjson'), '--by', 'entity,source,week']);
    const b = await run(['analyze', fx('posts-malformed.ndjson'), '--by', 'entity,source,week', '--workers', '3']);
    expect(b.code).toBe(1);
    expect(b.out).toBe(a.out);
    expect(b.err.replace(/in [\d.]+ s \(\d+ docs\/s\)/, '')).toBe(a.err.replace(/in [\d.]+ s \(\d+ docs\/s\)/, ''));
  });
});

describe('exit code 2: usage errors and unreadable input', () => {
  it.each([
    [['frobnicate']],
    [['analyze']],
    [['analyze', 'a', 'b']],
    [['analyze', 'x.ndjson', '--by', 'entity,fortnight']],
    [['analyze', 'x.ndjson', '--by', 'day,week']],
    [['analyze', 'x.ndjson', '--workers', '0']],
    [['analyze', 'x.ndjson', '--format', 'xml']],
    [['analyze', 'x.ndjson', '--timezone', 'Europe/Berlin']],
    [['analyze', 'x.ndjson', '--out', 'x.pdf']],
    [['analyze', 'x.ndjson', '--nope']],
    [['analyze', 'x.ndjson', '--region', 'Atlantis']],
    [['stem']],
  ])('%j', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^suara: /);
  });

  it('missing file, directory, CSV without the text column', async () => {
    expect((await run(['analyze', path.join(tmp, 'nope.ndjson')])).code).toBe(2);
    expect((await run(['analyze', tmp])).code).toBe(2);
    const csv = path.join(tmp, 'no-text.csv');
    writeFileSync(csv, 'id,isi\n1,halo\n');
    const r = await run(['analyze', csv]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/no "text" column/);
  });
});

describe('quick commands', () => {
  it('stem', async () => {
    const r = await run(['stem', 'memakan', 'pelayanan']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('memakan\tmakan\npelayanan\tlayan\n');
  });
  it('tokenize keeps offsets', async () => {
    const r = await run(['tokenize', 'Dishub lamban!']);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toMatch(/^0-6\tword\tDishub\t/);
    const j = await run(['tokenize', '--json', 'halo']);
    expect(JSON.parse(j.out)[0]).toMatchObject({ text: 'halo', start: 0, end: 4 });
  });
  it('score', async () => {
    const r = await run(['score', '--json', 'Jalan rusak parah, pelayanan lambat']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).label).toBe('negative');
    const t = await run(['score', 'Pelayanan ramah']);
    expect(t.out).toMatch(/^positive\tcompound /);
  });
  it('help and version exit 0', async () => {
    expect((await run(['--help'])).out).toMatch(/Exit codes: 0 ok, 1 done but some rows were bad/);
    expect((await run(['--version'])).code).toBe(0);
  });
});

describe('progress', () => {
  it('stays quiet when stderr is not a TTY', async () => {
    const r = await run(['analyze', fx('posts.ndjson')]);
    expect(r.err).not.toMatch(/\r/);
  });
});

it('fixtures exist', () => {
  expect(existsSync(fx('posts.ndjson'))).toBe(true);
});

describe('--agencies and --lexicon', () => {
  it('a city list and extra words change the result; broken files are option errors with the line', async () => {
    const dir = tmp;
    const input = path.join(dir, 'city.ndjson');
    writeFileSync(input, '{"id":"a","text":"SiSehat Soreang jozz, pelayanannya"}\n');
    const agencies = path.join(dir, 'agencies.tsv');
    writeFileSync(agencies, 'region\tid\tname\taliases\n32.04\tdinas.kesehatan\tDinas Kesehatan\tSiSehat Soreang\n');
    const lexicon = path.join(dir, 'kata.tsv');
    writeFileSync(lexicon, 'term\tweight\njozz\t3\n');
    const out = path.join(dir, 'city-out.ndjson');
    const plain = await run(['analyze', input, '--out', out]);
    expect(plain.code).toBe(0);
    const before = JSON.parse(readFileSync(out, 'utf8')) as { label: string; entities: { id: string }[] };
    expect(before.entities).toEqual([]);
    for (const workers of ['1', '2']) {
      const r = await run(['analyze', input, '--agencies', agencies, '--lexicon', lexicon, '--workers', workers, '--out', out]);
      expect(r.code, r.err).toBe(0);
      const after = JSON.parse(readFileSync(out, 'utf8')) as { label: string; entities: { id: string }[] };
      expect(after.entities.map((e) => e.id)).toEqual(['dinas.kesehatan']);
      expect(after.label).toBe('positive');
    }
    writeFileSync(agencies, 'region\tid\tname\n32.04\tdinas.kesehatan\tDinas Kesehatan\n32.04\tdinas.keshatan\tDinas Kesehatan\n');
    const bad = await run(['analyze', input, '--agencies', agencies, '--out', out]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/option error: --agencies .*agencies\.tsv: line 3, field "id": unknown kind id "dinas\.keshatan"/);
    writeFileSync(lexicon, 'jozz\t3\nparah\tbanget\n');
    const badLex = await run(['analyze', input, '--lexicon', lexicon]);
    expect(badLex.code).toBe(2);
    expect(badLex.err).toMatch(/option error: --lexicon .*kata\.tsv: line 2: "parah"/);
  });
});

describe('--agencies reads the registry format of the library loader', () => {
  it('a city\'s handles and BUMD rows tag posts, in one thread and in workers alike', async () => {
    const input = path.join(tmp, 'handles.ndjson');
    writeFileSync(input, '{"id":"h1","text":"@dishub_pkp lampu merah mati, #pdamtirtapinang keruh"}\n');
    const agencies = path.join(tmp, 'city-handles.tsv');
    writeFileSync(
      agencies,
      'region\tkind\tid\ttype\tname\thandles\n' +
        '19.71\topd\tdinas.perhubungan\t\tDinas Perhubungan\t@dishub_pkp\n' +
        '19.71\tbumd\ttirta-pinang\tairminum\tPerumda Air Minum Tirta Pinang\t@pdamtirtapinang|#pdamtirtapinang\n',
    );
    const outs: string[] = [];
    for (const workers of ['1', '2']) {
      const out = path.join(tmp, `handles-${workers}.ndjson`);
      const r = await run(['analyze', input, '--agencies', agencies, '--workers', workers, '--out', out]);
      expect(r.code, r.err).toBe(0);
      outs.push(readFileSync(out, 'utf8'));
      const doc = JSON.parse(readFileSync(out, 'utf8')) as { entities: { text: string; kind: string; start: number }[] };
      expect(doc.entities.map((e) => [e.text, e.kind, e.start])).toEqual([
        ['@dishub_pkp', 'opd', 0],
        ['#pdamtirtapinang', 'bumd', 30],
      ]);
    }
    expect(outs[0]).toBe(outs[1]);
  });
});
