/**
 * Runs the real `suara` executable in a child process: `src/cli/bin.ts`
 * under tsx, or the file in `SUARA_TEST_BIN` (e.g. a build of an older
 * commit, to check that a test fails there).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const repo = path.resolve(__dirname, '../..');

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

function command(args: readonly string[]): string[] {
  const bin = process.env['SUARA_TEST_BIN'];
  // tsx by absolute URL: the child runs in a temporary directory where `tsx` would not resolve
  const tsx = pathToFileURL(path.join(repo, 'node_modules/tsx/dist/loader.mjs')).href;
  return bin ? [path.resolve(bin), ...args] : ['--import', tsx, path.join(repo, 'src/cli/bin.ts'), ...args];
}

/** Starts the CLI; `stdout` may be a file descriptor (e.g. of /dev/full). */
export function start(args: readonly string[], options: { cwd: string; stdin?: string | readonly string[]; stdout?: number; chunkDelayMs?: number }): {
  child: ChildProcess;
  done: Promise<CliRun>;
} {
  const child = spawn(process.execPath, command(args), {
    cwd: options.cwd,
    stdio: ['pipe', options.stdout ?? 'pipe', 'pipe'],
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const chunks = typeof options.stdin === 'string' ? [options.stdin] : (options.stdin ?? []);
  void (async () => {
    for (const c of chunks) {
      child.stdin!.write(c);
      if (options.chunkDelayMs) await new Promise((r) => setTimeout(r, options.chunkDelayMs));
    }
    child.stdin!.end();
  })();
  const done = new Promise<CliRun>((resolve) => {
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
  return { child, done };
}

/** Runs the CLI to the end. */
export function cli(args: readonly string[], options: { cwd: string; stdin?: string | readonly string[]; stdout?: number; chunkDelayMs?: number }): Promise<CliRun> {
  return start(args, options).done;
}

/** A fresh temporary directory. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'suara-bin-'));
}

/** Files in `dir` that are leftover temporary outputs. */
export function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.suara-tmp'));
}
