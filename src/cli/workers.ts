/**
 * Engines that run {@link Processor} batches: in this thread, or spread over
 * a pool of worker threads (`--workers N`).
 *
 * Determinism: every batch carries a sequence number and results are handed
 * back in that order, so per-post output is in input order; each worker
 * keeps its own aggregators and sends their states at checkpoints and at the
 * end, which the main thread merges — equal to aggregating in one place (the
 * aggregator's merge guarantee). Hence `--workers N` output is
 * byte-identical to one worker.
 *
 * Losing a worker loses no row: the main thread keeps every row a worker
 * has been sent since its last checkpoint. When a worker dies (typically out
 * of memory on one huge post) a fresh one replays the rows already counted,
 * then runs the unfinished batch one row per message; the row that kills a
 * worker on its own is reported as a bad row (`memory`) and the run goes on.
 */
import { createRequire } from 'node:module';
import v8 from 'node:v8';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { AggregatorState } from '../aggregate/types';
import { createProcessor, type BatchResult, type Processor, type ProcessorConfig } from './processor';
import type { BadRow, InputRow } from './read/records';

/** Runs batches; aggregator states go to the `onStates` callback given at creation. */
export interface Engine {
  /** Processes one batch; results resolve in any order, the caller keeps them in sequence. */
  run(rows: InputRow[]): Promise<BatchResult>;
  /** Waits for all work, hands every remaining aggregator state on (worker engine), and stops the threads. */
  finish(): Promise<void>;
  /** Stops any threads at once (on error). */
  abort(): Promise<void>;
}

/** Receives one processor's aggregator states (config order); called at checkpoints and at the end. */
export type StatesSink = (states: AggregatorState[]) => void;

/**
 * An engine that runs batches in this thread. Its processor's aggregators
 * are the result: nothing is copied or merged at the end.
 *
 * @example
 * ```ts no-run
 * // internal API: createProcessor (./processor) is not exported from a package entry
 * const p = createProcessor({ aggregators: [{ by: ['entity'] }], docs: false });
 * const engine = createLocalEngine(p);
 * await engine.run([{ line: 1, id: '1', text: 'Dishub lamban' }]);
 * await engine.finish();
 * p.aggregators()[0]!.documents; // 1
 * ```
 */
export function createLocalEngine(processor: Processor): Engine {
  return {
    run: (rows) => Promise.resolve(processor.process(rows)),
    finish: () => Promise.resolve(),
    abort: () => Promise.resolve(),
  };
}

const WORKER_TAG = 'suara-analyze-worker';

/** Text characters a worker may be sent between checkpoints (the replay buffer kept on the main thread). */
const CHECKPOINT_CHARS = 8 * 1024 * 1024;
/**
 * A checkpoint ships every group touched since the last one (a report's
 * agency × topic × day view can be 10+ MB), so after each one the next is
 * put off to this many text characters per group it carried, up to
 * {@link CHECKPOINT_STRETCH} × the base: shipping and merging stay a small
 * share of the analysis between checkpoints, and the replay buffer stays
 * proportional to the state (time-ordered input touches few groups between
 * checkpoints and keeps the base interval).
 */
const CHARS_PER_GROUP = 4096;
const CHECKPOINT_STRETCH = 4;

/** Tuning of {@link createWorkerEngine} (defaults suit the CLI; tests shrink them). */
export interface WorkerEngineOptions {
  /** Characters of text sent to a worker before it is asked for a checkpoint. Default 8 Mi. */
  checkpointChars?: number;
  /** Old-generation heap limit per worker, MB. Default 1024. */
  maxOldGenerationSizeMb?: number;
}
/** Worker deaths tolerated in one run before giving up. */
const MAX_RESTARTS = 16;

type ToWorker = { type: 'batch'; id: number; rows: PackedRows; emit: boolean } | { type: 'checkpoint' } | { type: 'finish' };

/**
 * Rows as columns for `postMessage`: structured clone copies typed arrays
 * and string arrays far faster than 512 small objects (measured: ~70 ms
 * instead of ~150–250 ms of CPU for 102,000 rows, both threads together).
 * `dates` holds NaN and `sources` null where a row has none.
 */
interface PackedRows {
  lines: Float64Array;
  dates: Float64Array;
  ids: string[];
  texts: string[];
  sources: (string | null)[];
}

function packRows(rows: readonly InputRow[]): PackedRows {
  const n = rows.length;
  const p: PackedRows = { lines: new Float64Array(n), dates: new Float64Array(n), ids: [], texts: [], sources: [] };
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    p.lines[i] = r.line;
    p.dates[i] = r.date ?? Number.NaN;
    p.ids.push(r.id);
    p.texts.push(r.text);
    p.sources.push(r.source ?? null);
  }
  return p;
}

function unpackRows(p: PackedRows): InputRow[] {
  const rows: InputRow[] = [];
  for (let i = 0; i < p.texts.length; i++) {
    const r: InputRow = { line: p.lines[i]!, id: p.ids[i]!, text: p.texts[i]! };
    const date = p.dates[i]!;
    if (!Number.isNaN(date)) r.date = date;
    const source = p.sources[i];
    if (source !== null && source !== undefined) r.source = source;
    rows.push(r);
  }
  return rows;
}
type FromWorker =
  | { type: 'result'; id: number; result: BatchResult }
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

