#!/usr/bin/env node
/**
 * The `suara` executable. All logic lives in `main()`; this file only wires
 * the process: streams, exit code, and signals (Ctrl-C removes the
 * temporary output files, so no partial output appears and existing ones
 * stay as they were).
 */
import { isMainThread } from 'node:worker_threads';
import { main } from './main';
import { removeAllTemps } from './write/atomic';

// The bundled worker threads may load this file's chunk too: only the main thread runs the CLI.
if (isMainThread) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0); // `suara … | head` is fine
    // a failed stdout write is also reported where it was awaited; this stops it being an uncaught stack
    removeAllTemps();
    process.stderr.write(`suara: write error: stdout: ${e.message}\n`);
    process.exit(2);
  });
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      removeAllTemps();
      process.stderr.write(`\nsuara: interrupted (${signal}): no output written, existing files unchanged\n`);
      process.exit(code);
    });
  }
  process.on('exit', removeAllTemps);
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      removeAllTemps();
      process.stderr.write(`suara: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
