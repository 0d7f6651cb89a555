/**
 * Opens the HTML report in headless Chromium (Debian `chromium`) and checks
 * the rendered DOM. Skips with a visible message when Chromium is absent.
 * Writes docs/report.png when it is missing or SUARA_UPDATE_SCREENSHOT=1
 * (so ordinary test runs leave the working tree clean).
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReport, type ReportData } from '../../../src/cli/report/html';
import { topicReport } from './fixture';

const CHROMIUM = '/usr/bin/chromium';
const has = existsSync(CHROMIUM);
if (!has) console.warn(`[suara] ${CHROMIUM} absent: skipping the report browser test (apt-get install chromium)`);

const repo = path.resolve(__dirname, '../../..'); // test/cli/report → the repository root

/** The report under test: from the real CLI on the fixture corpus when the analyzer exists, else hand-built data. */
async function reportHtml(): Promise<{ html: string; fromCli: boolean; data: ReportData }> {
  const fixture = path.join(repo, 'fixtures/posts.ndjson');
  if (existsSync(path.join(repo, 'src/analyze.ts')) && existsSync(fixture)) {
    const { analyzeFile } = await import('../../../src/cli/analyze-file');
    const result = await analyzeFile(path.relative(process.cwd(), fixture) || fixture, { report: true, region: 'Kota Pangkalpinang' });
    return { html: renderReport(result.report!), fromCli: true, data: result.report! };
  }
  const data = topicReport();
  return { html: renderReport(data), fromCli: false, data };
}

describe.skipIf(!has)('HTML report in headless Chromium', () => {
  let browser: Browser;
  let file: string;
  let fromCli = false;
  let data: ReportData;

  beforeAll(async () => {
    const r = await reportHtml();
    fromCli = r.fromCli;
    data = r.data;
    file = path.join(mkdtempSync(path.join(tmpdir(), 'suara-report-')), 'report.html');
    writeFileSync(file, r.html);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders charts, the agency table and highlighted posts without any network request', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1500 } });
    const requests: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    await page.goto(pathToFileURL(file).href);

    expect(requests).toEqual([]);
    expect(await page.title()).toBe('Sentimen publik terhadap OPD');

    // Charts: the all-posts timeline plus one per agency, each with drawn bars.
    const timelines = page.locator('svg.chart.timeline');
    expect(await timelines.count()).toBeGreaterThanOrEqual(2);
    const box = await timelines.first().boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(await page.locator('svg.chart.timeline rect.bar').count()).toBeGreaterThan(0);
    expect(await page.locator('#agencies svg.chart.bars g.bar-row').count()).toBeGreaterThan(0);

    // Agency table rows with numbers.
    const rows = page.locator('table.agency-table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    const firstCells = await rows.first().locator('td').allInnerTexts();
    expect(firstCells).toHaveLength(8);
    expect(Number(firstCells[1]!.replace(/,/g, ''))).toBeGreaterThan(0);

    // Highlighted matched words in the example posts, both polarities.
    const negMarks = page.locator('#examples mark.neg');
    expect(await negMarks.count()).toBeGreaterThan(0);
    expect(await page.locator('#examples mark.pos').count()).toBeGreaterThan(0);
    const markColor = await negMarks.first().evaluate((el) => (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(el).backgroundColor);
    expect(markColor).not.toBe('rgba(0, 0, 0, 0)');
    expect((await negMarks.first().innerText()).length).toBeGreaterThan(0);

    const shot = path.join(repo, 'docs/report.png');
    if (fromCli && (!existsSync(shot) || process.env['SUARA_UPDATE_SCREENSHOT'] === '1')) {
      mkdirSync(path.join(repo, 'docs'), { recursive: true });
      await page.screenshot({ path: shot, fullPage: false });
    }
    await page.close();
  });

  it('the topic and agency filters hide the other rows, in the page, with no request', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    await page.goto(pathToFileURL(file).href);
    const topicRows = page.locator('table.topic-table tbody tr');
    const all = await topicRows.count();
    expect(all).toBe(data.agencyTopics.length);
    // the topic with the most agency × topic rows, so something else is left to hide
    const perTopic = new Map<string, number>();
    for (const r of data.agencyTopics) if (r.topic) perTopic.set(r.topic, (perTopic.get(r.topic) ?? 0) + 1);
    const [topic, expected] = [...perTopic].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    expect(expected).toBeLessThan(all);
    await page.selectOption('#filter-topic', topic);
    const visible = page.locator('table.topic-table tbody tr:visible');
    expect(await visible.count()).toBe(expected);
    const topics = await visible.evaluateAll((els) => els.map((el) => (el as unknown as { dataset: { topic: string } }).dataset.topic));
    expect(new Set(topics)).toEqual(new Set([topic]));
    expect(await page.locator('#attention .attention:visible:not([data-topic="' + topic + '"])').count()).toBe(0);
    expect(await page.locator('#filter-count').innerText()).toMatch(/\d+ dari \d+ baris/);

    // then an agency as well: only that agency's rows about that topic remain
    const entity = await visible.first().getAttribute('data-entity');
    await page.selectOption('#filter-entity', entity!);
    const both = data.agencyTopics.filter((r) => r.topic === topic && (r.entity ?? '~') === entity).length;
    expect(await page.locator('table.topic-table tbody tr:visible').count()).toBe(both);

    // back to all topics and agencies: everything shows again
    await page.selectOption('#filter-topic', '');
    await page.selectOption('#filter-entity', '');
    expect(await page.locator('table.topic-table tbody tr:visible').count()).toBe(all);
    expect(requests).toEqual([]);
    await page.close();
  });
});
