/**
 * scoreSentiment vs `sentiment` (AFINN, npm) and @nlpjs/sentiment with
 * @nlpjs/lang-id (translated AFINN), in one process, on the same corpora:
 *   (a) 2 000 short posts (1–2 sentences, slang, emoji);
 *   (b) 2 000 tweet-like posts (URLs, mentions, hashtags, emoji, elongation, caps);
 *   (c) 40 long articles (~40 sentences each, mostly news prose).
 * Each pair runs in alternating A/B rounds (harness.ts `alternate`), and a
 * last row per corpus compares against the faster of the two peers.
 * Ours does tokenization + normalization (slang, elongation, reduplication) +
 * negation/intensity/contrast rules + memoized stem fallback on every call.
 * `sentiment` is English AFINN (no Indonesian), used here as the speed
 * reference it is for JS users; @nlpjs is called through its public async
 * `process()` API, as its users would.
 *
 *   npx tsx bench/sentiment.ts
 *
 * Corpora come from bench/corpus.ts (sentences written for suara, fixed seed).
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { scoreSentiment, scoreTokens } from '../src/sentiment/index';
import { tokenize } from '../src/text/tokenize';
import { articles, shortPosts, tweetPosts } from './corpus';
import { alternate, compare, printTable, type BenchRow } from './harness';

const require = createRequire(import.meta.url);

interface NlpAnalyzer {
  process(i: { locale: string; text: string }): Promise<{ sentiment: { score: number } }>;
}

function nlpjs(): NlpAnalyzer {
  const { Container } = require('@nlpjs/core') as { Container: new () => { use(p: unknown): void } };
  const { SentimentAnalyzer } = require('@nlpjs/sentiment') as { SentimentAnalyzer: new (o: unknown) => NlpAnalyzer };
  const { LangId } = require('@nlpjs/lang-id') as { LangId: unknown };
  const container = new Container();
  container.use(LangId);
  return new SentimentAnalyzer({ container });
}

function afinn(): { analyze(t: string): { score: number } } {
  const Sentiment = require('sentiment') as new () => { analyze(t: string): { score: number } };
  return new Sentiment();
}

/** Runs the benchmark and returns the table rows (docs/s and MB/s, ours vs each peer). */
export async function run(): Promise<BenchRow[]> {
  const corpora = [
    { label: 'short posts', docs: shortPosts(2000) },
    { label: 'tweet-like posts', docs: tweetPosts(2000) },
    { label: 'long articles', docs: articles(40) },
  ];
  const af = afinn();
  const nl = nlpjs();
  const rows: BenchRow[] = [];
  for (const { label, docs } of corpora) {
    const mb = docs.reduce((a, d) => a + Buffer.byteLength(d), 0) / 1e6;
    let sink = 0;
    const ours = (): void => {
      for (const d of docs) sink += scoreSentiment(d).score;
    };
    // warm the lazy lexicon and the stem memo once, as a long-running service would be
    ours();
    const peers = [
      {
        name: 'sentiment (AFINN)',
        fn: (): void => {
          for (const d of docs) sink += af.analyze(d).score;
        },
      },
      {
        name: '@nlpjs/sentiment lang-id',
        fn: async (): Promise<void> => {
          for (const d of docs) sink += (await nl.process({ locale: 'id', text: d })).sentiment.score || 0;
        },
      },
    ];
    const byPeer: BenchRow[] = [];
    for (const peer of peers) {
      const r = await alternate(`sentiment ${label} (${docs.length} docs)`, 'docs/s', docs.length, ours, peer);
      rows.push(r);
      byPeer.push(r);
      const scale = mb / docs.length;
      const mbRow: BenchRow = { ...r, name: `sentiment ${label} (${mb.toFixed(2)} MB)`, unit: 'MB/s', ours: r.ours * scale };
      if (r.peer !== undefined) mbRow.peer = r.peer * scale;
      rows.push(mbRow);
    }
    // the acceptance row: ours against whichever peer was faster in this run
    const fastest = byPeer.reduce((x, y) => ((y.peer ?? 0) > (x.peer ?? 0) ? y : x));
    rows.push({ ...fastest, name: `sentiment ${label}: vs the faster peer (${fastest.peerName})` });
    // The scorer alone on tokens analyze() already has (no second tokenization), vs the fastest peer's full call.
    const toks = docs.map((d) => tokenize(d));
    const pre = await compare(
      `sentiment ${label}: scoreTokens on pre-tokenized`,
      'MB/s',
      mb,
      () => {
        for (let i = 0; i < docs.length; i++) sink += scoreTokens(toks[i]!, docs[i]!).score;
      },
      { name: 'sentiment (AFINN) full call', fn: peers[0]!.fn }
    );
    rows.push(pre);
    if (sink === Number.MIN_VALUE) console.log(sink); // keep the work observable
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) printTable(await run());
