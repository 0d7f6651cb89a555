/**
 * tokenize vs wink-tokenizer on the same text, in one process, with
 * alternating A/B rounds (see `alternate` in harness.ts): a 1 MB mixed text
 * (news and posts), 2000 short posts and 2000 tweet-like posts (URLs,
 * mentions, hashtags, emoji, elongation, ALL CAPS, slang).
 *   npx tsx bench/tokenize.ts
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { tokenize } from '../src/text/tokenize';
import { mixedText, shortPosts, tweetPosts } from './corpus';
import { alternate, printTable, type BenchRow } from './harness';

const require = createRequire(import.meta.url);

/** Runs the tokenizer benchmarks. */
export async function run(): Promise<BenchRow[]> {
  const wink = (require('wink-tokenizer') as () => { tokenize(s: string): unknown[] })();
  const text = mixedText(1_000_000);
  const mb = Buffer.byteLength(text) / 1e6;
  const rows: BenchRow[] = [];
  rows.push(await alternate('tokenize 1 MB mixed news+posts', 'MB/s', mb, () => tokenize(text), { name: 'wink-tokenizer', fn: () => wink.tokenize(text) }));
  for (const [label, posts] of [
    ['2000 short posts', shortPosts(2000)],
    ['2000 tweet-like posts', tweetPosts(2000)],
  ] as const) {
    rows.push(
      await alternate(`tokenize ${label}`, 'docs/s', posts.length, () => posts.forEach((p) => tokenize(p)), {
        name: 'wink-tokenizer',
        fn: () => posts.forEach((p) => wink.tokenize(p)),
      }),
    );
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printTable(await run());
