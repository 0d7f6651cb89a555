/**
 * Pack acceptance: what `npm publish` would ship works when installed.
 *
 *   npm run build && npx tsx scripts/pack-check.ts [--keep]
 *
 * 1. `npm pack --ignore-scripts` the current dist/ (CI builds first; packing
 *    without scripts avoids a second tsup run that would clean dist/ under
 *    other processes) and checks the tarball's file list: every entry's
 *    .js/.cjs/.d.ts/.d.cts, the lexicons and licences in; sources, tests,
 *    fixtures and scratch out.
 * 2. Installs the tarball into an empty temp folder with
 *    `npm install --no-audit --no-fund --prefer-offline <tgz>`.
 * 3. In that folder, an ESM script (`import { analyze } from 'suara'`) and a
 *    CJS script (`require('suara')`) analyze fixture texts and load every
 *    subpath; their JSON must be identical, and each subpath must expose the
 *    same export names in both module systems.
 * 4. The `suara` bin from node_modules/.bin runs (`suara stem …`).
 * Exits non-zero with a message on the first failure. The temp folder is
 * removed unless --keep.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const SUBPATHS = ['suara', 'suara/text', 'suara/stem', 'suara/sentiment', 'suara/entities', 'suara/topics', 'suara/aggregate', 'suara/node'];
const ENTRIES = ['index', 'text', 'stem', 'sentiment', 'entities', 'topics', 'aggregate', 'node', 'cli'];

function fail(message: string): never {
  console.error(`pack-check: FAIL: ${message}`);
  process.exit(1);
}

function ok(message: string): void {
  console.log(`pack-check: ok: ${message}`);
}

function labelCounts(labels: string[]): string {
  const c = new Map<string, number>();
  for (const l of labels) c.set(l, (c.get(l) ?? 0) + 1);
  return [...c].map(([l, n]) => `${n} ${l}`).join(', ');
}

function sh(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    fail(`${cmd} ${args.join(' ')} (in ${cwd})\n${err.stderr ?? ''}${err.stdout ?? ''}${err.message}`);
  }
}

for (const e of ENTRIES) if (!existsSync(path.join(repo, `dist/${e}.js`))) fail(`dist/${e}.js missing: run \`npm run build\` first`);

const work = mkdtempSync(path.join(tmpdir(), 'suara-pack-'));
try {
  // 1. pack and inspect the file list
  const packed = JSON.parse(sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], repo)) as Array<{
    filename: string;
    size: number;
    unpackedSize: number;
    files: Array<{ path: string }>;
  }>;
  const info = packed[0] ?? fail('npm pack printed no result');
  const files = new Set(info.files.map((f) => f.path));
  const required = [
    'package.json', 'README.md', 'LICENSE', 'NOTICE',
    ...ENTRIES.flatMap((e) => [`dist/${e}.js`, `dist/${e}.cjs`, `dist/${e}.d.ts`, `dist/${e}.d.cts`]),
  ];
  const missing = required.filter((f) => !files.has(f));
  if (missing.length > 0) fail(`tarball lacks ${missing.join(', ')}`);
  const stray = [...files].filter((f) => /^(src|test|bench|fixtures|scripts|docs|\.tmp|node_modules)\//.test(f) || f.endsWith('.tgz'));
  if (stray.length > 0) fail(`tarball ships files it should not: ${stray.slice(0, 10).join(', ')}`);
  if (![...files].some((f) => f.startsWith('lexicons/'))) fail('tarball lacks lexicons/ (the data and its licences)');
  ok(`${info.filename}: ${info.files.length} files, ${(info.size / 1024).toFixed(0)} kB packed, ${(info.unpackedSize / 1024).toFixed(0)} kB unpacked`);

  // 2. install into an empty folder
  const app = path.join(work, 'app');
  sh('mkdir', ['-p', app], work);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'suara-pack-check', version: '1.0.0', private: true }, null, 2));
  sh('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', path.join(work, info.filename)], app);
  if (existsSync(path.join(app, 'node_modules/suara/src'))) fail('installed package contains src/');
  ok('npm install <tgz> into an empty folder');

  // 3. ESM and CJS give the same answers
  const texts = readFileSync(path.join(repo, 'fixtures/posts.ndjson'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(0, 20)
    .map((l) => (JSON.parse(l) as { text: string }).text);
  writeFileSync(path.join(app, 'texts.json'), JSON.stringify(texts));
  const body = (load: string): string => `
${load}
const texts = JSON.parse(readFileSync('./texts.json', 'utf8'));
const exportsOf = {};
for (const [name, m] of Object.entries(mods)) exportsOf[name] = Object.keys(m).filter((k) => k !== 'default' && k !== 'module.exports').sort();
const root = mods['suara'];
const result = {
  exportsOf,
  analyze: texts.map((t) => root.analyze(t)),
  tokenize: mods['suara/text'].tokenize(texts[0]),
  stem: ['memakan', 'pelayanan', 'kerusakan'].map((w) => mods['suara/stem'].stem(w)),
  sentiment: mods['suara/sentiment'].scoreSentiment(texts[0]),
  entities: mods['suara/entities'].tagEntities(texts[0]),
  topics: mods['suara/topics'].tagTopics(texts[0]),
  aggregate: typeof mods['suara/aggregate'].createAggregator,
  node: typeof mods['suara/node'].analyzeFile,
};
process.stdout.write(JSON.stringify(result));
`;
  writeFileSync(
    path.join(app, 'check.mjs'),
    body(`import { readFileSync } from 'node:fs';\nimport { analyze } from 'suara';\nif (typeof analyze !== 'function') throw new Error('no named export analyze');\n` +
      SUBPATHS.map((s, i) => `import * as m${i} from '${s}';`).join('\n') +
      `\nconst mods = { ${SUBPATHS.map((s, i) => `'${s}': m${i}`).join(', ')} };`),
  );
  writeFileSync(
    path.join(app, 'check.cjs'),
    body(`const { readFileSync } = require('node:fs');\nconst { analyze } = require('suara');\nif (typeof analyze !== 'function') throw new Error('no export analyze');\n` +
      `const mods = { ${SUBPATHS.map((s) => `'${s}': require('${s}')`).join(', ')} };`),
  );
  const esm = sh(process.execPath, ['check.mjs'], app);
  const cjs = sh(process.execPath, ['check.cjs'], app);
  if (esm !== cjs) {
    const a = JSON.parse(esm) as Record<string, unknown>;
    const b = JSON.parse(cjs) as Record<string, unknown>;
    const differing = Object.keys(a).filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    fail(`ESM and CJS differ in: ${differing.join(', ')}\nESM: ${JSON.stringify(a[differing[0]!]).slice(0, 600)}\nCJS: ${JSON.stringify(b[differing[0]!]).slice(0, 600)}`);
  }
  const r = JSON.parse(esm) as { analyze: Array<{ tokens: unknown[]; sentiment: { label: string } }>; exportsOf: Record<string, string[]> };
  if (r.analyze.some((a) => a.tokens.length === 0)) fail('analyze() returned no tokens');
  for (const s of SUBPATHS) if ((r.exportsOf[s] ?? []).length === 0) fail(`${s} exports nothing`);
  ok(`import and require give identical results: analyze() on ${texts.length} fixture posts (labels: ${labelCounts(r.analyze.map((a) => a.sentiment.label))})`);
  ok(`subpaths resolve in ESM and CJS with the same exports: ${SUBPATHS.map((s) => `${s} (${r.exportsOf[s]!.length})`).join(', ')}`);

  // 4. the bin
  const bin = sh(path.join(app, 'node_modules/.bin/suara'), ['stem', 'memakan', 'pelayanan'], app);
  if (bin.trim() !== 'memakan\tmakan\npelayanan\tlayan') fail(`suara stem printed ${JSON.stringify(bin)}`);
  ok('node_modules/.bin/suara stem memakan pelayanan → makan, layan');
  console.log('pack-check: all good');
} finally {
  if (keep) console.log(`pack-check: kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
