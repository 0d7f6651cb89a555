/**
 * Regenerates lexicons/text/slang-indocollex.tsv from the IndoCollex
 * informal→formal dictionary (MIT). The path is an argument; nothing from
 * ../shared is hard-coded into the library.
 *
 *   npx tsx scripts/import-indocollex.ts ../shared/data/slang/indocollex/inforformal-formal-Indonesian-dictionary.tsv
 *
 * Kept: single lowercase letter-only informal forms mapping to letters,
 * spaces and hyphens. Then every target is validated against the vocabulary
 * (scripts/slang-targets.ts):
 *
 * - misspelt or non-standard targets listed in FIXES are corrected
 *   (`bersihin` → `membersihkah` becomes `membersihkan`);
 * - rows whose target is still not a known word are dropped (English
 *   expansions, laughter, misspellings);
 * - rows for regular colloquial morphology (`-in`, `nge-`/`ng-`/`ny-`) that
 *   suara's own rule (src/text/colloquial-affix.ts) derives are dropped, so
 *   one documented convention applies to all of them;
 * - rows our own table (slang-suara.tsv) overrides are dropped.
 *
 * The counts of each are printed and written into the file header.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colloquialToFormal } from '../src/text/colloquial-affix';
import { formalFrequency, knownVocabulary, slangMap } from '../src/text/lexicon';
import { unknownTargetWords } from './slang-targets';

/** Target corrections: the informal form → the formal word IndoCollex meant. */
const FIXES: Readonly<Record<string, string>> = {
  bersihin: 'bersihkan', // membersihkah (typo); plain -in is the bare -kan form in suara
  activities: 'aktivitas', // aktifitas is non-standard
  ultah: 'ulang tahun', // ultang tahun
  nyebrang: 'menyeberang', // menyebrang
  nyicil: 'mencicil', // menyicil
  jend: 'jenderal',
  tentrem: 'tenteram',
  ngomel: 'mengomel', // memarah
  salalu: 'selalu', // salahmu
  ngantri: 'mengantre', // mengantri
  nganti: 'mengantre',
  telponan: 'bertelepon', // menelpon
  ngemil: 'mengemil', // menghabiskan meal
  kemenpar: 'kementerian pariwisata',
  menpar: 'menteri pariwisata',
};

/** Rows dropped because the pair is reversed or wrong (the informal is the formal word). */
const WRONG = new Set(['diubah', 'kenali', 'pahami', 'malang', 'bang', 'tunjukan', 'mantau']);

const src = process.argv[2];
if (!src) {
  console.error('usage: tsx scripts/import-indocollex.ts <inforformal-formal-Indonesian-dictionary.tsv>');
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const suara = new Set(
  readFileSync(join(root, 'lexicons/text/slang-suara.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t')[0]!),
);
// The colloquial rule judged with the counted vocabulary only (what a default tokenizer has).
const vocab = {
  isFormal: (w: string) => knownVocabulary().has(w),
  freq: (w: string) => formalFrequency().get(w) ?? 0,
  slang: (w: string) => slangMap().get(w),
};
const rows = readFileSync(src, 'utf8').split('\n').slice(1);
const out: string[] = [];
const seen = new Set<string>();
const count = { fixed: 0, unknownTarget: 0, morphology: 0, overridden: 0, wrong: 0 };
const dropped: string[] = [];
for (const line of rows) {
  const [inf, rawFormal] = line.replace(/\r$/, '').split('\t');
  if (!inf || !rawFormal) continue;
  if (!/^[a-z]+$/.test(inf) || !/^[a-z][a-z -]*[a-z]$/.test(rawFormal) || inf === rawFormal || seen.has(inf)) continue;
  seen.add(inf);
  if (suara.has(inf)) {
    count.overridden++;
    continue;
  }
  if (WRONG.has(inf)) {
    count.wrong++;
    dropped.push(`${inf}→${rawFormal} (wrong pair)`);
    continue;
  }
  let formal = rawFormal;
  const fix = FIXES[inf];
  if (fix !== undefined && fix !== formal) {
    formal = fix;
    count.fixed++;
  }
  const bad = unknownTargetWords(formal);
  if (bad.length > 0) {
    count.unknownTarget++;
    dropped.push(`${inf}→${formal} (unknown: ${bad.join(',')})`);
    continue;
  }
  const colloquialShape = inf.endsWith('in') || /^(nge|ng[aiueo]|ny[aiueo])/.test(inf);
  if (colloquialShape && !formal.includes(' ') && colloquialToFormal(inf, vocab) !== undefined) {
    count.morphology++;
    continue;
  }
  out.push(`${inf}\t${formal}`);
}
const header = [
  '# IndoCollex informal→formal pairs, filtered by scripts/import-indocollex.ts.',
  '# source: IndoCollex, https://github.com/haryoa/indo-collex dict/inforformal-formal-Indonesian-dictionary.tsv (commit df626e8)',
  '# licence: MIT, Copyright (c) 2021 Haryo Akbarianto Wibowo (see NOTICE)',
  '# Entries in slang-suara.tsv override these; protected.tsv words are never rewritten.',
  `# Target check: ${count.fixed} targets fixed, ${count.unknownTarget} rows dropped (target not a known word), ${count.wrong} dropped (wrong pair),`,
  `# ${count.morphology} dropped (regular -in/nge-/ng-/ny- morphology: src/text/colloquial-affix.ts derives them), ${count.overridden} overridden by slang-suara.tsv.`,
  'informal\tformal',
];
writeFileSync(join(root, 'lexicons/text/slang-indocollex.tsv'), [...header, ...out].join('\n') + '\n');
console.log(`wrote ${out.length} pairs; ${JSON.stringify(count)}`);
if (process.argv.includes('--verbose')) for (const d of dropped) console.log(`dropped ${d}`);
