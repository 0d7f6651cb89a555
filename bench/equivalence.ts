/**
 * Output equivalence with the 0.1.0 release: tokens (0.1.0's runs of one
 * repeated punctuation character merged, the one documented change),
 * sentences, scoreSentiment, scoreTokens and analyze()'s tokens, sentences
 * and sentiment must be identical (and its entities those of tagEntities) on
 * the fixtures, the bench corpora and, when given, the labelled texts of a
 * data folder (read, never copied).
 *
 *   npx tsx bench/dists.ts                          (extracts the release sources once)
 *   npx tsx bench/equivalence.ts [../shared/data]   (exit 1 on any difference)
 *
 * With `--ref COMMIT` the baseline is that commit's sources instead, and
 * everything must be identical, tokens unmerged and the whole analyze()
 * result included (entities, targets, topics): the check for a change of
 * representation that must not change any output (issue 12).
 *
 *   npx tsx bench/equivalence.ts --ref 9833567 ../shared/data
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as newT from '../src/text/index';
import * as newS from '../src/sentiment/index';
import * as newA from '../src/analyze';
import * as newE from '../src/entities/index';
import { articles, mixedText, shortPosts, tweetPosts } from './corpus';
import { commitSources, releaseDist } from './dists';

// The release's sources, extracted by bench/dists.ts (imported by path so a
// fresh checkout typechecks without bench/.out/).
const refAt = process.argv.indexOf('--ref');
const ref = refAt >= 0 ? process.argv[refAt + 1] : undefined;
if (refAt >= 0) process.argv.splice(refAt, 2);
const rel = path.join(ref !== undefined ? commitSources(ref) : path.dirname(await releaseDist()), 'src');
const load = async <T>(p: string): Promise<T> => (await import(pathToFileURL(path.join(rel, p)).href)) as T;
const oldT = await load<typeof newT>('text/index.ts');
const oldS = await load<typeof newS>('sentiment/index.ts');
const oldA = await load<typeof newA>('analyze.ts');
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(repo);

const texts: string[] = [];
const lines = (p: string): string[] => readFileSync(p, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
for (const f of JSON.parse(readFileSync('fixtures/text/tokenize.json', 'utf8'))) texts.push(f.text);
for (const p of ['fixtures/sentiment/local-gov.tsv', 'fixtures/sentiment/dev-register.tsv']) for (const l of lines(p).slice(1)) texts.push(l.split('\t').find((c) => c.length > 20) ?? l);
for (const l of lines('fixtures/entities/gold.jsonl')) texts.push(JSON.parse(l).text);
for (const l of lines('fixtures/posts.ndjson')) texts.push(JSON.parse(l).text);
for (const p of ['fixtures/sentiment/policy-dev.tsv', 'fixtures/sentiment/policy-blind.tsv']) for (const l of lines(p).slice(1)) texts.push(l.split('\t').find((c) => c.length > 20) ?? l);
for (const p of ['fixtures/topics/posts-dev.jsonl', 'fixtures/topics/posts-blind.jsonl', 'fixtures/entities/citizen-dev.jsonl', 'fixtures/entities/citizen-blind.jsonl']) for (const l of lines(p)) texts.push(JSON.parse(l).text);
const data = process.argv[2];
if (data === undefined) console.error('equivalence: no data folder given; fixtures and bench corpora only');
else {
  for (const p of ['sentiment/smsa/valid_preprocess.tsv', 'sentiment/indolem-fold0/train0.csv', 'sentiment/indolem-fold0/dev0.csv']) {
    try {
      for (const l of lines(path.join(data, p))) texts.push(l);
    } catch {
      console.error(`equivalence: skipping ${p} (not found under ${data})`);
    }
  }
}
texts.push(...shortPosts(500), ...articles(5));
texts.push(...tweetPosts(2000));
texts.push(mixedText(100_000));
texts.push('Bagus!!! Mantap... ?!?! "" -- ((( ))) :))) ...lalu', 'tidak "--" bagus', 'bagus "banget"', '!!!!', '....', '…… Lalu');

/** Old tokens with runs of one repeated punctuation character merged, as the new scanner emits them (the release only). */
function merge(toks: newT.Token[]): newT.Token[] {
  if (ref !== undefined) return toks;
  const out: newT.Token[] = [];
  for (const t of toks) {
    const p = out[out.length - 1];
    if (p && t.type === 'punctuation' && p.type === 'punctuation' && p.end === t.start && p.text[0] === t.text && t.text.length === 1) {
      out[out.length - 1] = { ...p, text: p.text + t.text, norm: p.norm + t.norm, end: t.end };
    } else out.push(t);
  }
  return out;
}
let bad = 0;
const fail = (what: string, t: string, a: unknown, b: unknown) => {
  if (bad++ < 8) console.log(`DIFF ${what}: ${JSON.stringify(t).slice(0, 160)}\n  old ${JSON.stringify(a).slice(0, 400)}\n  new ${JSON.stringify(b).slice(0, 400)}`);
};
for (const t of texts) {
  const a = JSON.stringify(merge(oldT.tokenize(t))), b = JSON.stringify(newT.tokenize(t));
  if (a !== b) fail('tokenize', t, a, b);
  const c = JSON.stringify(oldT.splitSentences(t)), d = JSON.stringify(newT.splitSentences(t));
  if (c !== d) fail('sentences', t, c, d);
  const e = JSON.stringify(oldS.scoreSentiment(t)), f = JSON.stringify(newS.scoreSentiment(t));
  if (e !== f) fail('scoreSentiment', t, e, f);
  const e1 = JSON.stringify(oldS.scoreTokens(oldT.tokenize(t), t));
  const e2 = JSON.stringify(newS.scoreTokens(newT.tokenize(t), t));
  if (e1 !== e2) fail('scoreTokens(Token[])', t, e1, e2);
  // analyze(): the stages this tree's tape feeds must match the release; the
  // entity stages change on their own (other branches), so entities are
  // checked against this tree's own tagger instead.
  const oa = oldA.analyze(t), na = newA.analyze(t);
  const g = ref !== undefined ? JSON.stringify(oa) : JSON.stringify({ tokens: merge(oa.tokens), sentences: oa.sentences, sentiment: oa.sentiment });
  const h = ref !== undefined ? JSON.stringify(na) : JSON.stringify({ tokens: na.tokens, sentences: na.sentences, sentiment: na.sentiment });
  if (g !== h) fail('analyze', t, g, h);
  if (JSON.stringify(na.entities) !== JSON.stringify(newE.tagEntities(t))) fail('analyze entities vs tagEntities', t, newE.tagEntities(t), na.entities);
}
console.log(`${texts.length} texts, ${bad} differences`);
process.exitCode = bad ? 1 : 0;
