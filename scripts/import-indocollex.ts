/**
 * Regenerates lexicons/text/slang-indocollex.tsv from the IndoCollex
 * informal→formal dictionary (MIT). The path is an argument; nothing from
 * ../shared is hard-coded into the library.
 *
 *   npx tsx scripts/import-indocollex.ts ../shared/data/slang/indocollex/inforformal-formal-Indonesian-dictionary.tsv
 *
 * Kept: single lowercase letter-only informal forms mapping to letters,
 * spaces and hyphens. Dropped: unit/number rewrites (`1007mb`), identity
 * pairs, and entries our own table (slang-suara.tsv) overrides or protects.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const src = process.argv[2];
if (!src) {
  console.error('usage: tsx scripts/import-indocollex.ts <inforformal-formal-Indonesian-dictionary.tsv>');
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const rows = readFileSync(src, 'utf8').split('\n').slice(1);
const out: string[] = [];
const seen = new Set<string>();
for (const line of rows) {
  const [inf, formal] = line.replace(/\r$/, '').split('\t');
  if (!inf || !formal) continue;
  if (!/^[a-z]+$/.test(inf) || !/^[a-z][a-z -]*[a-z]$/.test(formal) || inf === formal || seen.has(inf)) continue;
  seen.add(inf);
  out.push(`${inf}\t${formal}`);
}
const header = [
  '# IndoCollex informal→formal pairs, filtered by scripts/import-indocollex.ts.',
  '# source: IndoCollex, https://github.com/haryoa/indo-collex dict/inforformal-formal-Indonesian-dictionary.tsv (commit df626e8)',
  '# licence: MIT, Copyright (c) 2021 Haryo Akbarianto Wibowo (see NOTICE)',
  '# Entries in slang-suara.tsv override these; protected.tsv words are never rewritten.',
  'informal\tformal',
];
writeFileSync(join(root, 'lexicons/text/slang-indocollex.tsv'), [...header, ...out].join('\n') + '\n');
console.log(`wrote ${out.length} pairs`);
