/**
 * analyze() against the 0.1.0 release, both bundled the same way
 * (bench/dists.ts builds them into bench/.out/), in one process with
 * alternating A/B rounds: short posts, tweet-like posts and long articles.
 * Then the first-call (cold) cost: fresh `node` processes, alternating
 * release and current, timing the import and the first analyze() /
 * tokenize() (median of the runs; lower is better for these ms rows).
 *
 *   npx tsx bench/analyze.ts            (SUARA_BENCH_COLD_RUNS=7 for more cold runs)
 *
 * Corpora come from bench/corpus.ts (sentences written for suara, fixed seed).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { articles, shortPosts, tweetPosts } from './corpus';
import { currentDist, releaseDist } from './dists';
import { alternate, printTable, type BenchRow } from './harness';

interface Suara {
  analyze(text: string): { sentiment: { score: number }; tokens: unknown[] };
  tokenize(text: string): unknown[];
}

// Runs in a fresh process: import, first tokenize(), first analyze(), each timed.
const COLD = String.raw`
const [dist, text] = process.argv.slice(1);
let t = performance.now();
const m = await import(dist);
const imp = performance.now() - t;
t = performance.now();
m.tokenize(text);
const tok = performance.now() - t;
t = performance.now();
m.analyze(text);
const an = performance.now() - t;
process.stdout.write(JSON.stringify({ imp, tok, an }));
`;
const COLD_TEXT = 'Jalan di depan rumah rusak parah gak diperbaiki2, @pemkot tolong dong. Terima kasih Dinkes Pangkalpinang sudah gercep fogging 🙏';

function cold(entry: string): { imp: number; tok: number; an: number } {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', COLD, pathToFileURL(entry).href, COLD_TEXT], { encoding: 'utf8' });
  return JSON.parse(out) as { imp: number; tok: number; an: number };
}

/** Runs the release comparison and returns the table rows. */
export async function run(): Promise<BenchRow[]> {
  const relDir = await releaseDist();
  const curDir = await currentDist();
  const rel = (await import(pathToFileURL(path.join(relDir, 'index.js')).href)) as Suara;
  const cur = (await import(pathToFileURL(path.join(curDir, 'index.js')).href)) as Suara;
  const corpora = [
    { label: '2000 short posts', docs: shortPosts(2000) },
    { label: '2000 tweet-like posts', docs: tweetPosts(2000) },
    { label: '40 long articles', docs: articles(40) },
  ];
  const rows: BenchRow[] = [];
  let sink = 0;
  for (const { label, docs } of corpora) {
    const mb = docs.reduce((a, d) => a + Buffer.byteLength(d), 0) / 1e6;
    const r = await alternate(`analyze() ${label}`, 'docs/s', docs.length, () => docs.forEach((d) => (sink += cur.analyze(d).sentiment.score)), {
      name: 'suara 0.1.0',
      fn: () => docs.forEach((d) => (sink += rel.analyze(d).sentiment.score)),
    });
    rows.push(r);
    rows.push({ ...r, name: `analyze() ${label} (${mb.toFixed(2)} MB)`, unit: 'MB/s', ours: (r.ours * mb) / docs.length, peer: (r.peer! * mb) / docs.length });
  }
  if (sink === Number.MIN_VALUE) console.log(sink);

  // Cold: alternate the two builds process by process so load drifts hit both.
  const runs = Number(process.env['SUARA_BENCH_COLD_RUNS'] ?? 5);
  const a: { imp: number; tok: number; an: number }[] = [];
  const b: { imp: number; tok: number; an: number }[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      a.push(cold(path.join(curDir, 'index.js')));
      b.push(cold(path.join(relDir, 'index.js')));
    } else {
      b.push(cold(path.join(relDir, 'index.js')));
      a.push(cold(path.join(curDir, 'index.js')));
    }
  }
  const med = (xs: number[]): number => xs.slice().sort((x, y) => x - y)[xs.length >> 1]!;
  const spread = (xs: number[]): number => ((Math.max(...xs) - Math.min(...xs)) / 2 / med(xs)) * 100;
  for (const [key, what] of [
    ['imp', 'import suara'],
    ['tok', 'first tokenize()'],
    ['an', 'first analyze() after it'],
  ] as const) {
    const xa = a.map((x) => x[key]);
    const xb = b.map((x) => x[key]);
    rows.push({ name: `cold: ${what}, ms (lower is better)`, unit: 'ms', ours: med(xa), rme: spread(xa), peerName: 'suara 0.1.0', peer: med(xb), peerRme: spread(xb) });
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printTable(await run());
