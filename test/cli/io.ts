import { Readable } from 'node:stream';
import type { CliIO } from '../../src/cli/analyze-command';

/** Captured in-memory streams for calling `main()` directly. */
export function memoryIO(stdinText = '', tty = false): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdin: Readable.from([Buffer.from(stdinText)]),
    stdout: { write: (s: string) => ((out += s), true) },
    stderr: { write: (s: string) => ((err += s), true), isTTY: tty },
    out: () => out,
    err: () => err,
  };
}
