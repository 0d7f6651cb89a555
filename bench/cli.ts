/**
 * End-to-end `suara analyze` throughput on a generated NDJSON file, 1 worker
 * vs 2: docs/s, MB/s and peak RSS of the whole process (worker threads
 * included).
 *
 *   npx tsx bench/cli.ts                      (100 MB; SUARA_BENCH_MB=20 for a quicker run)
 *   SUARA_BENCH_SOURCE=1 npx tsx bench/cli.ts (time src/cli/bin.ts under tsx instead of a bundle)
 *   SUARA_BENCH_WORKERS=1,2,4                 (worker counts to time; default 1,2)
 *   SUARA_BENCH_OUT=html                      (write the HTML report, which adds its 7 aggregator views,
 *                                              instead of the default rows CSV of the one `--by` view)
 *   SUARA_BENCH_PROFILE=1                     (where the time goes, in this process: startup, read+parse,
 *                                              analysis, messaging (structured clone), merging)
 *   SUARA_BENCH_BASELINE=old/cli.js           (A/B: alternate runs of that bundle and this one,
 *   SUARA_BENCH_ROUNDS=3                       SUARA_BENCH_ROUNDS rounds, report medians and ratios)
 *
 * By default the CLI is bundled first with tsup into .tmp/bench-dist (the
 * same settings as the package build, without declarations, so dist/ is not
 * touched) and that bundle is timed — what `npx suara` users run. Under tsx
 * every worker thread also compiles the sources, which costs ~100 MB RSS
 * per thread and some seconds of start-up.
 *
 * The input is generated at bench time into .tmp/ (gitignored) from the
 * sentences in bench/corpus.ts (written for suara; no dataset text), with
 * dates over ten weeks, several sources and ids. Each run is a separate
 * child process so peak RSS is measured per run (`process.resourceUsage().maxRSS`).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { prng, shortPosts } from './corpus';
import { printTable, type BenchRow } from './harness';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');

const SOURCES = ['twitter', 'facebook', 'instagram', 'lapor', 'news'];

/** Writes `mb` megabytes of NDJSON posts to `file` (deterministic). */
async function generate(file: string, mb: number): Promise<number> {
  const target = mb * 1e6;
  const out = createWriteStream(file);
  const r = prng(7);
  const start = Date.UTC(2026, 8, 1) - 7 * 3_600_000; // 1 Sep 2026 00:00 WIB
  let bytes = 0;
  let id = 0;
  let seed = 1;
  while (bytes < target) {
    let chunk = '';
    for (const text of shortPosts(2000, seed++)) {
      const date = new Date(start + Math.floor(r() * 70 * 86_400_000)).toISOString();
      const source = SOURCES[Math.floor(r() * SOURCES.length)]!;
      chunk += `${JSON.stringify({ id: `b${++id}`, date, source, text })}\n`;
    }
    bytes += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return id;
}

interface ChildResult {
  seconds: number;
  /** CPU seconds (user + system, all threads). */
  cpu: number;
  /** Load average of the machine when the run ended (other processes share the cores). */
  load: number;
  documents: number;
  maxRssMB: number;
  stderr: string;
}

/** Bundles the CLI into .tmp/bench-dist and returns the entry path. */
async function bundle(): Promise<string> {
  const { build } = await import('tsup');
  const outDir = path.join(repo, '.tmp/bench-dist');
  await build({
    entry: { cli: path.join(repo, 'src/cli/bin.ts') },
    format: ['esm'],
    dts: false,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:*'],
    outDir,
    silent: true,
    config: false,
  });
  return path.join(outDir, 'cli.js');
}

/** Runs `suara analyze` in a child process and reads its summary and peak RSS. */
async function runChild(file: string, workers: number, entry: string | undefined): Promise<ChildResult> {
  const args = entry ? [entry] : ['--import', 'tsx', path.join(repo, 'src/cli/bin.ts')];
  // `--require` a one-liner that prints maxRSS (KB, whole process incl. threads) when the process exits.
  const rssHook = path.join(repo, '.tmp/bench-rss.cjs');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(
    rssHook,
    "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('\\nBENCH_MAXRSS ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n",
  );
  const outFile = path.join(repo, process.env['SUARA_BENCH_OUT'] === 'html' ? `.tmp/bench-report-${workers}.html` : `.tmp/bench-rows-${workers}.csv`);
  const t0 = performance.now();
  const child = spawn(
    process.execPath,
    ['--require', rssHook, ...args, 'analyze', file, '--workers', String(workers), '--out', outFile],
    { cwd: repo, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`suara analyze exited ${code}:\n${stderr}`);
  const documents = Number(/(\d+) documents analysed/.exec(stderr)?.[1] ?? Number.NaN);
  const m = /BENCH_MAXRSS (\d+) (\d+)/.exec(stderr);
  const maxRssMB = Number(m?.[1] ?? Number.NaN) / 1024;
  const cpu = Number(m?.[2] ?? Number.NaN) / 1e6;
  return { seconds, cpu, load: loadavg()[0] ?? 0, documents, maxRssMB, stderr };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function describeRun(label: string, workers: number, size: number, r: ChildResult): void {
  console.error(
    `${label} workers=${workers}: ${r.documents} docs, ${r.seconds.toFixed(2)} s, ${(r.documents / r.seconds).toFixed(0)} docs/s, ` +
      `${(size / r.seconds).toFixed(2)} MB/s, peak RSS ${r.maxRssMB.toFixed(0)} MB, ` +
      `CPU ${r.cpu.toFixed(1)} s (${((r.cpu / r.seconds) * 100).toFixed(0)}% of one core), ` +
      `load avg ${r.load.toFixed(1)} on ${availableParallelism()} cores`,
  );
}

/** Generates the input (if needed), times each worker count (A/B against a baseline bundle if given), returns the table rows. */
export async function run(): Promise<BenchRow[]> {
  const mb = Number(process.env['SUARA_BENCH_MB'] ?? 100);
  mkdirSync(path.join(repo, '.tmp'), { recursive: true });
  const file = path.join(repo, `.tmp/bench-posts-${mb}mb.ndjson`);
  if (!existsSync(file)) {
    const t = performance.now();
    const n = await generate(file, mb);
    console.error(`generated ${file}: ${n} posts in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  const size = statSync(file).size / 1e6;
  const entry = process.env['SUARA_BENCH_SOURCE'] === '1' ? undefined : await bundle();
  const counts = (process.env['SUARA_BENCH_WORKERS'] ?? '1,2').split(',').map(Number);
  const baseline = process.env['SUARA_BENCH_BASELINE'];
  const rounds = Number(process.env['SUARA_BENCH_ROUNDS'] ?? (baseline ? 3 : 1));
  const label = `analyze ${size.toFixed(0)} MB NDJSON${process.env['SUARA_BENCH_OUT'] === 'html' ? ' → HTML' : ''}${entry ? '' : ' (tsx)'}`;
  const ours = new Map<number, ChildResult[]>();
  const base = new Map<number, ChildResult[]>();
  for (let round = 0; round < rounds; round++) {
    for (const workers of counts) {
      // alternate which goes first, so drift in the machine's load hits both alike
      const order: ('ours' | 'base')[] = baseline ? (round % 2 === 0 ? ['base', 'ours'] : ['ours', 'base']) : ['ours'];
      for (const who of order) {
        const r = await runChild(file, workers, who === 'base' ? path.resolve(baseline!) : entry);
        const m = who === 'base' ? base : ours;
        m.set(workers, [...(m.get(workers) ?? []), r]);
        describeRun(who === 'base' ? 'baseline' : 'this   ', workers, size, r);
      }
    }
  }
  const rate = (rs: ChildResult[]): number => median(rs.map((r) => r.documents / r.seconds));
  const rows: BenchRow[] = [];
  const one = rate(ours.get(counts[0]!)!);
  for (const workers of counts) {
    const rs = ours.get(workers)!;
    const docs = rate(rs);
    const b = base.get(workers);
    if (b) {
      rows.push({ name: `${label}, ${workers} worker(s), median of ${rounds} (peer: baseline)`, unit: 'docs/s', ours: docs, rme: 0, peerName: 'baseline', peer: rate(b), peerRme: 0 });
    } else if (workers !== counts[0]) {
      rows.push({ name: `${label}, ${workers} workers (peer: ${counts[0]} worker)`, unit: 'docs/s', ours: docs, rme: 0, peerName: `${counts[0]} worker`, peer: one, peerRme: 0 });
    } else rows.push({ name: `${label}, ${workers} worker`, unit: 'docs/s', ours: docs, rme: 0 });
    rows.push({ name: `${label}, ${workers} worker(s)`, unit: 'MB/s', ours: median(rs.map((r) => size / r.seconds)), rme: 0 });
    rows.push({ name: `peak RSS, ${workers} worker(s)`, unit: 'MB', ours: median(rs.map((r) => r.maxRssMB)), rme: 0 });
    // CPU seconds (all threads) move less than wall time when other processes share the cores
    const cpu = median(rs.map((r) => r.cpu));
    if (b) rows.push({ name: `CPU, ${workers} worker(s), median (peer: baseline; lower is better)`, unit: 's', ours: cpu, rme: 0, peerName: 'baseline', peer: median(b.map((r) => r.cpu)), peerRme: 0 });
    else rows.push({ name: `CPU, ${workers} worker(s), median`, unit: 's', ours: cpu, rme: 0 });
  }
  if (baseline && counts.length > 1) {
    for (const workers of counts.slice(1)) {
      rows.push({ name: `${label}, ${workers} workers vs ${counts[0]} (this build)`, unit: 'docs/s', ours: rate(ours.get(workers)!), rme: 0, peerName: `${counts[0]} worker`, peer: one, peerRme: 0 });
    }
  }
  return rows;
}

/**
 * The parts of a `--workers` run measured one by one in this process, so a
 * shortfall of the 2-worker speed-up can be attributed: the main thread's
 * share (reading, JSON.parse, dates, batching, cloning each batch and each
 * result), each worker's start-up (building the analyzer and its lexicons,
 * the first analysis), the analysis itself, and merging the states.
 */
async function profile(file: string): Promise<void> {
  const { createReadStream } = await import('node:fs');
  const v8 = await import('node:v8');
  const { readRecordBatches } = await import('../src/cli/read/records');
  const { createProcessor } = await import('../src/cli/processor');
  const { buildAggregator, mergeTrustedState } = await import('../src/aggregate/create-aggregator');
  const { resolveAggregatorOptions } = await import('../src/aggregate/options');
  const { reportViews } = await import('../src/cli/report/data');
  const fields = { text: 'text', id: 'id', date: 'date', source: 'source' };
  // CPU time of this process (this thread plus V8's helper threads), not wall time: other jobs on the machine inflate wall time
  const cpuNow = (): number => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const ms = (t0: number): number => cpuNow() - t0;
  let t = cpuNow();
  const rows: import('../src/cli/read/records').InputRow[] = [];
  for await (const batch of readRecordBatches(createReadStream(file, { highWaterMark: 256 * 1024 }), { format: 'ndjson', fields, timezone: 'Asia/Jakarta' })) {
    for (const r of batch) if (!('kind' in r)) rows.push(r);
  }
  const read = ms(t);
  const batches: (typeof rows)[] = [];
  for (let i = 0; i < rows.length; i += 512) batches.push(rows.slice(i, i + 512));
  t = cpuNow();
  for (const b of batches) v8.deserialize(v8.serialize({ type: 'batch', id: 1, rows: b, emit: true }));
  const cloneRows = ms(t);
  const html = process.env['SUARA_BENCH_OUT'] === 'html';
  const views = [{ by: ['entity', 'day'] as const, timezone: 'Asia/Jakarta' as const }, ...(html ? reportViews('day', 'Asia/Jakarta') : [])];
  const config = { aggregators: views.map((o) => resolveAggregatorOptions({ ...o, by: [...(o.by ?? [])] })), docs: false, timezone: 'Asia/Jakarta' as const };
  t = cpuNow();
  const p = createProcessor(config);
  const build = ms(t);
  t = cpuNow();
  p.process(batches[0]!.slice(0, 1));
  const first = ms(t);
  t = cpuNow();
  let results = 0;
  for (const b of batches) {
    const r = p.process(b);
    const c = cpuNow();
    v8.deserialize(v8.serialize({ type: 'result', id: 1, result: r }));
    results += cpuNow() - c;
  }
  const analyse = ms(t) - results;
  t = cpuNow();
  const states = p.takeStates();
  const cloned = v8.deserialize(v8.serialize(states)) as typeof states;
  config.aggregators.forEach((o, i) => mergeTrustedState(buildAggregator(o), cloned[i]!));
  const merge = ms(t);
  // CPU work of one worker in this process (no cloning) and of 2 workers (cloning, a second start-up)
  const one = read + build + first + analyse + merge;
  const two = one + cloneRows + results + build + first;
  const mainTwo = read + cloneRows + results + merge;
  const line = (name: string, x: number): void => console.error(`${name.padEnd(52)} ${(x / 1000).toFixed(2).padStart(7)} s  ${((x / one) * 100).toFixed(1).padStart(5)}%`);
  console.error(
    `profile of ${rows.length} rows (${file}), ${views.length} aggregator view(s), one thread, CPU time, load avg ${(loadavg()[0] ?? 0).toFixed(1)}; % of a 1-worker run:`,
  );
  line('main: read + JSON.parse + dates', read);
  line('main→worker: structured clone of the row batches', cloneRows);
  line('worker start-up: createProcessor (analyzer, lexicons)', build);
  line('worker start-up: first analysis (lazy indexes)', first);
  line('worker: analysis + aggregation', analyse);
  line('worker→main: structured clone of the results', results);
  line('end: clone + merge the states', merge);
  console.error(
    `2 workers: ${(two / 1000).toFixed(2)} s of CPU work (${((two / one - 1) * 100).toFixed(1)}% more than 1 worker), ` +
      `${(mainTwo / 1000).toFixed(2)} s of it serial on the main thread; on 2 idle cores the best possible is ` +
      `${(one / Math.max(mainTwo, two / 2)).toFixed(2)}× one worker`,
  );
}

if (process.env['SUARA_BENCH_PROFILE'] === '1' && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const mb = Number(process.env['SUARA_BENCH_MB'] ?? 100);
  await profile(path.join(repo, `.tmp/bench-posts-${mb}mb.ndjson`));
  process.exit(0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printTable(await run());
