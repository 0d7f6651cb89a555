/**
 * tokenize vs wink-tokenizer on the same text, in one process.
 *   npx tsx bench/tokenize.ts
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { tokenize } from '../src/text/tokenize';
import { mixedText, shortPosts } from './corpus';
import { compare, printTable, type BenchRow } from './harness';

const require = createRequire(import.meta.url);

/** Runs the tokenizer benchmarks. */
export async function run(): Promise<BenchRow[]> {
  const wink = (require('wink-tokenizer') as () => { tokenize(s: string): unknown[] })();
  const text = mixedText(1_000_000);
  const mb = Buffer.byteLength(text) / 1e6;
  const posts = shortPosts(2000);
  const rows: BenchRow[] = [];
  rows.push(await compare('tokenize 1 MB mixed news+posts', 'MB/s', mb, () => tokenize(text), { name: 'wink-tokenizer', fn: () => wink.tokenize(text) }));
  rows.push(
    await compare('tokenize 2000 short posts', 'docs/s', posts.length, () => posts.forEach((p) => tokenize(p)), {
      name: 'wink-tokenizer',
      fn: () => posts.forEach((p) => wink.tokenize(p)),
    }),
  );
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printTable(await run());
