#!/usr/bin/env node
/**
 * The `suara` executable. All logic lives in `main()`; this file only wires
 * the process streams and exit code.
 */
import { isMainThread } from 'node:worker_threads';
import { main } from './main';

// The bundled worker threads may load this file's chunk too: only the main thread runs the CLI.
if (isMainThread) {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0); // `suara … | head` is fine
    throw e;
  });
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`suara: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 2;
    },
  );
}
