/**
 * A one-line progress display on stderr for long runs. Silent unless the
 * stream is a TTY, so logs and CI output stay clean.
 */

/**
 * What the progress line needs from a stream (`process.stderr` fits), as in
 * `CliIO.stderr`. Progress is drawn only when `isTTY` is true.
 *
 * @example
 * ```ts
 * import type { ProgressStream } from 'suara/node';
 * const lines: string[] = [];
 * const quiet: ProgressStream = { write: (text) => lines.push(text), isTTY: false };
 * ```
 */
export interface ProgressStream {
  /** Writes text. */
  write(text: string): unknown;
  /** True for a terminal. */
  isTTY?: boolean;
}

/** A throttled progress line. */
export interface Progress {
  /** Reports documents done and bytes read; redraws at most every `intervalMs`. */
  update(docs: number, bytes: number): void;
  /** Clears the line. */
  done(): void;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

/**
 * Creates a progress line: `12,345 docs · 2,100 docs/s · 4.2 MB/s · 37% · ETA 1m05s`.
 * The ETA appears only when `totalBytes` (the file size) is known.
 *
 * @example
 * ```ts
 * const p = createProgress(process.stderr, { totalBytes: 1e8 });
 * p.update(1000, 2e6);
 * p.done();
 * ```
 */
export function createProgress(
  stream: ProgressStream,
  options: { totalBytes?: number; intervalMs?: number; now?: () => number } = {},
): Progress {
  const enabled = stream.isTTY === true;
  const now = options.now ?? (() => Date.now());
  const interval = options.intervalMs ?? 250;
  const started = now();
  let last = 0;
  let shown = false;
  return {
    update(docs, bytes) {
      if (!enabled) return;
      const t = now();
      if (t - last < interval) return;
      last = t;
      const secs = Math.max((t - started) / 1000, 1e-3);
      const parts = [
        `${docs.toLocaleString('en-US')} docs`,
        `${Math.round(docs / secs).toLocaleString('en-US')} docs/s`,
        `${(bytes / 1e6 / secs).toFixed(1)} MB/s`,
      ];
      const total = options.totalBytes;
      if (total !== undefined && total > 0) {
        parts.push(`${Math.min(100, Math.floor((bytes / total) * 100))}%`);
        const rate = bytes / secs;
        parts.push(`ETA ${formatDuration(rate > 0 ? (total - bytes) / rate : Number.NaN)}`);
      }
      stream.write(`\r\x1b[2K${parts.join(' · ')}`);
      shown = true;
    },
    done() {
      if (enabled && shown) stream.write('\r\x1b[2K');
    },
  };
}
