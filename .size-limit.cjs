// Size budgets for `npm run size` (size-limit 11 + @size-limit/preset-small-lib):
// each entry bundles the named import from the built dist/ file with esbuild,
// dependencies included (zod, sastrawijs), minified, and measures it BROTLI-compressed.
// Budgets = size measured on 2026-11 after the zod/mini switch (see docs/performance.md) + ~10 % headroom,
// so growth is a conscious decision: raise a budget in the same commit that needs it.
// 2026-12 (issue 14): topics add their cue lexicon and tagger (suara/topics 111.6 kB measured, most of it the
// stemmer's root list it shares with analyze); analyze 156.6 kB and import * 165.7 kB with topics; entities
// measured 32.5 kB after merging main (grammar word lists moved to lexicons/) plus the shared clause module.
//
// Where the bytes go (brotli):
//   sastrawijs (Kateglo root list) .. ~69 kB in stem / sentiment / analyze
//   IndoCollex slang table .......... ~14 kB in text (tokenize normalizes slang)
//   counted formal vocabulary ....... ~23 kB in text (lexicons/text/frequency.tsv, 6.6 k words: the
//     vowel-drop, typo and colloquial-affix rules of issue 13; a floor of 3 saves 4 kB and costs
//     1.5 points on the normalization dev set, so the budgets were raised on 2026-12-03)
//   zod/mini + its English messages . ~6-12 kB per entry (only the checks used)
// Every stage validates options with `zod/mini` (src/validate.ts); classic `zod`
// was ~76 kB in every entry before the switch (docs/performance.md has both).
// Importing classic `z` anywhere in src/ (lexicon-specs.ts files the runtime
// does not import are fine) would bring those 76 kB back: the budgets catch it.
module.exports = [
  { name: 'suara/text: tokenize', path: 'dist/text.js', import: '{ tokenize }', limit: '54 kB' },
  { name: 'suara/stem: stem (with the Sastrawi root list)', path: 'dist/stem.js', import: '{ stem }', limit: '87 kB' },
  { name: 'suara/sentiment: scoreSentiment', path: 'dist/sentiment.js', import: '{ scoreSentiment }', limit: '156 kB' },
  { name: 'suara/entities: tagEntities', path: 'dist/entities.js', import: '{ tagEntities }', limit: '36 kB' },
  { name: 'suara/topics: tagTopics', path: 'dist/topics.js', import: '{ tagTopics }', limit: '145 kB' },
  // aggregate: 12.15 -> 13.25 kB on 2026-12-03 (issue 12: addToAll fan-out, releaseState/mergeTrustedState, fast ISO dates)
  { name: 'suara/aggregate: createAggregator', path: 'dist/aggregate.js', import: '{ createAggregator }', limit: '14 kB' },
  { name: 'suara: analyze', path: 'dist/index.js', import: '{ analyze }', limit: '200 kB' },
  { name: 'suara: everything (import *)', path: 'dist/index.js', import: '*', limit: '210 kB' },
];
