/**
 * Accuracy of the stemmer on fixtures/stem/failure-classes.tsv (or another
 * word/expected_root/class TSV), per class and overall, with the misses.
 *
 *   npx tsx scripts/eval-stem-classes.ts [fixtures/stem/failure-classes.tsv]
 */
import { readFileSync } from 'node:fs';
import { parseTsv } from '../src/lexicons/tsv';
import { stem } from '../src/stem/index';

const path = process.argv[2] ?? 'fixtures/stem/failure-classes.tsv';
const { rows } = parseTsv(readFileSync(path, 'utf8'));
const by = new Map<string, { n: number; ok: number }>();
let ok = 0;
for (const r of rows) {
  const got = stem(r.word!);
  const c = by.get(r.class!) ?? { n: 0, ok: 0 };
  c.n++;
  if (got === r.expected_root) {
    c.ok++;
    ok++;
  } else console.log(`MISS\t${r.class}\t${r.word}\t${r.expected_root}\t${got}`);
  by.set(r.class!, c);
}
for (const [cls, c] of by) console.log(`${cls}\t${c.ok}/${c.n}\t${(c.ok / c.n).toFixed(3)}`);
console.log(`overall\t${ok}/${rows.length}\t${(ok / rows.length).toFixed(3)}`);