/** A batch on its way through one worker slot. */
interface Batch {
  seq: number;
  rows: InputRow[];
  chars: number;
  /** Rows the current worker has aggregated (and, when emitting, replied for). */
  acked: number;
  /** Run one row per message (after a worker died on this batch). */
  isolate: boolean;
  /** Rows dropped as the cause of a worker's death. */
  dropped: Set<number>;
  partial: BatchResult;
  resolve: (r: BatchResult) => void;
  reject: (e: Error) => void;
}

/** What the next reply from a worker answers, in order. */
type Expect = { kind: 'batch'; batch: Batch; rows: number } | { kind: 'replay' } | { kind: 'checkpoint' } | { kind: 'final' };

interface Slot {
  worker: Worker;
  /** Batches and checkpoints sent since the last acknowledged checkpoint, in send order. */
  log: (Batch | 'checkpoint')[];
  expect: Expect[];
  chars: number;
  /** Characters after which to ask for the next checkpoint (see {@link CHARS_PER_GROUP}). */
  threshold: number;
  inFlight: number;
  lastError: Error | undefined;
  finished: ((e?: Error) => void) | undefined;
}

/**
 * An engine over `n` worker threads. Each worker loads this same module
 * (so it works from the bundled `dist/` files and from TypeScript sources
 * under tsx) and runs a {@link Processor}.
 *
 * @example
 * ```ts
 * const engine = createWorkerEngine({ aggregators: [{ by: ['entity', 'day'] }], docs: true }, 2, (s) => void s);
 * ```
 */
