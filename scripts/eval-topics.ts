/**
 * Evaluates topic tagging and aspect sentiment on a gold JSONL file
 * (`fixtures/topics/posts-*.jsonl`: one `{ id, text, topics: [{ id, aspect, cues }], note }` per line).
 *
 *   npx tsx scripts/eval-topics.ts fixtures/topics/posts-dev.jsonl [--per-topic] [--errors]
 *
 * `--per-topic` prints counts per topic only (safe on the blind half); `--errors` prints
 * every missed post with its text (dev half only: never read the blind posts).
 *
 * Topic figures are micro-averaged over (post × topic) pairs and given two
 * ways: **excluding `other`** (the acceptance figure: only real topics count,
 * a post tagged `other` contributes no pair) and including it. Aspect
 * sentiment is macro-F1 over the three labels, on the pairs where gold and
 * prediction agree on the topic (excluding `other`; including it in the
 * second figure). Data paths are arguments only; never tune on a blind file.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createAnalyzer } from '../src/analyze';
import type { SentimentLabel } from '../src/sentiment/types';

/** One gold post. */
export interface GoldPost {
  id: string;
  text: string;
  topics: { id: string; aspect: SentimentLabel; cues: string[] }[];
  note?: string;
}

/** Micro precision / recall / F1. */
export interface Micro {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Result of {@link evaluate}. */
export interface TopicEval {
  posts: number;
  excludingOther: Micro;
  includingOther: Micro;
  aspectMacroF1: number;
  aspectMacroF1WithOther: number;
  aspectPairs: number;
  confusion: Record<SentimentLabel, Record<SentimentLabel, number>>;
  /** Per topic id: true positives, false positives, false negatives (post × topic). */
  perTopic: Map<string, { tp: number; fp: number; fn: number }>;
  errors: string[];
}

const LABELS: SentimentLabel[] = ['positive', 'negative', 'neutral'];

function micro(tp: number, fp: number, fn: number): Micro {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function macroF1(pairs: readonly [SentimentLabel, SentimentLabel][]): { f1: number; confusion: TopicEval['confusion'] } {
  const confusion = Object.fromEntries(LABELS.map((g) => [g, Object.fromEntries(LABELS.map((p) => [p, 0]))])) as TopicEval['confusion'];
  for (const [g, p] of pairs) confusion[g][p]++;
  let sum = 0;
  let k = 0;
  for (const l of LABELS) {
    const tp = confusion[l][l];
    const fp = LABELS.reduce((s, g) => s + (g === l ? 0 : confusion[g][l]), 0);
    const fn = LABELS.reduce((s, p) => s + (p === l ? 0 : confusion[l][p]), 0);
    if (tp + fn === 0) continue; // label absent from gold
    const pr = tp + fp === 0 ? 0 : tp / (tp + fp);
    const rc = tp / (tp + fn);
    sum += pr + rc === 0 ? 0 : (2 * pr * rc) / (pr + rc);
    k++;
  }
  return { f1: k === 0 ? 0 : sum / k, confusion };
}

/** Reads a gold JSONL file; malformed lines are reported with their line number and skipped. */
export function readGold(path: string): GoldPost[] {
  const out: GoldPost[] = [];
  readFileSync(path, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      out.push(JSON.parse(line) as GoldPost);
    } catch (e) {
      console.error(`${path}:${i + 1}: ${(e as Error).message}`);
    }
  });
  return out;
}

/** Scores the analyzer's topics against gold posts. */
export function evaluate(posts: readonly GoldPost[]): TopicEval {
  const analyzer = createAnalyzer();
  let tp = 0, fp = 0, fn = 0, tpO = 0, fpO = 0, fnO = 0;
  const pairs: [SentimentLabel, SentimentLabel][] = [];
  const pairsO: [SentimentLabel, SentimentLabel][] = [];
  const errors: string[] = [];
  const perTopic = new Map<string, { tp: number; fp: number; fn: number }>();
  const bump = (id: string, k: 'tp' | 'fp' | 'fn'): void => {
    let c = perTopic.get(id);
    if (c === undefined) perTopic.set(id, (c = { tp: 0, fp: 0, fn: 0 }));
    c[k]++;
  };
  for (const p of posts) {
    const predicted = analyzer.analyze(p.text).topics;
    const pred = new Map(predicted.map((t) => [t.id, t]));
    const gold = new Map(p.topics.map((t) => [t.id, t]));
    const problems: string[] = [];
    for (const [id, g] of gold) {
      const q = pred.get(id);
      bump(id, q !== undefined ? 'tp' : 'fn');
      if (q !== undefined) {
        if (id === 'other') tpO++;
        else {
          tp++;
          tpO++;
          pairs.push([g.aspect, q.label]);
        }
        pairsO.push([g.aspect, q.label]);
        if (q.label !== g.aspect) problems.push(`aspect ${id}: gold ${g.aspect}, got ${q.label}`);
      } else {
        fnO++;
        if (id !== 'other') fn++;
        problems.push(`missed ${id} [${g.cues.join('; ')}]`);
      }
    }
    for (const [id, q] of pred) {
      if (gold.has(id)) continue;
      bump(id, 'fp');
      fpO++;
      if (id !== 'other') fp++;
      problems.push(`extra ${id} [${q.cues.map((c) => c.text).join('; ')}]`);
    }
    if (problems.length > 0) errors.push(`${p.id} ${JSON.stringify(p.text)}\n    ${problems.join('\n    ')}`);
  }
  const a = macroF1(pairs);
  return {
    posts: posts.length,
    excludingOther: micro(tp, fp, fn),
    includingOther: micro(tpO, fpO, fnO),
    aspectMacroF1: a.f1,
    aspectMacroF1WithOther: macroF1(pairsO).f1,
    aspectPairs: pairs.length,
    confusion: a.confusion,
    perTopic,
    errors,
  };
}

function fmt(m: Micro): string {
  return `P ${m.precision.toFixed(3)}  R ${m.recall.toFixed(3)}  F1 ${m.f1.toFixed(3)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const path = process.argv[2];
  if (path === undefined) {
    console.error('usage: tsx scripts/eval-topics.ts <posts.jsonl> [--errors]');
    process.exit(2);
  }
  const r = evaluate(readGold(path));
  console.log(`posts: ${r.posts}`);
  console.log(`topics excluding other (acceptance): ${fmt(r.excludingOther)}`);
  console.log(`topics including other:              ${fmt(r.includingOther)}`);
  console.log(`aspect macro-F1 over ${r.aspectPairs} matched topics (excluding other): ${r.aspectMacroF1.toFixed(3)}; including other: ${r.aspectMacroF1WithOther.toFixed(3)}`);
  console.log('aspect confusion (gold → predicted):');
  for (const g of LABELS) console.log(`  ${g.padEnd(8)} ${LABELS.map((p) => `${p}:${r.confusion[g][p]}`).join('  ')}`);
  if (process.argv.includes('--per-topic')) {
    console.log('per topic (post × topic pairs; no post text is printed):');
    for (const [id, c] of [...r.perTopic].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
      const pr = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
      const rc = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
      console.log(`  ${id.padEnd(15)} tp ${String(c.tp).padStart(3)}  fp ${String(c.fp).padStart(3)}  fn ${String(c.fn).padStart(3)}  P ${pr.toFixed(2)}  R ${rc.toFixed(2)}`);
    }
  }
  if (process.argv.includes('--errors')) for (const e of r.errors) console.log(e);
}
