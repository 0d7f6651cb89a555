/**
 * Evaluates the sentiment scorer on a labelled file.
 *
 *   npm run eval -- <path> [--peer nlpjs] [--errors N] [--binary]
 *
 * `--binary` scores with `createSentimentScorer({ binary: true })` (neutral →
 * sign of the raw score, zero → positive): a separate, clearly labelled figure;
 * the default 3-class output is the acceptance figure.
 *
 * Formats (detected from the content):
 * - TSV `text<TAB>label` without header (SmSA: positive|negative|neutral);
 * - TSV with a header row naming `text` and `label` columns, `#` comment lines allowed (our fixtures);
 * - CSV `sentence,sentiment` with 1/0 labels (IndoLEM), quoted fields allowed.
 *
 * Prints n, accuracy, macro-F1 and the confusion matrix. On a binary set
 * (gold labels only positive/negative) a `neutral` prediction counts as wrong
 * and macro-F1 averages the two gold classes. Data paths are arguments only.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { createSentimentScorer, type SentimentOptions } from '../src/sentiment/index';
import type { SentimentLabel } from '../src/sentiment/types';

/** One labelled example. */
export interface Example {
  text: string;
  label: SentimentLabel;
}

/** Evaluation summary. */
export interface EvalResult {
  n: number;
  accuracy: number;
  macroF1: number;
  binary: boolean;
  labels: SentimentLabel[];
  /** confusion[gold][predicted] */
  confusion: Record<SentimentLabel, Record<SentimentLabel, number>>;
  perClass: Record<SentimentLabel, { precision: number; recall: number; f1: number }>;
}

const LABELS: SentimentLabel[] = ['positive', 'neutral', 'negative'];

function toLabel(raw: string): SentimentLabel | undefined {
  const s = raw.trim().toLowerCase();
  if (s === 'positive' || s === 'pos' || s === '1') return 'positive';
  if (s === 'negative' || s === 'neg' || s === '0' || s === '-1') return 'negative';
  if (s === 'neutral' || s === 'neu') return 'neutral';
  return undefined;
}

/** Parses one CSV record stream (RFC 4180 quotes, embedded newlines). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else q = false;
      } else cell += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell.length > 0 || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Reads a labelled file in any of the supported formats. */
export function readExamples(path: string): Example[] {
  const text = readFileSync(path, 'utf8');
  const out: Example[] = [];
  const firstLine = text.split('\n').find((l) => l.length > 0 && !l.startsWith('#')) ?? '';
  if (path.endsWith('.csv') || (!firstLine.includes('\t') && firstLine.includes(','))) {
    const rows = parseCsv(text);
    const head = rows[0]!.map((h) => h.trim().toLowerCase());
    let ti = head.indexOf('sentence');
    if (ti < 0) ti = head.indexOf('text');
    let li = head.indexOf('sentiment');
    if (li < 0) li = head.indexOf('label');
    const hasHeader = ti >= 0 && li >= 0;
    if (!hasHeader) {
      ti = 0;
      li = 1;
    }
    for (const r of rows.slice(hasHeader ? 1 : 0)) {
      if (r.length < 2) continue;
      // A sentence may contain unquoted commas: the label is the last cell.
      const label = toLabel(li === r.length - 1 || li >= r.length ? r[r.length - 1]! : r[li]!);
      const t = li === head.length - 1 ? r.slice(0, r.length - 1).join(',') : r[ti]!;
      if (label !== undefined) out.push({ text: t, label });
    }
    return out;
  }
  const lines = text.split('\n').filter((l) => l.length > 0 && !l.startsWith('#'));
  const head = lines[0]!.split('\t').map((h) => h.trim().toLowerCase());
  const ti = head.indexOf('text');
  const li = head.indexOf('label');
  const hasHeader = ti >= 0 && li >= 0;
  for (const line of lines.slice(hasHeader ? 1 : 0)) {
    const cells = line.replace(/\r$/, '').split('\t');
    const label = toLabel(hasHeader ? (cells[li] ?? '') : cells[cells.length - 1]!);
    const t = hasHeader ? (cells[ti] ?? '') : cells.slice(0, -1).join('\t');
    if (label !== undefined) out.push({ text: t, label });
  }
  return out;
}

