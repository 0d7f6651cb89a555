/**
 * `suara` command dispatcher. Takes argv and injected streams and returns
 * the exit code, so tests call it directly (no subprocess).
 */
import { stem } from '../stem';
import { scoreSentiment } from '../sentiment';
import { tokenize } from '../text';
import { analyzeCommand, type CliIO } from './analyze-command';
import { USAGE, parseCliArgs, type QuickArgs } from './args';

// Replaced at build time by tsup's `define` with package.json's version.
declare const __SUARA_VERSION__: string | undefined;

/**
 * Package version shown by `suara --version`: package.json's version in the
 * built package, `0.0.0-dev` when run from source.
 *
 * @example
 * ```ts
 * import { VERSION } from 'suara/node';
 * typeof VERSION; // 'string'
 * ```
 */
export const VERSION: string = typeof __SUARA_VERSION__ === 'string' ? __SUARA_VERSION__ : '0.0.0-dev';

function quick(args: QuickArgs, io: CliIO): number {
  const out = (s: string): void => {
    io.stdout.write(`${s}\n`);
  };
  if (args.command === 'stem') {
    const stems = args.inputs.map((w) => ({ word: w, stem: stem(w) }));
    if (args.json) out(JSON.stringify(stems));
    else for (const s of stems) out(`${s.word}\t${s.stem}`);
    return 0;
  }
  if (args.command === 'tokenize') {
    for (const text of args.inputs) {
      const tokens = tokenize(text);
      if (args.json) out(JSON.stringify(tokens));
      else for (const t of tokens) out(`${t.start}-${t.end}\t${t.type}\t${t.text}\t${t.norm}`);
    }
    return 0;
  }
  for (const text of args.inputs) {
    const r = scoreSentiment(text);
    if (args.json) {
      out(JSON.stringify(r));
      continue;
    }
    out(`${r.label}\tcompound ${r.compound.toFixed(3)}\tscore ${r.score.toFixed(2)}`);
    for (const h of r.hits) {
      out(`  ${h.start}-${h.end}\t${h.text}\t${h.weight > 0 ? '+' : ''}${h.weight.toFixed(2)}\t${h.lemma}${h.rules.length ? `\t[${h.rules.join(', ')}]` : ''}`);
    }
  }
  return 0;
}

/**
 * Runs the CLI. Returns 0 (ok), 1 (some input rows were bad) or 2 (usage
 * error or unreadable input).
 *
 * @example
 * ```ts
 * import { main } from 'suara/node';
 * const code = await main(['score', 'Pelayanan Disdukcapil cepat'], {
 *   stdin: process.stdin, stdout: process.stdout, stderr: process.stderr,
 * });
 * ```
 */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const args = parseCliArgs(argv);
  switch (args.command) {
    case 'help':
      io.stdout.write(`${USAGE}\n`);
      return 0;
    case 'version':
      io.stdout.write(`${VERSION}\n`);
      return 0;
    case 'usage-error':
      io.stderr.write(`suara: ${args.message}\n\n${USAGE}\n`);
      return 2;
    case 'analyze':
      return analyzeCommand(args, io);
    default:
      return quick(args, io);
  }
}
