/**
 * Engines that run {@link Processor} batches: in this thread, or spread over
 * a pool of worker threads (`--workers N`).
 *
 * Determinism: every batch carries a sequence number and results are handed
 * back in that order, so per-document output is in input order; each worker
 * keeps its own aggregators and the main thread merges their states at the
 * end, which equals aggregating in one place (the aggregator's merge
 * guarantee). Hence `--workers N` output is byte-identical to one worker.
 */
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { AggregatorState } from '../aggregate/types';
import { createProcessor, type BatchResult, type ProcessorConfig } from './processor';
import type { InputRow } from './readers';

/** Runs batches and returns the aggregators' states when finished. */
export interface Engine {
  /** Processes one batch; results resolve in any order, the caller keeps them in sequence. */
  run(rows: InputRow[]): Promise<BatchResult>;
  /** Stops accepting work and returns one list of aggregator states per processor (one per worker). */
  finish(): Promise<AggregatorState[][]>;
  /** Stops any threads at once (on error). */
  abort(): Promise<void>;
}

/**
 * An engine that runs batches in this thread.
 *
 * @example
 * ```ts
 * const engine = createLocalEngine({ aggregators: [{ by: ['entity'] }], docs: false });
 * await engine.run([{ line: 1, id: '1', text: 'Dishub lamban' }]);
 * const [[state]] = await engine.finish();
 * ```
 */
export function createLocalEngine(config: ProcessorConfig): Engine {
  const processor = createProcessor(config);
  return {
    run: (rows) => Promise.resolve(processor.process(rows)),
    finish: () => Promise.resolve([processor.states()]),
    abort: () => Promise.resolve(),
  };
}

const WORKER_TAG = 'suara-analyze-worker';

type ToWorker = { type: 'batch'; seq: number; rows: InputRow[] } | { type: 'finish' };
type FromWorker =
  | { type: 'result'; seq: number; result: BatchResult }
  | { type: 'states'; states: AggregatorState[] }
  | { type: 'error'; message: string };

/** Path of this module (ESM or CJS build, or the .ts source under tsx/vitest). */
function selfPath(): string {
  // In the CJS build `import.meta` is unavailable but `__filename` is; in ESM it is the other way round.
  return typeof __filename === 'string' ? __filename : fileURLToPath(import.meta.url);
}

/**
 * Worker bootstrap for source runs (tests, `tsx src/cli/bin.ts`): Node 20
 * does not carry tsx's loader hooks into worker threads, so the thread
 * registers tsx itself, replays the parent's other `--import` preloads, then
 * loads this module from its .ts source.
 */
function sourceBootstrap(file: string): string {
  const tsxApi = pathToFileURL(createRequire(file).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const preloads: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const spec = a === '--import' ? argv[++i] : a.startsWith('--import=') ? a.slice(9) : undefined;
    if (spec === undefined || spec === 'tsx' || spec.includes('/tsx/') || spec.includes('node_modules')) continue;
    preloads.push(/^[./]/.test(spec) ? pathToFileURL(path.resolve(spec)).href : spec);
  }
  return `(async () => {
    (await import(${JSON.stringify(tsxApi)})).register();
    for (const p of ${JSON.stringify(preloads)}) await import(p);
    await import(${JSON.stringify(pathToFileURL(file).href)});
  })().catch((e) => { throw e; });`;
}

/**
 * An engine over `n` worker threads. Each worker loads this same module
 * (so it works from the bundled `dist/` files and from TypeScript sources
 * under tsx) and runs a {@link Processor}.
 *
 * @example
 * ```ts
 * const engine = createWorkerEngine({ aggregators: [{ by: ['entity', 'day'] }], docs: true }, 2);
 * ```
 */
export function createWorkerEngine(config: ProcessorConfig, n: number): Engine {
  // Measured on Node 20: with V8's default parallel scavenger, allocation-heavy
  // worker threads queue their young-generation GC tasks on the one shared
  // platform pool and wait on each other, so 2 workers ran no faster than 1.
  // A scavenger per isolate on its own thread lets them scale (see docs/scaling.md).
  v8.setFlagsFromString('--no-parallel-scavenge');
  const file = selfPath();
  const isTs = file.endsWith('.ts');
  const workers: Worker[] = [];
  const pending = new Map<number, { resolve: (r: BatchResult) => void; reject: (e: Error) => void; worker: number }>();
  const load: number[] = [];
  const stateWaiters: ((s: AggregatorState[]) => void)[] = [];
  let failure: Error | undefined;
  let seq = 0;

  const fail = (e: Error): void => {
    failure ??= e;
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };

  for (let i = 0; i < n; i++) {
    const options = {
      workerData: { tag: WORKER_TAG, config },
      // Bounded heaps make V8 collect sooner: ~240 MB instead of ~290 MB peak RSS for 2 workers
      // (measured, docs/scaling.md). The live set per worker is tens of MB; 1 GB leaves room for 16 MB rows.
      resourceLimits: { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 16 },
    };
    const w = isTs ? new Worker(sourceBootstrap(file), { ...options, eval: true }) : new Worker(file, options);
    load.push(0);
    w.on('message', (m: FromWorker) => {
      if (m.type === 'result') {
        const p = pending.get(m.seq);
        if (p) {
          pending.delete(m.seq);
          load[p.worker]!--;
          p.resolve(m.result);
        }
      } else if (m.type === 'states') {
        stateWaiters[i]?.(m.states);
      } else fail(new Error(`worker ${i}: ${m.message}`));
    });
    w.on('error', (e) => fail(e instanceof Error ? e : new Error(String(e))));
    w.on('exit', (code) => {
      if (code !== 0) fail(new Error(`worker ${i} exited with code ${code}`));
    });
    workers.push(w);
  }

  return {
    run(rows) {
      if (failure) return Promise.reject(failure);
      // Least-loaded worker; ties go to the lowest index (deterministic, though results do not depend on it).
      let best = 0;
      for (let i = 1; i < n; i++) if (load[i]! < load[best]!) best = i;
      const id = seq++;
      load[best]!++;
      return new Promise<BatchResult>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: best });
        workers[best]!.postMessage({ type: 'batch', seq: id, rows } satisfies ToWorker);
      });
    },
    async finish() {
      if (failure) throw failure;
      const all = await Promise.all(
        workers.map(
          (w, i) =>
            new Promise<AggregatorState[]>((resolve, reject) => {
              stateWaiters[i] = resolve;
              w.once('error', reject);
              w.postMessage({ type: 'finish' } satisfies ToWorker);
            }),
        ),
      );
      await Promise.all(workers.map((w) => w.terminate()));
      return all;
    },
    async abort() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/** Worker-thread side: process batches until told to finish, then send the states. */
function workerMain(config: ProcessorConfig): void {
  const port = parentPort!;
  const processor = createProcessor(config);
  port.on('message', (m: ToWorker) => {
    try {
      if (m.type === 'batch') {
        port.postMessage({ type: 'result', seq: m.seq, result: processor.process(m.rows) } satisfies FromWorker);
      } else {
        port.postMessage({ type: 'states', states: processor.states() } satisfies FromWorker);
      }
    } catch (e) {
      port.postMessage({ type: 'error', message: (e as Error).message } satisfies FromWorker);
    }
  });
}

// The only import-time action in the package: when this module is loaded as a
// suara worker thread (and only then), start serving batches.
if (!isMainThread && (workerData as { tag?: unknown } | null)?.tag === WORKER_TAG) {
  workerMain((workerData as { config: ProcessorConfig }).config);
}