export function createWorkerEngine(config: ProcessorConfig, n: number, onStates: StatesSink, tuning: WorkerEngineOptions = {}): Engine {
  const checkpointChars = tuning.checkpointChars ?? CHECKPOINT_CHARS;
  // Measured on Node 20: with V8's default parallel scavenger, allocation-heavy
  // worker threads queue their young-generation GC tasks on the one shared
  // platform pool and wait on each other, so 2 workers ran no faster than 1.
  // A scavenger per isolate on its own thread lets them scale (see docs/scaling.md).
  v8.setFlagsFromString('--no-parallel-scavenge');
  const file = selfPath();
  const isTs = file.endsWith('.ts');
  const slots: Slot[] = [];
  let failure: Error | undefined;
  let seq = 0;
  let restarts = 0;
  let stopping = false; // terminate() was called: exits are expected

  const fail = (e: Error): void => {
    if (failure) return;
    failure = e;
    for (const s of slots) {
      for (const item of s.log) if (item !== 'checkpoint' && item.acked < item.rows.length) item.reject(e);
      s.finished?.(e);
      void s.worker.terminate();
    }
  };

  const post = (s: Slot, m: ToWorker, e: Expect): void => {
    s.expect.push(e);
    s.worker.postMessage(m);
  };

  /** Sends the rest of a batch: whole, or one row per message when isolating. */
  const sendBatch = (s: Slot, b: Batch): void => {
    if (!b.isolate) {
      post(s, { type: 'batch', id: b.seq, rows: packRows(b.rows), emit: true }, { kind: 'batch', batch: b, rows: b.rows.length });
      return;
    }
    for (let i = b.acked; i < b.rows.length; i++) {
      post(s, { type: 'batch', id: b.seq, rows: packRows([b.rows[i]!]), emit: true }, { kind: 'batch', batch: b, rows: 1 });
    }
  };

  const spawn = (i: number): Worker => {
    const options = {
      workerData: { tag: WORKER_TAG, config },
      // Bounded heaps make V8 collect sooner: ~240 MB instead of ~290 MB peak RSS for 2 workers
      // (measured, docs/scaling.md). The live set per worker is tens of MB; 1 GB leaves room for 16 MB rows.
      // The young generation is V8's default for the main thread (48 MB: 16 MB semi-spaces): at 16 MB a
      // report's views promote their short-lived examples and cost ~15–30% more CPU (docs/scaling.md).
      resourceLimits: { maxOldGenerationSizeMb: tuning.maxOldGenerationSizeMb ?? 1024, maxYoungGenerationSizeMb: 48 },
    };
    const w = isTs ? new Worker(sourceBootstrap(file), { ...options, eval: true }) : new Worker(file, options);
    w.on('message', (m: FromWorker) => onMessage(i, w, m));
    w.on('error', (e) => {
      const s = slots[i];
      if (s && s.worker === w) s.lastError = e instanceof Error ? e : new Error(String(e));
    });
    w.on('exit', (code) => onExit(i, w, code));
    return w;
  };

  const onMessage = (i: number, w: Worker, m: FromWorker): void => {
    const s = slots[i]!;
    if (s.worker !== w || failure) return;
    if (m.type === 'error') {
      fail(new Error(`worker ${i}: ${m.message}`));
      return;
    }
    const e = s.expect.shift();
    if (e === undefined) return;
    if (m.type === 'states') {
      onStates(m.states);
      if (e.kind === 'final') {
        s.finished?.();
        return;
      }
      let groups = 0;
      for (const st of m.states) groups += st.groups.length;
      s.threshold = Math.min(checkpointChars * CHECKPOINT_STRETCH, Math.max(checkpointChars, groups * CHARS_PER_GROUP));
      // everything up to the first checkpoint in the log is now in merged states: drop the replay buffer
      const at = s.log.indexOf('checkpoint');
      const gone = s.log.splice(0, at + 1);
      for (const g of gone) if (g !== 'checkpoint') s.chars -= g.chars;
      return;
    }
    if (e.kind !== 'batch') return; // a replay's answer: its rows were reported the first time
    const b = e.batch;
    b.acked += e.rows;
    b.partial.docs.push(...m.result.docs);
    b.partial.csv.push(...m.result.csv);
    b.partial.bad.push(...m.result.bad);
    if (b.acked >= b.rows.length) {
      s.inFlight--;
      b.resolve(b.partial);
      if (s.chars >= s.threshold && !s.log.includes('checkpoint')) {
        s.log.push('checkpoint');
        post(s, { type: 'checkpoint' }, { kind: 'checkpoint' });
      }
    }
  };

  const onExit = (i: number, w: Worker, code: number): void => {
    const s = slots[i]!;
    if (s.worker !== w || failure || stopping) return;
    const err = s.lastError ?? new Error(`worker ${i} exited with code ${code}`);
    if (++restarts > MAX_RESTARTS) {
      fail(new Error(`worker ${i}: ${err.message} (gave up after ${MAX_RESTARTS} restarts)`));
      return;
    }
    const oom = (err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory/i.test(err.message);
    // A fresh worker: replay what the dead one had counted, then redo the rest.
    s.worker = spawn(i);
    s.expect = [];
    s.lastError = undefined;
    let suspect = true; // the first unfinished batch is the one the worker was on
    for (const item of s.log) {
      if (item === 'checkpoint') {
        post(s, { type: 'checkpoint' }, { kind: 'checkpoint' });
        continue;
      }
      const done = item.rows.filter((_, j) => j < item.acked && !item.dropped.has(j));
      if (done.length > 0) post(s, { type: 'batch', id: -1, rows: packRows(done), emit: false }, { kind: 'replay' });
      if (item.acked >= item.rows.length) continue;
      if (suspect) {
        suspect = false;
        if (item.isolate || item.rows.length - item.acked === 1) {
          // it died on this one row, alone: that row is bad, the rest goes on
          const row = item.rows[item.acked]!;
          const bad: BadRow = {
            line: row.line,
            kind: oom ? 'memory' : 'analyze',
            message: oom ? `analysis ran out of memory (${row.text.length} characters)` : `analysis crashed its worker: ${err.message}`,
          };
          item.partial.bad.push(bad);
          item.dropped.add(item.acked);
          item.acked++;
          if (item.acked >= item.rows.length) {
            s.inFlight--;
            item.resolve(item.partial);
            continue;
          }
        } else item.isolate = true;
      }
      sendBatch(s, item);
    }
    if (s.finished) post(s, { type: 'finish' }, { kind: 'final' });
  };

  for (let i = 0; i < n; i++) {
    slots.push({ worker: undefined as unknown as Worker, log: [], expect: [], chars: 0, threshold: checkpointChars, inFlight: 0, lastError: undefined, finished: undefined });
    slots[i]!.worker = spawn(i);
  }

  return {
    run(rows) {
      if (failure) return Promise.reject(failure);
      // Least-loaded worker; ties go to the lowest index (deterministic, though results do not depend on it).
      let best = 0;
      for (let i = 1; i < n; i++) if (slots[i]!.inFlight < slots[best]!.inFlight) best = i;
      const s = slots[best]!;
      let chars = 0;
      for (const r of rows) chars += r.text.length;
      return new Promise<BatchResult>((resolve, reject) => {
        const b: Batch = { seq: seq++, rows, chars, acked: 0, isolate: false, dropped: new Set(), partial: { docs: [], csv: [], bad: [] }, resolve, reject };
        s.log.push(b);
        s.chars += chars;
        s.inFlight++;
        sendBatch(s, b);
      });
    },
    async finish() {
      if (failure) throw failure;
      await Promise.all(
        slots.map(
          (s) =>
            new Promise<void>((resolve, reject) => {
              s.finished = (e) => (e ? reject(e) : resolve());
              post(s, { type: 'finish' }, { kind: 'final' });
            }),
        ),
      );
      stopping = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
    async abort() {
      stopping = true;
      failure ??= new Error('aborted');
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}

/** Worker-thread side: process batches; send (and reset) the states at checkpoints and at the end. */
function workerMain(config: ProcessorConfig): void {
  const port = parentPort!;
  const processor = createProcessor(config);
  port.on('message', (m: ToWorker) => {
    try {
      if (m.type === 'batch') {
        port.postMessage({ type: 'result', id: m.id, result: processor.process(unpackRows(m.rows), m.emit) } satisfies FromWorker);
      } else {
        port.postMessage({ type: 'states', states: processor.takeStates() } satisfies FromWorker);
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
