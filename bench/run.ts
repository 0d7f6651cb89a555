/**
 * `npm run bench`: every hot path against its peers in ONE process, one table.
 *
 *   npm run bench                          all modules (CLI on a 20 MB generated file)
 *   npm run bench -- --only tokenize,stem  a subset (tokenize, stem, sentiment, entities, analyze, cli)
 *   SUARA_BENCH_MB=100 npm run bench       the CLI row on 100 MB instead
 *
 * Modules run one after another (never concurrently, so they do not compete
 * for the cores); each exports `run(): Promise<BenchRow[]>` and is also
 * runnable alone (`npx tsx bench/stem.ts`). The header records what the
 * numbers depend on: cores, CPU, Node version and the load average before
 * and after (the machine may be shared: compare ratios, which are measured
 * in the same process seconds apart, rather than absolute rates).
 * Corpora are generated at bench time from sentences written for suara
 * (bench/corpus.ts); no dataset text is used.
 */
import { availableParallelism, cpus, loadavg } from 'node:os';
import { printTable, type BenchRow } from './harness';

const MODULES = ['tokenize', 'stem', 'sentiment', 'entities', 'topics', 'analyze', 'cli'] as const;

function parseOnly(argv: string[]): Set<string> {
  const i = argv.indexOf('--only');
  if (i < 0) return new Set(MODULES);
  const wanted = (argv[i + 1] ?? '').split(',').filter(Boolean);
  const unknown = wanted.filter((w) => !(MODULES as readonly string[]).includes(w));
  if (unknown.length > 0) throw new Error(`bench: unknown module(s) ${unknown.join(', ')}; known: ${MODULES.join(', ')}`);
  return new Set(wanted);
}

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');

// The CLI bench defaults to 100 MB when run alone; 20 MB keeps the full run to minutes.
process.env['SUARA_BENCH_MB'] ??= '20';

const only = parseOnly(process.argv.slice(2));
const started = new Date();
const loadBefore = load();
console.log(
  `suara bench — ${started.toISOString()}\n` +
    `machine: ${availableParallelism()} cores, ${cpus()[0]?.model.trim() ?? 'unknown CPU'}; node ${process.version}; ` +
    `load average (1/5/15 min) before: ${loadBefore}; gc exposed: ${typeof (globalThis as { gc?: unknown }).gc === 'function'}`,
);

const rows: BenchRow[] = [];
const failed: string[] = [];
for (const name of MODULES) {
  if (!only.has(name)) continue;
  const t0 = performance.now();
  console.error(`bench: ${name} …`);
  try {
    const mod = (await import(`./${name}`)) as { run(): Promise<BenchRow[]> };
    rows.push(...(await mod.run()));
    console.error(`bench: ${name} done in ${((performance.now() - t0) / 1000).toFixed(1)} s (load ${load()})`);
  } catch (e) {
    failed.push(name);
    console.error(`bench: ${name} FAILED: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
}

console.log('');
printTable(rows);
console.log(
  `\nload average after: ${load()}; wall ${((Date.now() - started.getTime()) / 1000).toFixed(0)} s; ` +
    `ratio = ours / peer (higher is better for rates); ±% = relative margin of error`,
);
if (failed.length > 0) {
  console.error(`bench: failed modules: ${failed.join(', ')}`);
  process.exitCode = 1;
}
