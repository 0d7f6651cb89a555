/**
 * Report build time and size for 100k generated posts (issue 14: < 3 s, < 10 MB).
 * Analysis is timed apart: the budget is for building the report from filled
 * aggregators (views → ReportData → HTML), which happens once at the end of a run.
 *
 *   npx tsx bench/report.ts [posts]     (default 100000)
 */
import { loadavg } from 'node:os';
import { buildAggregator } from '../src/aggregate/create-aggregator';
import { resolveAggregatorOptions } from '../src/aggregate/options';
import { createAnalyzer } from '../src/analyze';
import { buildReportData, reportViews } from '../src/cli/report/data';
import { renderReport } from '../src/cli/report/html';
import { prng, shortPosts } from './corpus';

const total = Number(process.argv[2] ?? 100_000);
const views = reportViews('day', 'Asia/Jakarta').map((o) => buildAggregator(resolveAggregatorOptions(o)));
const analyzer = createAnalyzer();
const r = prng(7);
const start = Date.UTC(2026, 8, 1) - 7 * 3_600_000;
let n = 0;
let seed = 1;
const t0 = performance.now();
while (n < total) {
  for (const text of shortPosts(2000, seed++)) {
    if (n >= total) break;
    const date = new Date(start + Math.floor(r() * 70 * 86_400_000)).toISOString();
    const rec = { id: `b${++n}`, date, text, analysis: analyzer.analyze(text) };
    for (const v of views) v.add(rec);
  }
}
const t1 = performance.now();
const data = buildReportData(views, { input: 'generated', unit: 'day', timezone: 'Asia/Jakarta', summary: { documents: n, badRows: 0, badByKind: {} } });
const t2 = performance.now();
const html = renderReport(data);
const t3 = performance.now();
console.log(
  JSON.stringify({
    posts: n,
    analyseSeconds: +((t1 - t0) / 1000).toFixed(2),
    reportDataSeconds: +((t2 - t1) / 1000).toFixed(3),
    renderSeconds: +((t3 - t2) / 1000).toFixed(3),
    reportSeconds: +((t3 - t1) / 1000).toFixed(3),
    htmlMB: +(Buffer.byteLength(html) / 1e6).toFixed(2),
    topics: data.topics.length,
    agencyTopicRows: data.agencyTopics.length,
    attention: data.attention.length,
    load1: +loadavg()[0]!.toFixed(1),
  }),
);
