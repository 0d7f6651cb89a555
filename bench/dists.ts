/**
 * Builds the two packages the release comparison times, both bundled the
 * same way (tsup, ESM, no declarations) so neither side pays for tsx:
 *
 *   bench/.out/release-0.1.0/dist   the 0.1.0 release, from `git archive bda133d`
 *   bench/.out/current/dist         this working tree
 *
 * bench/.out/ is gitignored. The release is extracted once (it never
 * changes) and resolves its dependencies through a symlink to this
 * checkout's node_modules, so no install is needed.
 *
 *   npx tsx bench/dists.ts          (build both, print their paths)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const out = path.join(here, '.out');

/** The 0.1.0 release commit of this repository. */
export const RELEASE_COMMIT = 'bda133d';

const ENTRIES = { index: 'src/index.ts', text: 'src/text/index.ts', sentiment: 'src/sentiment/index.ts' };

/** Bundles the entries of the tree at `srcRoot` into `outDir`. */
async function bundle(srcRoot: string, outDir: string): Promise<string> {
  const { build } = await import('tsup');
  await build({
    entry: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, path.join(srcRoot, v)])),
    format: ['esm'],
    dts: false,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    external: ['node:*'],
    noExternal: ['zod'],
    define: { __SUARA_VERSION__: JSON.stringify('bench') },
    outDir,
    silent: true,
    config: false,
  });
  return outDir;
}

/**
 * Extracts the sources of commit `ref` into bench/.out/`name` (once) and
 * returns that folder (with node_modules linked, so its sources import).
 */
export function commitSources(ref: string, name = `ref-${ref}`): string {
  const root = path.join(out, name);
  if (existsSync(path.join(root, 'src', 'index.ts'))) return root;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const tar = execFileSync('git', ['archive', ref, 'src', 'package.json', 'tsconfig.json'], { cwd: repo, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', root], { input: tar });
  symlinkSync(realpathSync(path.join(repo, 'node_modules')), path.join(root, 'node_modules'));
  return root;
}

/** Extracts and bundles the 0.1.0 release (once); returns its dist directory. */
export async function releaseDist(): Promise<string> {
  const root = commitSources(RELEASE_COMMIT, 'release-0.1.0');
  const dist = path.join(root, 'dist');
  if (existsSync(path.join(dist, 'index.js'))) return dist;
  return bundle(root, dist);
}

/** Bundles the working tree; returns its dist directory. */
export async function currentDist(): Promise<string> {
  const dist = path.join(out, 'current', 'dist');
  mkdirSync(dist, { recursive: true });
  return bundle(repo, dist);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(await releaseDist());
  console.log(await currentDist());
}
