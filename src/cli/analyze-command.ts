/**
 * `suara analyze`: wires the parts — options and option files, the input
 * (`read/`), the pipeline (`run.ts`), and the outputs (`write/`, `report/`).
 * Every output goes through the atomic writer: it appears complete, or the
 * previous file stays.
 */
import { createReadStream, statSync } from 'node:fs';
import { TIME_UNITS, type TimeUnit } from '../aggregate/buckets';
import type { AggregatorOptions, GroupDimension } from '../aggregate/types';
import type { AnalyzeArgs } from './args';
import { createProgress, type ProgressStream } from './progress';
import type { ChunkSource } from './read/decode';
import { detectFormat, peekPrefix } from './read/detect';
import { OptionFileError, readAgenciesFile, readLexiconFile } from './read/option-files';
import { resolveRegion } from './region';
import { buildReportData, reportViews } from './report/data';
import { renderReport } from './report/html';
import { runAnalysis, StageError, type RunOptions, type RunResult, type RunSummary } from './run';
import { commitAll, openAtomic, type AtomicFile } from './write/atomic';
import { checkOutputs } from './write/guard';
import { POST_CSV_HEADER } from './write/posts';
import { rowsToCsv } from './write/rows-csv';

export { runAnalysis } from './run';
export type { RunOptions, RunResult, RunSummary } from './run';

/**
 * Streams the CLI uses; injectable for tests.
 *
 * @example
 * ```ts
 * import { Readable } from 'node:stream';
 * const io: import('suara/node').CliIO = { stdin: Readable.from([]), stdout: process.stdout, stderr: process.stderr };
 * ```
 */
export interface CliIO {
  /** Standard input (used for `-`). */
  stdin: ChunkSource;
  /** Standard output. */
  stdout: {
    /** Writes a chunk of output (CSV text); calls `callback` (if given) once written, with the error if it failed. */
    write(text: string, callback?: (error?: Error | null) => void): unknown;
  };
  /** Standard error (progress only when `isTTY`). */
  stderr: ProgressStream;
}

const BOM = '\uFEFF';

function formatSummary(s: RunSummary): string {
  const kinds = Object.entries(s.badByKind)
    .filter(([, n]) => n > 0)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ');
  const rate = s.seconds > 0 ? Math.round(s.documents / s.seconds) : 0;
  return (
    `suara: ${s.rows} rows read: ${s.documents} documents analysed, ${s.badRows} bad rows${kinds ? ` (${kinds})` : ''}` +
    `${s.warnings > 0 ? `, ${s.warnings} warnings` : ''}, ` +
    `${s.bytes < 1e6 ? `${(s.bytes / 1e3).toFixed(1)} kB` : `${(s.bytes / 1e6).toFixed(1)} MB`} in ${s.seconds.toFixed(2)} s (${rate} docs/s)\n`
  );
}

type OutputKind = 'posts-ndjson' | 'posts-csv' | 'rows-csv' | 'html';

function kindOf(file: string, perPost: boolean): OutputKind {
  const lower = file.toLowerCase();
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'posts-ndjson';
  if (lower.endsWith('.csv')) return perPost ? 'posts-csv' : 'rows-csv';
  return 'html';
}

/** Writes to an injected stdout and waits for the write to land (a full disk is a write error, not a crash). */
function writeStdout(io: CliIO, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let called = false;
    try {
      io.stdout.write(text, (e) => {
        called = true;
        if (e) reject(e);
        else resolve();
      });
    } catch (e) {
      reject(e as Error);
      return;
    }
    // streams that ignore the callback (simple test doubles) count as written
    if (!called && io.stdout.write.length < 2) resolve();
  });
}

/**
 * Runs `suara analyze` with parsed arguments; returns the exit code: 0 ok,
 * 1 done but some rows were bad, 2 nothing written (an option, read,
 * analyse or write error, printed as `suara: <stage> error: …`).
 *
 * @example
 * ```ts
 * const out: string[] = [];
 * const code = await analyzeCommand(
 *   {
 *     command: 'analyze', input: 'posts.ndjson', format: 'auto', encoding: 'utf8', by: ['entity'], workers: 1,
 *     timezone: 'Asia/Jakarta', quiet: true, outs: [], posts: [], excel: false, lenient: false,
 *     fields: { text: 'text', id: 'id', date: 'date', source: 'source' },
 *   },
 *   { stdin: process.stdin, stdout: { write: (s: string) => out.push(s) }, stderr: process.stderr },
 * );
 * code; // 0
 * ```
 */
