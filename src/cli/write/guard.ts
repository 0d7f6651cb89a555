/**
 * Refuses outputs that would destroy an input or each other, before any file
 * is opened: same path after `realpath`, or the same inode (hard links).
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

interface Identity {
  real: string;
  dev?: number;
  ino?: number;
  dir?: boolean;
}

function identify(p: string): Identity {
  try {
    const st = statSync(p);
    return { real: realpathSync(p), dev: st.dev, ino: st.ino, dir: st.isDirectory() };
  } catch {
    // not there yet: it is whatever its (real) directory plus its name will be
    let dir = path.dirname(path.resolve(p));
    try {
      dir = realpathSync(dir);
    } catch {
      // missing directory: the open will fail with a write error
    }
    return { real: path.join(dir, path.basename(p)) };
  }
}

function same(a: Identity, b: Identity): boolean {
  if (a.real === b.real) return true;
  return a.ino !== undefined && a.ino === b.ino && a.dev === b.dev;
}

/**
 * Returns an error message when an output is an input, a directory, or
 * repeated; `undefined` when all outputs are safe to write.
 *
 * @example
 * ```ts
 * checkOutputs(['posts.ndjson'], ['./posts.ndjson']); // './posts.ndjson is the input file posts.ndjson: refusing to overwrite it (write the result elsewhere)'
 * checkOutputs(['posts.ndjson'], ['rows.csv']); // undefined
 * ```
 */
export function checkOutputs(inputs: readonly string[], outputs: readonly string[]): string | undefined {
  const ins = inputs.map((p) => ({ p, id: identify(p) }));
  const seen: { p: string; id: Identity }[] = [];
  for (const o of outputs) {
    const id = identify(o);
    if (id.dir) return `${o} is a directory`;
    const input = ins.find((i) => same(i.id, id));
    if (input) return `${o} is the input file ${input.p}: refusing to overwrite it (write the result elsewhere)`;
    const dup = seen.find((s) => same(s.id, id));
    if (dup) return `${o} is given twice (also as ${dup.p})`;
    seen.push({ p: o, id });
  }
  return undefined;
}
