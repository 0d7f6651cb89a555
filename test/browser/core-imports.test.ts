/**
 * The core entries (everything a browser app imports) must not reach a Node
 * built-in: not through our own chunks, not through zod or sastrawijs.
 * Two checks over the built files in dist/:
 *   1. walk the relative-import graph of each core entry and list every
 *      non-relative specifier it reaches: only our runtime dependencies may
 *      appear (no `node:*`, no bare `fs`/`stream`/`worker_threads`; tsup
 *      strips the `node:` prefix, so bare names are checked too);
 *   2. bundle each entry with esbuild for `platform: 'browser'` with every
 *      Node built-in marked external, and assert none was reached
 *      (this covers the dependencies' own import graphs).
 * Skips with a visible message when dist/ is absent (`npm run build` first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(__dirname, '../..');
const dist = path.join(repo, 'dist');
const CORE = ['index', 'text', 'stem', 'sentiment', 'entities', 'topics', 'aggregate'];
const hasDist = CORE.every((e) => existsSync(path.join(dist, `${e}.js`)) && existsSync(path.join(dist, `${e}.cjs`)));
if (!hasDist) console.warn('[suara] dist/ absent: skipping the core import-graph test (run `npm run build` first)');

/** Runtime dependencies the core may import (from package.json). */
const allowedDeps = new Set(Object.keys((JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> }).dependencies ?? {}));
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

// static `import … from '…'`, `export … from '…'`, bare `import '…'`, dynamic `import('…')`, `require('…')`
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g;

function specifiers(code: string): string[] {
  return [...code.matchAll(SPECIFIER)].map((m) => m[2]!);
}

/** Every non-relative specifier reachable from `entry` through relative imports. */
function externalImports(entry: string): { files: string[]; external: Set<string> } {
  const seen = new Set<string>();
  const external = new Set<string>();
  const stack = [path.join(dist, entry)];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const s of specifiers(readFileSync(file, 'utf8'))) {
      if (s.startsWith('./') || s.startsWith('../')) stack.push(path.resolve(path.dirname(file), s));
      else external.add(s);
    }
  }
  return { files: [...seen], external };
}

function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

describe.skipIf(!hasDist)('core entries have no Node built-ins in their import graph', () => {
  for (const entry of CORE) {
    for (const ext of ['js', 'cjs']) {
      it(`dist/${entry}.${ext} imports only ${[...allowedDeps].join(', ')}`, () => {
        const { files, external } = externalImports(`${entry}.${ext}`);
        expect(files.length).toBeGreaterThan(0);
        const bad = [...external].filter((s) => builtins.has(s) || !allowedDeps.has(packageName(s)));
        expect(bad).toEqual([]);
      });
    }

    it(`dist/${entry}.js bundles for the browser without reaching a Node built-in (dependencies included)`, async () => {
      const result = await build({
        entryPoints: [path.join(dist, `${entry}.js`)],
        bundle: true,
        write: false,
        platform: 'browser',
        format: 'esm',
        metafile: true,
        logLevel: 'silent',
        external: [...builtins],
      });
      const reached = Object.values(result.metafile.inputs).flatMap((i) => i.imports.filter((imp) => imp.external).map((imp) => imp.path));
      expect(reached).toEqual([]);
    });
  }

  it('the check itself catches a Node built-in (dist/node.js must fail it)', () => {
    const { external } = externalImports('node.js');
    expect([...external].some((s) => builtins.has(s))).toBe(true);
  });
});
