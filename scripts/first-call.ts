/**
 * First-call cost: what the first `analyze()` (and the first `tokenize()`)
 * pays in a fresh process for the lazy indexes it builds — tokenizer tables,
 * slang, the stemmer's root dictionary, the sentiment lexicon, the OPD
 * registry. Measured on the BUILT package (dist/), as users get it.
 *
 *   npm run build && npx tsx scripts/first-call.ts [--runs 5] [--json] [--baseline <dist dir>]
 *
 * Each run is a fresh `node --expose-gc` process that imports the entry,
 * collects garbage, then times the first call and the heap it leaves behind
 * (heapUsed after a full GC, minus before). Scenarios:
 *   tokenize   `import { tokenize } from 'suara/text'`, first tokenize()
 *   analyze    `import { analyze } from 'suara'`, first analyze()
 *   breakdown  same process, each stage's first call in pipeline order, so
 *              the analyze() total is split by lazy index
 * Prints the median over runs (and min–max). Targets (issue 7): analyze
 * ≤ 150 ms and ≤ 40 MB; tokenize far less.
 *
 * `--baseline <dir>` also times another build (a dist/ directory, e.g. the
 * 0.1.0 release from bench/dists.ts: bench/.out/release-0.1.0/dist),
 * alternating the two process by process so load drifts hit both, and
 * prints its medians and the ratio. The load average is printed too: on a
 * shared machine compare ratios, not milliseconds.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 5;
const asJson = args.includes('--json');
const baselineArg = args.indexOf('--baseline');
const BASELINE = baselineArg >= 0 ? path.resolve(args[baselineArg + 1]!) : undefined;
const TEXT = 'Jalan di depan rumah rusak parah gak diperbaiki2, @pemkot tolong dong. Terima kasih Dinkes Pangkalpinang sudah gercep fogging 🙏';

/** One measured step inside a child process. */
interface Step {
  step: string;
  ms: number;
  heapMB: number;
}

// Runs inside the child (ESM, --expose-gc). `dist` is a file URL prefix.
const CHILD = String.raw`
const [mode, dist, text] = process.argv.slice(1);
const gc = globalThis.gc;
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed / 1048576; };
const steps = [];
const time = (step, fn) => {
  const h0 = heap();
  const t0 = performance.now();
  fn();
  const ms = performance.now() - t0;
  steps.push({ step, ms, heapMB: heap() - h0 });
};
let t0 = performance.now();
let h0 = heap();
if (mode === 'tokenize') {
  const m = await import(dist + 'text.js');
  steps.push({ step: 'import suara/text', ms: performance.now() - t0, heapMB: heap() - h0 });
  time('first tokenize()', () => m.tokenize(text));
  time('second tokenize()', () => m.tokenize(text));
} else if (mode === 'analyze') {
  const m = await import(dist + 'index.js');
  steps.push({ step: 'import suara', ms: performance.now() - t0, heapMB: heap() - h0 });
  time('first analyze()', () => m.analyze(text));
  time('second analyze()', () => m.analyze(text));
} else {
  const m = await import(dist + 'index.js');
  steps.push({ step: 'import suara', ms: performance.now() - t0, heapMB: heap() - h0 });
  time('tokenize() (tables, slang)', () => m.tokenize(text));
  time('stem() (Sastrawi root dictionary)', () => m.stem('pelayanan'));
  time('scoreSentiment() (sentiment lexicon, rules)', () => m.scoreSentiment(text));
  time('tagEntities() (OPD/region registry)', () => m.tagEntities(text));
  time('analyze() (rest: analyzer, targets)', () => m.analyze(text));
}
process.stdout.write(JSON.stringify(steps));
`;

function child(mode: string, distDir = path.join(repo, 'dist')): Step[] {
  const dist = pathToFileURL(distDir).href + '/';
  const out = execFileSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', CHILD, mode, dist, TEXT], { encoding: 'utf8' });
  return JSON.parse(out) as Step[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

if (!existsSync(path.join(repo, 'dist/index.js'))) {
  console.error('first-call: dist/ missing: run `npm run build` first');
  process.exit(1);
}

type Row = { step: string; ms: number; msMin: number; msMax: number; heapMB: number; heapMin: number; heapMax: number };
function summarise(runs: Step[][]): Row[] {
  return runs[0]!.map((s, j) => {
    const ms = runs.map((r) => r[j]!.ms);
    const heapMB = runs.map((r) => r[j]!.heapMB);
    return { step: s.step, ms: median(ms), msMin: Math.min(...ms), msMax: Math.max(...ms), heapMB: median(heapMB), heapMin: Math.min(...heapMB), heapMax: Math.max(...heapMB) };
  });
}

const load0 = loadavg();
const report: Record<string, Row[]> = {};
const baseline: Record<string, Row[]> = {};
for (const mode of ['tokenize', 'analyze', 'breakdown']) {
  const runs: Step[][] = [];
  const base: Step[][] = [];
  for (let i = 0; i < RUNS; i++) {
    // alternate which build goes first, so neither always runs on a warmer machine
    if (BASELINE !== undefined && i % 2 === 1) base.push(child(mode, BASELINE));
    runs.push(child(mode));
    if (BASELINE !== undefined && i % 2 === 0) base.push(child(mode, BASELINE));
  }
  report[mode] = summarise(runs);
  if (BASELINE !== undefined) baseline[mode] = summarise(base);
}
const load = `load average ${load0.map((x) => x.toFixed(2)).join(' ')} → ${loadavg().map((x) => x.toFixed(2)).join(' ')}`;

if (asJson) {
  console.log(JSON.stringify(BASELINE === undefined ? report : { current: report, baseline, baselineDir: BASELINE, load }, null, 2));
} else {
  console.log(`first-call cost, median of ${RUNS} fresh processes (min–max); node ${process.version}; heap = retained after full GC; ${load}`);
  if (BASELINE !== undefined) console.log(`baseline: ${BASELINE} (same runs, alternating)`);
  for (const [mode, rows] of Object.entries(report)) {
    console.log(`\n${mode}`);
    rows.forEach((r, j) => {
      const b = baseline[mode]?.[j];
      const vs = b === undefined ? '' : `   baseline ${b.ms.toFixed(1).padStart(7)} ms  ratio ${(r.ms / b.ms).toFixed(2)}`;
      console.log(
        `  ${r.step.padEnd(46)} ${r.ms.toFixed(1).padStart(7)} ms (${r.msMin.toFixed(1)}–${r.msMax.toFixed(1)})  ${r.heapMB.toFixed(2).padStart(6)} MB (${r.heapMin.toFixed(2)}–${r.heapMax.toFixed(2)})${vs}`,
      );
    });
  }
  const first = report['analyze']!.find((r) => r.step === 'first analyze()')!;
  console.log(`\nanalyze() first call: ${first.ms.toFixed(0)} ms (target ≤ 150), ${first.heapMB.toFixed(1)} MB heap (target ≤ 40)`);
}