/** Scores predictions against gold labels. */
export function evaluate(gold: SentimentLabel[], pred: SentimentLabel[]): EvalResult {
  const binary = !gold.includes('neutral');
  const confusion = {} as EvalResult['confusion'];
  for (const g of LABELS) confusion[g] = { positive: 0, neutral: 0, negative: 0 };
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    confusion[gold[i]!][pred[i]!]++;
    if (gold[i] === pred[i]) correct++;
  }
  const labels = binary ? (['positive', 'negative'] as SentimentLabel[]) : LABELS;
  const perClass = {} as EvalResult['perClass'];
  let f1sum = 0;
  for (const l of LABELS) {
    let tp = confusion[l][l];
    let predicted = 0;
    let actual = 0;
    for (const g of LABELS) predicted += confusion[g][l];
    for (const p of LABELS) actual += confusion[l][p];
    const precision = predicted ? tp / predicted : 0;
    const recall = actual ? tp / actual : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[l] = { precision, recall, f1 };
    if (labels.includes(l)) f1sum += f1;
    tp = 0;
  }
  return { n: gold.length, accuracy: gold.length ? correct / gold.length : 0, macroF1: f1sum / labels.length, binary, labels, confusion, perClass };
}

/** Runs our scorer (default options unless given) over a file. */
export function evaluateFile(path: string, options?: SentimentOptions): EvalResult & { examples: Example[]; predictions: SentimentLabel[] } {
  const examples = readExamples(path);
  const scorer = createSentimentScorer(options);
  const predictions = examples.map((e) => scorer.score(e.text).label);
  return { ...evaluate(examples.map((e) => e.label), predictions), examples, predictions };
}

/** @nlpjs/sentiment with @nlpjs/lang-id (translated AFINN), the peer we compare against. */
export async function nlpjsPredictor(): Promise<(text: string) => Promise<SentimentLabel>> {
  const require = createRequire(import.meta.url);
  const { Container } = require('@nlpjs/core') as { Container: new () => { use(p: unknown): void } };
  const { SentimentAnalyzer } = require('@nlpjs/sentiment') as { SentimentAnalyzer: new (o: unknown) => { process(i: { locale: string; text: string }): Promise<{ sentiment: { vote: string } }> } };
  const { LangId } = require('@nlpjs/lang-id') as { LangId: unknown };
  const container = new Container();
  container.use(LangId);
  const analyzer = new SentimentAnalyzer({ container });
  return async (text) => {
    const r = await analyzer.process({ locale: 'id', text });
    const v = r.sentiment.vote;
    return v === 'positive' || v === 'negative' ? v : 'neutral';
  };
}

function fmt(r: EvalResult, name: string): string {
  const pct = (x: number): string => x.toFixed(4);
  const lines = [`${name}: n=${r.n} accuracy=${pct(r.accuracy)} macro-F1=${pct(r.macroF1)}${r.binary ? ' (binary: neutral predictions count as wrong)' : ''}`];
  lines.push(`  gold \\ pred   positive  neutral  negative`);
  for (const g of r.labels) {
    const c = r.confusion[g];
    lines.push(`  ${g.padEnd(12)} ${String(c.positive).padStart(8)} ${String(c.neutral).padStart(8)} ${String(c.negative).padStart(9)}`);
  }
  for (const l of r.labels) lines.push(`  ${l.padEnd(9)} P=${pct(r.perClass[l].precision)} R=${pct(r.perClass[l].recall)} F1=${pct(r.perClass[l].f1)}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const path = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--peer' && args[i - 1] !== '--errors');
  if (!path) {
    console.error('usage: npm run eval -- <path> [--peer nlpjs] [--errors N]');
    process.exit(2);
  }
  const binary = args.includes('--binary');
  const options: SentimentOptions = binary ? { binary: true } : {};
  const scorer = createSentimentScorer(options);
  const res = evaluateFile(path, options);
  console.log(fmt(res, binary ? 'suara --binary (neutral -> sign of raw score; NOT the 3-class acceptance figure)' : 'suara'));
  const ei = args.indexOf('--errors');
  if (ei >= 0) {
    const k = Number(args[ei + 1] ?? 20);
    let shown = 0;
    for (let i = 0; i < res.examples.length && shown < k; i++) {
      if (res.predictions[i] === res.examples[i]!.label) continue;
      shown++;
      const r = scorer.score(res.examples[i]!.text);
      console.log(`\n[gold ${res.examples[i]!.label} / pred ${r.label} ${r.compound.toFixed(2)}] ${res.examples[i]!.text.slice(0, 300)}`);
      console.log('   ' + r.hits.map((h) => `${h.text}(${h.lemma}) ${h.weight.toFixed(2)}${h.rules.length ? ' ' + h.rules.join('+') : ''}`).join(' | '));
    }
  }
  const pi = args.indexOf('--peer');
  if (pi >= 0) {
    const peer = args[pi + 1];
    if (peer !== 'nlpjs') {
      console.error(`unknown peer "${peer}" (supported: nlpjs)`);
      process.exit(2);
    }
    const predict = await nlpjsPredictor();
    const preds: SentimentLabel[] = [];
    for (const e of res.examples) preds.push(await predict(e.text));
    console.log(fmt(evaluate(res.examples.map((e) => e.label), preds), '@nlpjs/sentiment (lang-id)'));
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
