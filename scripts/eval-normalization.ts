/**
 * Exact-match accuracy of the word normalizer on a colloquial→formal pair
 * fixture (columns informal, formal, class, context), per class and overall.
 *
 *   npx tsx scripts/eval-normalization.ts fixtures/text/normalization-dev.tsv [--vocab stem] [--equiv FILE] [--misses]
 *
 * - The informal word is tokenized inside its `context` sentence with the
 *   default `tokenize()` (as a new user would call it); the norm of the first
 *   token whose surface is the informal word is compared with `formal`. When
 *   the word is not a token of its context, the word alone is tokenized.
 * - `--vocab stem` passes the stemmer's vocabulary (`isKnownWord`), as
 *   `analyze()` does.
 * - `--equiv FILE` also reports a second figure where a prediction listed as
 *   equivalent to the fixture's formal (TSV `fixture<TAB>suara<TAB>reason`)
 *   counts as correct, and says how many items that moves.
 * - `--misses` prints every miss (never use it on a blind half).
 * - `--unseen` keeps only pairs whose informal word is not a key of the slang
 *   tables (what the rules, not the tables, achieve).
 * - A `.csv` path is read as IndoCollex `full.csv` (transformed, original-for,
 *   transformation = class), read from `../shared/data/slang/indocollex/`.
 */
import { readFileSync } from 'node:fs';
import { isKnownWord } from '../src/stem/known-word';
import { slangMap } from '../src/text/lexicon';
import { tokenize } from '../src/text/tokenize';
import type { Token } from '../src/text/types';

interface Row {
  informal: string;
  formal: string;
  cls: string;
  context: string;
}

/** IndoCollex `full.csv` (No,transformed,original-for,transformation): the same shape, no context. */
function readIndoCollexCsv(path: string): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/).slice(1)) {
    const [, informal, formal, cls] = line.split(',');
    if (!informal || !formal || !cls) continue;
    rows.push({ informal, formal, cls, context: informal });
  }
  return rows;
}

function readRows(path: string): Row[] {
  if (path.endsWith('.csv')) return readIndoCollexCsv(path);
  const rows: Row[] = [];
  let header = true;
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    if (header) {
      header = false;
      continue;
    }
    const [informal, formal, cls, context] = line.split('\t');
    if (!informal || !formal || !cls) throw new Error(`${path}: malformed row: ${line}`);
    rows.push({ informal, formal, cls, context: context ?? informal });
  }
  return rows;
}

function readEquiv(path: string): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [fixture, suara] = line.split('\t');
    if (!fixture || !suara || fixture === 'fixture') continue;
    let s = m.get(fixture);
    if (!s) m.set(fixture, (s = new Set()));
    s.add(suara);
  }
  return m;
}

function main(argv: string[]): void {
  const path = argv.find((a) => !a.startsWith('--') && !argv[argv.indexOf(a) - 1]?.startsWith('--'));
  if (!path) {
    console.error('usage: tsx scripts/eval-normalization.ts <pairs.tsv> [--vocab stem] [--equiv FILE] [--misses]');
    process.exit(2);
  }
  const vocabAt = argv.indexOf('--vocab');
  const useStem = vocabAt >= 0 && argv[vocabAt + 1] === 'stem';
  const equivAt = argv.indexOf('--equiv');
  const equiv = equivAt >= 0 ? readEquiv(argv[equivAt + 1]!) : null;
  const showMisses = argv.includes('--misses');
  const tok = (s: string): Token[] => (useStem ? tokenize(s, { knownWord: isKnownWord }) : tokenize(s));

  const unseen = argv.includes('--unseen');
  const rows = readRows(path).filter((r) => !unseen || !slangMap().has(r.informal.toLowerCase()));
  const byClass = new Map<string, { n: number; ok: number; okEq: number }>();
  let ok = 0;
  let okEq = 0;
  const misses: string[] = [];
  for (const r of rows) {
    const inContext = tok(r.context).find((t) => t.text.toLowerCase() === r.informal.toLowerCase());
    const got = inContext?.norm ?? tok(r.informal).map((t) => t.norm).join(' ');
    const hit = got === r.formal;
    const hitEq = hit || (equiv?.get(r.formal)?.has(got) ?? false);
    const c = byClass.get(r.cls) ?? { n: 0, ok: 0, okEq: 0 };
    c.n++;
    if (hit) c.ok++;
    if (hitEq) c.okEq++;
    byClass.set(r.cls, c);
    if (hit) ok++;
    if (hitEq) okEq++;
    if (!hit) misses.push(`${r.cls}\t${r.informal}\t${r.formal}\t${got}${hitEq ? '\t(equivalent)' : ''}`);
  }
  const pct = (a: number, n: number): string => (n === 0 ? '-' : (a / n).toFixed(3));
  console.log(`file: ${path}  vocabulary: ${useStem ? 'stemmer (isKnownWord)' : 'built-in'}`);
  console.log(`class\tn\texact${equiv ? '\twith-equivalences' : ''}`);
  for (const [cls, c] of [...byClass].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    console.log(`${cls}\t${c.n}\t${c.ok} (${pct(c.ok, c.n)})${equiv ? `\t${c.okEq} (${pct(c.okEq, c.n)})` : ''}`);
  }
  console.log(`overall\t${rows.length}\t${ok} (${pct(ok, rows.length)})${equiv ? `\t${okEq} (${pct(okEq, rows.length)})` : ''}`);
  if (equiv) console.log(`equivalences moved ${okEq - ok} item(s)`);
  if (showMisses) for (const m of misses) console.log(`MISS\t${m}`);
}

main(process.argv.slice(2));
