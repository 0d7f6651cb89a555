/**
 * Cost of topics in `analyze()`: the same short posts analysed with topics
 * (the default) and with `topics: false`, in alternating rounds in one
 * process (A/B, so machine load hits both sides alike), plus `tagTopics`
 * throughput on its own. Acceptance (issue 14): with topics no more than
 * 15 % slower than without. Rounds are timed in process CPU time.
 *
 *   npx tsx bench/topics.ts
 */
import { pathToFileURL } from 'node:url';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articles, shortPosts } from './corpus';
import { printTable, type BenchRow } from './harness';
import { createAnalyzer } from '../src/analyze';
import { createTopicTagger } from '../src/topics/create-tagger';

/** CPU milliseconds (user + system) of this process for `fn`: less disturbed than wall time by other processes on a shared machine. */
function time(fn: () => void): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** A/B in alternating rounds: CPU ms per round for `topics: false` (a) and with topics (b). */
function ab(texts: readonly string[], rounds: number): { a: number[]; b: number[] } {
  const withTopics = createAnalyzer();
  const without = createAnalyzer({ topics: false });
  // warm both (lexicons, stem memo, JIT) outside the timing
  for (let i = 0; i < 2; i++) {
    texts.forEach((p) => withTopics.analyze(p));
    texts.forEach((p) => without.analyze(p));
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // alternate which side goes first so drift in load does not favour one
    if (round % 2 === 0) {
      a.push(time(() => texts.forEach((p) => without.analyze(p))));
      b.push(time(() => texts.forEach((p) => withTopics.analyze(p))));
    } else {
      b.push(time(() => texts.forEach((p) => withTopics.analyze(p))));
      a.push(time(() => texts.forEach((p) => without.analyze(p))));
    }
  }
  return { a, b };
}

/** Runs the topic benchmarks. */
export async function run(): Promise<BenchRow[]> {
  const spread = (xs: number[]): number => (100 * (Math.max(...xs) - Math.min(...xs))) / 2 / median(xs);
  const rows: BenchRow[] = [];
  const corpora: [string, string[]][] = [['bench short posts (complaint-dense)', shortPosts(1000)]];
  try {
    // the topic fixture's dev posts (written for suara), when the repo is at hand
    const dev = readFileSync(join(import.meta.dirname, '../fixtures/topics/posts-dev.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { text: string }).text);
    corpora.push(['fixtures/topics dev posts ×4', [...dev, ...dev, ...dev, ...dev]]);
  } catch {
    console.error('bench/topics: fixtures/topics/posts-dev.jsonl not found; skipping that corpus');
  }
  corpora.push(['long news articles', articles(20)]);
  for (const [name, texts] of corpora) {
    const { a, b } = ab(texts, 21);
    const ma = median(a);
    const mb = median(b);
    rows.push({ name: `analyze() ${name}, topics: false`, unit: 'docs/s', ours: (texts.length / ma) * 1000, rme: spread(a) });
    rows.push({ name: `analyze() ${name}, with topics`, unit: 'docs/s', ours: (texts.length / mb) * 1000, rme: spread(b) });
    rows.push({ name: `analyze() slowdown from topics, ${name} (median CPU of 21 A/B rounds)`, unit: '%', ours: (100 * (mb - ma)) / ma, rme: spread(a) + spread(b) });
  }
  const posts = shortPosts(1000);
  const tagger = createTopicTagger();
  const t: number[] = [];
  for (let round = 0; round < 9; round++) t.push(time(() => posts.forEach((p) => tagger.tag(p))));
  rows.push({ name: `tagTopics ${posts.length} short posts (tokenizes itself)`, unit: 'docs/s', ours: (posts.length / median(t)) * 1000, rme: spread(t) });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printTable(await run());
