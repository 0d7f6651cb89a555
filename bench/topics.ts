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
import { shortPosts } from './corpus';
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

/** Runs the topic benchmarks. */
export async function run(): Promise<BenchRow[]> {
  const posts = shortPosts(1000);
  const withTopics = createAnalyzer();
  const without = createAnalyzer({ topics: false });
  const tagger = createTopicTagger();
  // warm both (lexicons, stem memo, JIT) outside the timing
  for (let i = 0; i < 2; i++) {
    posts.forEach((p) => withTopics.analyze(p));
    posts.forEach((p) => without.analyze(p));
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let round = 0; round < 31; round++) {
    // alternate which side goes first so drift in load does not favour one
    if (round % 2 === 0) {
      a.push(time(() => posts.forEach((p) => without.analyze(p))));
      b.push(time(() => posts.forEach((p) => withTopics.analyze(p))));
    } else {
      b.push(time(() => posts.forEach((p) => withTopics.analyze(p))));
      a.push(time(() => posts.forEach((p) => without.analyze(p))));
    }
  }
  const t: number[] = [];
  for (let round = 0; round < 9; round++) t.push(time(() => posts.forEach((p) => tagger.tag(p))));
  const docsPerS = (ms: number): number => (posts.length / ms) * 1000;
  // the fastest round of each side is the least disturbed by other processes on a shared machine
  const ma = Math.min(...a);
  const mb = Math.min(...b);
  const medianRatio = (100 * (median(b) - median(a))) / median(a);
  const spread = (xs: number[]): number => (100 * (Math.max(...xs) - Math.min(...xs))) / 2 / median(xs);
  return [
    { name: `analyze() ${posts.length} short posts, topics: false`, unit: 'docs/s', ours: docsPerS(ma), rme: spread(a) },
    { name: `analyze() ${posts.length} short posts, with topics`, unit: 'docs/s', ours: docsPerS(mb), rme: spread(b) },
    { name: 'analyze() slowdown from topics (fastest of 31 A/B rounds each)', unit: '%', ours: (100 * (mb - ma)) / ma, rme: spread(a) + spread(b) },
    { name: 'analyze() slowdown from topics (medians of 31 A/B rounds)', unit: '%', ours: medianRatio, rme: spread(a) + spread(b) },
    { name: `tagTopics ${posts.length} short posts (tokenizes itself)`, unit: 'docs/s', ours: docsPerS(median(t)), rme: spread(t) },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printTable(await run());
