// Size budgets for `npm run size` (size-limit 11 + @size-limit/preset-small-lib):
// each entry bundles the named import from the built dist/ file with esbuild,
// dependencies included (zod, sastrawijs), minified, and measures it BROTLI-compressed.
// Budgets = size measured on 2026-11 (see docs/performance.md) + ~10 % headroom,
// so growth is a conscious decision: raise a budget in the same commit that needs it.
//
// Where the bytes go (brotli, measured with zod left out of the bundle):
//   zod 4 classic `z` ............... ~76 kB in EVERY entry that validates options
//   sastrawijs (Kateglo root list) .. ~69 kB in stem / sentiment / analyze
//   IndoCollex slang table .......... ~14 kB in text (tokenize normalizes slang)
// suara/text already validates with `zod/mini` (24 kB measured). Switching the other
// stages' option schemas to `zod/mini` would cut ~70 kB from each line below.
module.exports = [
  { name: 'suara/text: tokenize', path: 'dist/text.js', import: '{ tokenize }', limit: '27 kB' },
  { name: 'suara/stem: stem (with the Sastrawi root list)', path: 'dist/stem.js', import: '{ stem }', limit: '164 kB' },
  { name: 'suara/sentiment: scoreSentiment', path: 'dist/sentiment.js', import: '{ scoreSentiment }', limit: '203 kB' },
  { name: 'suara/entities: tagEntities', path: 'dist/entities.js', import: '{ tagEntities }', limit: '103 kB' },
  { name: 'suara/aggregate: createAggregator', path: 'dist/aggregate.js', import: '{ createAggregator }', limit: '88 kB' },
  { name: 'suara: analyze', path: 'dist/index.js', import: '{ analyze }', limit: '222 kB' },
  { name: 'suara: everything (import *)', path: 'dist/index.js', import: '*', limit: '230 kB' },
];
