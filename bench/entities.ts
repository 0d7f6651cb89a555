/**
 * Entity tagging throughput (long news text and short posts) and its share
 * of `analyze()` time. No JavaScript peer tags Indonesian OPDs, so the rows
 * have no peer; the share row answers "does tagging dominate the pipeline?".
 * Inside `analyze()` the tagger reads the token tape (`tagOnTape`: words the
 * tape's ids say start no alias skip the trie); the A/B rows time that
 * against the plain string walk (`tag`) in alternating rounds.
 *
 *   npx tsx bench/entities.ts
 */
import { pathToFileURL } from 'node:url';
import { articles, shortPosts } from './corpus';
import { alternate, compare, printTable, type BenchRow } from './harness';
import { createEntityTagger } from '../src/entities';
import { tagOnTape, type TapeView } from '../src/entities/create-tagger';
import { createAnalyzer } from '../src/analyze';
import { createTapeTokenizer } from '../src/text/tape';

/** Tapes of `texts` as standalone copies (a tokenizer reuses one tape), made outside the timing. */
function tapesOf(texts: readonly string[]): TapeView[] {
  const tk = createTapeTokenizer({});
  return texts.map((x) => {
    const t = tk.tape(x);
    return { input: t.input, count: t.count, starts: t.starts.slice(0, t.count), ends: t.ends.slice(0, t.count), ids: t.ids.slice(0, t.count), memoScope: t.memoScope, memoGeneration: t.memoGeneration };
  });
}

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
  const [newsTape] = tapesOf([news]);
  const postTapes = tapesOf(posts);
  const rows: BenchRow[] = [];
  rows.push(await compare(`tagEntities long news (${newsMb.toFixed(2)} MB)`, 'MB/s', newsMb, () => tagger.tag(news)));
  const postsTag = await compare('tagEntities 2000 short posts', 'docs/s', posts.length, () => posts.forEach((p) => tagger.tag(p)));
  rows.push(postsTag);
  rows.push({ name: 'tagEntities 2000 short posts', unit: 'MB/s', ours: (postsTag.ours / posts.length) * postsMb, rme: postsTag.rme });
  // what analyze() runs: the same walk over its tape (peer: the string walk), alternating rounds
  const newsAB = await alternate(`tagging over the tape, long news (${newsMb.toFixed(2)} MB)`, 'MB/s', newsMb, () => tagOnTape(tagger, newsTape!), { name: 'string walk', fn: () => tagger.tag(news) }, 15);
  rows.push(newsAB);
  const postsAB = await alternate('tagging over the tape, 2000 short posts', 'docs/s', posts.length, () => postTapes.forEach((t) => tagOnTape(tagger, t)), { name: 'string walk', fn: () => posts.forEach((p) => tagger.tag(p)) }, 15);
  rows.push(postsAB);
  const postsAnalyze = await compare('analyze() 2000 short posts', 'docs/s', posts.length, () => posts.forEach((p) => analyzer.analyze(p)));
  rows.push(postsAnalyze);
  rows.push({ name: 'tagging share of analyze() time, short posts', unit: '%', ours: (100 * postsAnalyze.ours) / postsAB.ours, rme: postsAB.rme + postsAnalyze.rme });
  // the share had analyze() walked the string instead: its time with the tape tagging swapped for the string walk
  rows.push({ name: 'tagging share of analyze() time, short posts, string walk', unit: '%', ours: share(postsAnalyze.ours, postsAB.ours, postsAB.peer!), rme: postsAB.peerRme! + postsAnalyze.rme });
  const newsAnalyze = await compare(`analyze() long news (${newsMb.toFixed(2)} MB)`, 'MB/s', newsMb, () => analyzer.analyze(news));
  rows.push(newsAnalyze);
  rows.push({ name: 'tagging share of analyze() time, long news', unit: '%', ours: (100 * newsAnalyze.ours) / newsAB.ours, rme: newsAB.rme + newsAnalyze.rme });
  rows.push({ name: 'tagging share of analyze() time, long news, string walk', unit: '%', ours: share(newsAnalyze.ours, newsAB.ours, newsAB.peer!), rme: newsAB.peerRme! + newsAnalyze.rme });
  return rows;
}

/** Percent of analyze() time the string walk would take: rates → times, the tape tagging's time swapped for the walk's. */
function share(analyzeRate: number, tapeRate: number, stringRate: number): number {
  const walk = 1 / stringRate;
  return (100 * walk) / (1 / analyzeRate - 1 / tapeRate + walk);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printTable(await run());
