/**
 * Builds lexicons/text/frequency.tsv: how often each *formal* word occurs in
 * the SmSA train texts and the IndoLEM sentiment train0 texts. Only counts are
 * written (no text); the dataset paths are arguments.
 *
 *   npx tsx scripts/build-frequency.ts \
 *     ../shared/data/sentiment/smsa/train_preprocess.tsv \
 *     ../shared/data/sentiment/indolem-fold0/train0.csv [--floor 2]
 *
 * A word is counted when it is lowercase letters only (2+ letters), and kept
 * when it occurs at least `--floor` times and is formal: a root of the
 * stemmer's dictionary or an affixed form of one (`isKnownWord`), and not a
 * key of the slang tables or a protected agency word (those are handled
 * before the frequency list is consulted). The root list itself is never
 * written: only words attested in the two corpora, many of them affixed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isKnownWord } from '../src/stem/known-word';
import { stem } from '../src/stem/index';
import { defaultRoots } from '../src/stem/dictionary';
import { colloquialToFormal } from '../src/text/colloquial-affix';
import { protectedWords, slangMap } from '../src/text/lexicon';
import { tokenize } from '../src/text/tokenize';

function texts(path: string): string[] {
  const raw = readFileSync(path, 'utf8').split(/\r?\n/);
  if (path.endsWith('.csv')) {
    // IndoLEM: header `sentence,sentiment`, then `text,label` (text may be quoted)
    return raw.slice(1).map((l) => l.replace(/,[01]\s*$/, '').replace(/^"|"$/g, ''));
  }
  // SmSA: `text<TAB>label`, no header
  return raw.map((l) => l.split('\t')[0] ?? '');
}

/**
 * Does `w` look colloquial given its ECS root? `dijamin` (root jamin) and
 * `masukan` (root masuk) are formal; `disediain` (root ain) is not.
 */
function colloquialShape(w: string, root: string): boolean {
  if (w.endsWith('in')) return !(root.endsWith('in') && root.length >= 4);
  if (w.endsWith('ny')) return true;
  if (w.startsWith('nge')) return !root.startsWith('nge');
  if (w.startsWith('ng') || w.startsWith('ny')) return !root.startsWith(w.slice(0, 2));
  if ((w.startsWith('n') || w.startsWith('m')) && !w.startsWith('me')) return root.charAt(0) !== w.charAt(0);
  return false;
}

function main(argv: string[]): void {
  const floorAt = argv.indexOf('--floor');
  const floor = floorAt >= 0 ? Number(argv[floorAt + 1]) : 2;
  const paths = argv.filter((a, i) => !a.startsWith('--') && (i === 0 || argv[i - 1] !== '--floor'));
  if (paths.length === 0) {
    console.error('usage: tsx scripts/build-frequency.ts <smsa-train.tsv> <indolem-train0.csv> [--floor N]');
    process.exit(2);
  }
  const counts = new Map<string, number>();
  for (const p of paths) {
    for (const t of texts(p)) {
      for (const tok of tokenize(t, { normalize: false })) {
        if (tok.type !== 'word') continue;
        const w = tok.norm;
        if (w.length < 2 || !/^[a-z]+$/.test(w)) continue;
        counts.set(w, (counts.get(w) ?? 0) + 1);
      }
    }
  }
  const slang = slangMap();
  const prot = protectedWords();
  const formal = new Map([...counts].filter(([w, c]) => c >= floor && !slang.has(w) && !prot.has(w) && isKnownWord(w)));
  // ECS reads some colloquial forms as real words (disediain → the root `ain`):
  // a non-root that the colloquial-affix rule rewrites into an attested family is colloquial, not formal.
  const roots = defaultRoots();
  const vocab = { isFormal: (w: string) => formal.has(w), freq: (w: string) => formal.get(w) ?? 0, slang: (w: string) => slang.get(w) };
  const colloquial = [...formal.keys()].filter((w) => !roots.has(w) && colloquialShape(w, stem(w)) && colloquialToFormal(w, vocab) !== undefined);
  for (const w of colloquial) formal.delete(w);
  console.log(`dropped ${colloquial.length} colloquial forms: ${colloquial.join(' ')}`);
  const kept = [...formal].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const header = [
    '# Formal Indonesian words with how often they occur, counted by scripts/build-frequency.ts.',
    '# source: counts (no text) over the SmSA train texts (IndoNLU, Purwarianti & Crisdayanti 2019, github.com/IndoNLP/indonlu)',
    '#   and the IndoLEM sentiment train0 texts (Koto et al. 2020, github.com/indolem/indolem); see NOTICE.',
    `# kept: lowercase letter-only words seen >= ${floor} times that are a root or an affixed root of the stemmer's`,
    '#   dictionary and not a slang key or protected agency word. The root list itself is not copied.',
    '# licence: counts derived from SmSA (Apache-2.0) and IndoLEM sentiment (CC BY-SA 4.0 as listed by SEACrowd), with attribution in NOTICE',
    'word\tcount',
  ];
  const out = join(import.meta.dirname, '..', 'lexicons/text/frequency.tsv');
  writeFileSync(out, [...header, ...kept.map(([w, c]) => `${w}\t${c}`)].join('\n') + '\n');
  console.log(`counted ${counts.size} distinct words; wrote ${kept.length} formal words (floor ${floor})`);
}

main(process.argv.slice(2));
