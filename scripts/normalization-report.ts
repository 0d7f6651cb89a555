/**
 * Normalization quality report (issue: foundation). Takes a CSV of tweets
 * (IndoLEM format: sentence,sentiment), counts word tokens, keeps the N most
 * frequent lowercase words that are NOT in the root dictionary (the informal
 * vocabulary), and prints what the normalizer maps each to.
 *
 *   npx tsx scripts/normalization-report.ts ../shared/data/sentiment/indolem-fold0/train0.csv [N=300]
 *
 * Columns: rank, count, word, norm, status. status is `mapped` (norm differs
 * and every norm word is a root or known formal word), `same-known` (left
 * unchanged but the form is a formal word after all, e.g. an affixed word),
 * or `unchanged` (left as is). A person then judges which mappings are
 * sensible; the judged misses are listed in the issue note.
 */
import { readFileSync } from 'node:fs';
import { defaultRoots } from '../src/stem/dictionary';
import { stem } from '../src/stem/index';
import { tokenize } from '../src/text/tokenize';

const path = process.argv[2];
const limit = Number(process.argv[3] ?? 300);
if (!path) {
  console.error('usage: tsx scripts/normalization-report.ts <tweets.csv> [N]');
  process.exit(2);
}
const roots = defaultRoots();
const lines = readFileSync(path, 'utf8').split('\n').slice(1);
const counts = new Map<string, number>();
for (const line of lines) {
  const text = line.replace(/,[01]\s*$/, '');
  for (const t of tokenize(text)) {
    if (t.type !== 'word') continue;
    const w = t.text.toLowerCase();
    if (roots.has(w) || w.length < 2) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
}
// informal = not a root and not an affixed form of a root (stem changes it to a root)
const informal = [...counts.entries()].filter(([w]) => {
  const s = stem(w);
  return !(s !== w && roots.has(s));
});
informal.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const known = (w: string): boolean => roots.has(w) || roots.has(stem(w));
let mapped = 0;
console.log('rank\tcount\tword\tnorm\tstatus');
informal.slice(0, limit).forEach(([w, c], i) => {
  const norm = tokenize(w, { knownWord: (x) => roots.has(x) })[0]?.norm ?? w;
  const ok = norm !== w && norm.split(/[ -]/).every(known);
  if (ok) mapped++;
  console.log(`${i + 1}\t${c}\t${w}\t${norm}\t${ok ? 'mapped' : 'unchanged'}`);
});
console.error(`mapped ${mapped} of ${Math.min(limit, informal.length)} (automatic check; judge by hand)`);