export async function analyzeCommand(args: AnalyzeArgs, io: CliIO): Promise<number> {
  const err = (msg: string): void => {
    io.stderr.write(`suara: ${msg}\n`);
  };
  const stageFail = (stage: string, msg: string): number => {
    err(`${stage} error: ${msg}`);
    return 2;
  };

  // ---- option stage: everything that can be checked before reading a byte
  let region: string | undefined;
  if (args.region !== undefined) {
    const r = resolveRegion(args.region);
    if ('error' in r) return stageFail('option', r.error);
    region = r.code;
  }
  const outputs = [...args.outs.map((f) => ({ file: f, kind: kindOf(f, false) })), ...args.posts.map((f) => ({ file: f, kind: kindOf(f, true) }))];
  const files = [...outputs.map((o) => o.file), ...(args.jsonSummary !== undefined && args.jsonSummary !== '-' ? [args.jsonSummary] : [])];
  const clash = checkOutputs(args.input === '-' ? [] : [args.input], files);
  if (clash !== undefined) return stageFail('option', clash);
  let agencies: string | undefined;
  let lexicon: [string, number][] | undefined;
  try {
    if (args.agencies !== undefined) agencies = readAgenciesFile(args.agencies);
    if (args.lexicon !== undefined) lexicon = readLexiconFile(args.lexicon);
  } catch (e) {
    return stageFail('option', (e as OptionFileError).message);
  }
  const unit = (args.by.find((d) => (TIME_UNITS as readonly string[]).includes(d)) as TimeUnit | undefined) ?? 'day';
  const wants = (k: OutputKind): boolean => outputs.some((o) => o.kind === k);
  const toStdout = outputs.length === 0;
  // The user's --by view feeds only the rows CSV, which names example posts by id but shows no
  // text: it keeps no example texts (the ids chosen are the same, tested), and without a rows
  // output it is not built at all. The report's own views follow it.
  const wantsRows = toStdout || wants('rows-csv');
  const aggregators: AggregatorOptions[] = wantsRows ? [{ by: args.by, timezone: args.timezone, exampleChars: 0 }] : [];
  const reportFrom = aggregators.length;
  if (wants('html')) aggregators.push(...reportViews(unit, args.timezone));

  // ---- read stage: open the input, detect its format from a real first line
  let source: ChunkSource;
  let head: string;
  let totalBytes: number | undefined;
  try {
    if (args.input === '-') {
      const p = await peekPrefix(io.stdin);
      head = p.head;
      source = p.source;
    } else {
      const st = statSync(args.input);
      if (!st.isFile()) throw new Error(`${args.input} is not a file`);
      totalBytes = st.size;
      const p = await peekPrefix(createReadStream(args.input, { highWaterMark: 256 * 1024 }));
      head = p.head;
      source = p.source;
    }
  } catch (e) {
    return stageFail('read', `cannot read ${args.input}: ${(e as Error).message}`);
  }
  const format = args.format === 'auto' ? detectFormat(args.input, head, args.fields.text) : args.format;

  const opened: AtomicFile[] = [];
  const abortAll = async (): Promise<void> => {
    await Promise.all(opened.map((f) => f.abort()));
  };
  const progress = createProgress(io.stderr, totalBytes !== undefined ? { totalBytes } : {});
  try {
    // ---- write stage (open): temporary files beside each target; nothing is replaced yet
    const open = async (file: string): Promise<AtomicFile> => {
      try {
        const f = await openAtomic(file);
        opened.push(f);
        return f;
      } catch (e) {
        throw new StageError('write', `cannot write ${file}: ${(e as Error).message}`);
      }
    };
    const postsNdjson: AtomicFile[] = [];
    const postsCsv: AtomicFile[] = [];
    for (const o of outputs) {
      if (o.kind === 'posts-ndjson') postsNdjson.push(await open(o.file));
      if (o.kind === 'posts-csv') {
        const f = await open(o.file);
        await f.write(`${args.excel ? BOM : ''}${POST_CSV_HEADER.join(',')}\n`);
        postsCsv.push(f);
      }
    }
    const each = (targets: AtomicFile[]) => async (lines: string[]) => {
      const text = `${lines.join('\n')}\n`;
      for (const f of targets) {
        try {
          await f.write(text);
        } catch (e) {
          throw new StageError('write', `cannot write ${f.target}: ${(e as Error).message}`);
        }
      }
    };
    const runOptions: RunOptions = {
      format,
      encoding: args.encoding,
      fields: args.fields,
      timezone: args.timezone,
      aggregators,
      workers: args.workers,
      lenient: args.lenient,
      excel: args.excel,
      ...(region !== undefined ? { region } : {}),
      ...(agencies !== undefined ? { agencies } : {}),
      ...(lexicon !== undefined ? { lexicon } : {}),
      onBadRow: (row) => {
        progress.done();
        err(`line ${row.line}: ${row.message}`);
      },
      onWarning: (line, message) => {
        progress.done();
        err(`line ${line}: warning: ${message}`);
      },
      ...(postsNdjson.length > 0 ? { onDocs: each(postsNdjson) } : {}),
      ...(postsCsv.length > 0 ? { onPostsCsv: each(postsCsv) } : {}),
      onProgress: (docs, bytes) => progress.update(docs, bytes),
    };
    // An invalid region, agency list or lexicon is an option error: runAnalysis checks the processor
    // config in this thread (with workers, while they start), not as a failure inside a worker.
    const result: RunResult = await runAnalysis(source, runOptions);
    progress.done();

    // ---- write stage (finish): render, sync, then rename everything in one go
    const s = result.summary;
    const rowsCsv = (): string => `${args.excel ? BOM : ''}${rowsToCsv(result.aggregators[0]!.rows(), args.by)}`;
    for (const o of outputs) {
      if (o.kind === 'rows-csv') {
        const f = await open(o.file);
        await f.write(rowsCsv());
      } else if (o.kind === 'html') {
        const f = await open(o.file);
        const data = buildReportData(result.aggregators.slice(reportFrom), {
          input: args.input === '-' ? 'stdin' : args.input,
          unit,
          timezone: args.timezone,
          summary: { documents: s.documents, badRows: s.badRows, badByKind: s.badByKind },
        });
        await f.write(renderReport(data));
      }
    }
    const summaryJson = JSON.stringify({
      input: args.input,
      format,
      rowsRead: s.rows,
      documents: s.documents,
      badRows: s.badRows,
      badByKind: s.badByKind,
      warnings: s.warnings,
      bytes: s.bytes,
      seconds: Math.round(s.seconds * 1000) / 1000,
      outputs: outputs.map((o) => ({ file: o.file, kind: o.kind })),
      exitCode: s.badRows > 0 ? 1 : 0,
    });
    if (args.jsonSummary !== undefined && args.jsonSummary !== '-') {
      const f = await open(args.jsonSummary);
      await f.write(`${summaryJson}\n`);
    }
    try {
      for (const f of opened) await f.finish();
      if (toStdout) await writeStdout(io, rowsCsv());
      commitAll(opened);
    } catch (e) {
      throw new StageError('write', `${toStdout ? 'stdout' : 'output'}: ${(e as Error).message}`);
    }
    if (args.jsonSummary === '-') io.stderr.write(`${summaryJson}\n`);
    else if (!args.quiet) io.stderr.write(formatSummary(s));
    return s.badRows > 0 ? 1 : 0;
  } catch (e) {
    progress.done();
    await abortAll();
    if (e instanceof StageError) return stageFail(e.stage, e.message);
    return stageFail('analyse', (e as Error).message);
  }
}

/** Dimensions re-exported for callers that build `--by` programmatically. */
export type { GroupDimension };
