/**
 * Entity tagging throughput (long news text and short posts) and its share
 * of `analyze()` time. No JavaScript peer tags Indonesian OPDs, so the rows
 * have no peer; the share row answers "does tagging dominate the pipeline?".
 *
 *   npx tsx bench/entities.ts
 */
import { pathToFileURL } from 'node:url';
import { articles, shortPosts } from './corpus';
import { compare, printTable, type BenchRow } from './harness';
import { createEntityTagger } from '../src/entities';
import { createAnalyzer } from '../src/analyze';

/** Runs the entity benchmarks. */
export async function run(): Promise<BenchRow[]> {
  const tagger = createEntityTagger();
  const analyzer = createAnalyzer();
  const news = articles(200).join('\n\n');
  const newsMb = Buffer.byteLength(news) / 1e6;
  const posts = shortPosts(2000);
  const postsMb = Buffer.byteLength(posts.join('\n')) / 1e6;
  tagger.tag(news); // build the registry index outside the timing
  analyzer.analyze(posts[0]!);
  const rows: BenchRow[] = [];
  rows.push(await compare(`tagEntities long news (${newsMb.toFixed(2)} MB)`, 'MB/s', newsMb, () => tagger.tag(news)));
  const postsTag = await compare('tagEntities 2000 short posts', 'docs/s', posts.length, () => posts.forEach((p) => tagger.tag(p)));
  rows.push(postsTag);
  rows.push({ name: 'tagEntities 2000 short posts', unit: 'MB/s', ours: (postsTag.ours / posts.length) * postsMb, rme: postsTag.rme });
  const postsAnalyze = await compare('analyze() 2000 short posts', 'docs/s', posts.length, () => posts.forEach((p) => analyzer.analyze(p)));
  rows.push(postsAnalyze);
  rows.push({ name: 'tagging share of analyze() time, short posts', unit: '%', ours: (100 * postsAnalyze.ours) / postsTag.ours, rme: postsTag.rme + postsAnalyze.rme });
  const newsAnalyze = await compare(`analyze() long news (${newsMb.toFixed(2)} MB)`, 'MB/s', newsMb, () => analyzer.analyze(news));
  rows.push(newsAnalyze);
  rows.push({ name: 'tagging share of analyze() time, long news', unit: '%', ours: (100 * newsAnalyze.ours) / rows[0]!.ours, rme: rows[0]!.rme + newsAnalyze.rme });
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printTable(await run());
