import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// One ESM + CJS build per public entry so that `suara/text` does not pull in
// the lexicons. `dts: true` emits .d.ts for ESM and .d.cts for CJS.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    text: 'src/text/index.ts',
    stem: 'src/stem/index.ts',
    sentiment: 'src/sentiment/index.ts',
    entities: 'src/entities/index.ts',
    topics: 'src/topics/index.ts',
    aggregate: 'src/aggregate/index.ts',
    node: 'src/node.ts',
    cli: 'src/cli/bin.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  sourcemap: false,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['node:*'],
  // zod is bundled (tree-shaken) rather than imported: loading the zod/mini
  // package evaluates every locale, which was most of suara's import time.
  // It stays a dependency for the .d.ts types.
  noExternal: ['zod'],
  // `suara --version` prints the published version
  define: { __SUARA_VERSION__: JSON.stringify(pkg.version) },
});
