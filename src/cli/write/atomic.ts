/**
 * The one way the CLI writes a file: into a temporary file beside the
 * target, renamed over it only when the whole run succeeded. A failed run,
 * an exception or Ctrl-C leaves the previous file as it was and no partial
 * file behind (a SIGKILL can leave a `.suara-tmp` file, never a cut target).
 */
import { randomBytes } from 'node:crypto';
import { renameSync, statSync, unlinkSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files not yet renamed or removed, for the signal handler. */
const live = new Set<string>();

/** Bytes collected before one write call: fewer syscalls for many small NDJSON lines. */
const FLUSH_BYTES = 256 * 1024;

/**
 * An output being written.
 *
 * @example
 * ```ts
 * const f = await openAtomic('rows.csv');
 * await f.write('a,b\n');
 * await f.finish();
 * commitAll([f]); // rows.csv now holds exactly 'a,b\n'
 * ```
 */
export interface AtomicFile {
  /** The target path. */
  readonly target: string;
  /** The temporary path. */
  readonly temp: string;
  /** Appends text (buffered). */
  write(text: string): Promise<void>;
  /** Flushes, syncs to disk and closes the temporary file; {@link commitAll} then renames it. */
  finish(): Promise<void>;
  /** Closes and removes the temporary file; the target is untouched. */
  abort(): Promise<void>;
}

/**
 * Opens a temporary file beside `target` (same directory, so the final
 * rename is atomic), with the target's permissions when it exists.
 *
 * @example
 * ```ts
 * const f = await openAtomic('report.html');
 * ```
 */
export async function openAtomic(target: string): Promise<AtomicFile> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.suara-tmp`);
  let mode = 0o666;
  try {
    mode = statSync(target).mode & 0o777;
  } catch {
    // no previous file: default mode (umask applies)
  }
  const fh: FileHandle = await open(temp, 'wx', mode);
  live.add(temp);
  let parts: string[] = [];
  let size = 0;
  let closed = false;
  const flush = async (): Promise<void> => {
    if (parts.length === 0) return;
    const text = parts.join('');
    parts = [];
    size = 0;
    await fh.writeFile(text, 'utf8');
  };
  return {
    target,
    temp,
    async write(text) {
      parts.push(text);
      size += text.length;
      if (size >= FLUSH_BYTES) await flush();
    },
    async finish() {
      await flush();
      await fh.sync();
      closed = true;
      await fh.close();
    },
    async abort() {
      if (!closed) {
        closed = true;
        await fh.close().catch(() => undefined);
      }
      removeTemp(temp);
    },
  };
}

function removeTemp(temp: string): void {
  try {
    unlinkSync(temp);
  } catch {
    // already gone
  }
  live.delete(temp);
}

/**
 * Renames finished temporary files over their targets, in one synchronous
 * loop (a signal handler cannot run in between, so either all outputs of a
 * run are replaced or, on a rename error, the rest keep their old content).
 *
 * @example
 * ```ts
 * commitAll([await openAtomic('a.csv')]);
 * ```
 */
export function commitAll(files: readonly AtomicFile[]): void {
  for (const f of files) {
    renameSync(f.temp, f.target);
    live.delete(f.temp);
  }
}

/**
 * Removes every temporary file still open (synchronously: for signal handlers and exit).
 *
 * @example
 * ```ts
 * process.once('SIGINT', () => { removeAllTemps(); process.exit(130); });
 * ```
 */
export function removeAllTemps(): void {
  for (const t of [...live]) removeTemp(t);
}
