/**
 * Splits a labelled fixture once, at random, into a dev half (tune on it)
 * and a blind half (measure only), and records how.
 *
 *   npx tsx scripts/split-fixture.ts <all-file> <dev-out> <blind-out> --seed N [--group FIELD]
 *
 * - TSV (`.tsv`): leading `#` comment lines and the header row are copied to
 *   both halves, followed by a `# split:` comment naming the source, the seed
 *   and the counts; data rows are shuffled and cut in half.
 * - JSONL (`.jsonl`): one record per line; JSONL has no comments, so the split
 *   is recorded in `<blind-out>.split.json` beside the blind half.
 *
 * The shuffle is a Fisher–Yates over a mulberry32 stream seeded with `--seed`,
 * so the same file and seed always give the same halves. Run it once per
 * fixture: re-splitting after looking at results would make the blind half
 * a tuning set.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { prng } from '../bench/corpus';

function shuffle<T>(items: T[], seed: number): T[] {
  const out = items.slice();
  const rnd = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}

function main(argv: string[]): void {
  const [src, devOut, blindOut] = argv;
  const seedAt = argv.indexOf('--seed');
  const seed = seedAt >= 0 ? Number(argv[seedAt + 1]) : NaN;
  if (!src || !devOut || !blindOut || !Number.isInteger(seed)) {
    throw new Error('usage: split-fixture <all-file> <dev-out> <blind-out> --seed N');
  }
  const lines = readFileSync(src, 'utf8').split(/\r?\n/);
  const isTsv = src.endsWith('.tsv');
  const head: string[] = [];
  const rows: string[] = [];
  let headerSeen = !isTsv;
  for (const line of lines) {
    if (line.trim() === '') continue;
    if (isTsv && (line.startsWith('#') || !headerSeen)) {
      head.push(line);
      if (!line.startsWith('#')) headerSeen = true;
      continue;
    }
    rows.push(line);
  }
  const shuffled = shuffle(rows, seed);
  const half = Math.ceil(shuffled.length / 2);
  // Keep each half in the source's original order: easier to read and diff.
  const order = new Map(rows.map((r, i) => [r, i]));
  const byOrder = (a: string, b: string): number => order.get(a)! - order.get(b)!;
  const dev = shuffled.slice(0, half).sort(byOrder);
  const blind = shuffled.slice(half).sort(byOrder);
  const note = `split of ${basename(src)} with scripts/split-fixture.ts --seed ${seed}: ${dev.length} dev, ${blind.length} blind`;
  if (isTsv) {
    const comments = head.filter((l) => l.startsWith('#'));
    const header = head.filter((l) => !l.startsWith('#'));
    const write = (path: string, which: string, body: string[]): void =>
      writeFileSync(path, [...comments, `# ${which} half — ${note}`, ...header, ...body, ''].join('\n'));
    write(devOut, 'DEV (tune on it)', dev);
    write(blindOut, 'BLIND (measure only, never tune on it)', blind);
  } else {
    writeFileSync(devOut, dev.join('\n') + '\n');
    writeFileSync(blindOut, blind.join('\n') + '\n');
    writeFileSync(
      `${blindOut}.split.json`,
      JSON.stringify({ source: basename(src), seed, dev: dev.length, blind: blind.length, devFile: basename(devOut), blindFile: basename(blindOut) }, null, 2) + '\n',
    );
  }
  console.log(note);
}

main(process.argv.slice(2));
