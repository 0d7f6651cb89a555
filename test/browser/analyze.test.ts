/**
 * The built ESM runs in a browser and gives the same answers as in Node:
 * dist/index.js is bundled for `platform: 'browser'` with esbuild (zod and
 * sastrawijs included, as an app's bundler would), served from a throwaway
 * 127.0.0.1 server, loaded in headless Chromium (Debian `chromium` driven by
 * playwright-core), and `analyze()` on the first 20 fixture posts must
 * deep-equal Node's `analyze()` from the same dist/index.js.
 * Skips with a visible message when Chromium or dist/ is absent.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const repo = path.resolve(__dirname, '../..');
const entry = path.join(repo, 'dist/index.js');
const hasChromium = existsSync(CHROMIUM);
const hasDist = existsSync(entry);
if (!hasChromium) console.warn(`[suara] ${CHROMIUM} absent: skipping the browser analyze() test (apt-get install chromium)`);
if (!hasDist) console.warn('[suara] dist/ absent: skipping the browser analyze() test (run `npm run build` first)');

const texts = readFileSync(path.join(repo, 'fixtures/posts.ndjson'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .slice(0, 20)
  .map((l) => (JSON.parse(l) as { text: string }).text);

const PAGE = '<!doctype html><meta charset="utf-8"><script type="module">import * as s from "./suara.js"; window.suara = s; window.suaraReady = true;</script>';

describe.skipIf(!hasChromium || !hasDist)('analyze() in headless Chromium', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const out = path.join(repo, '.tmp/browser');
    mkdirSync(out, { recursive: true });
    await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', outfile: path.join(out, 'suara.js'), logLevel: 'silent' });
    const bundle = readFileSync(path.join(out, 'suara.js'));
    server = createServer((req, res) => {
      if (req.url === '/suara.js') res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(bundle);
      else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => (globalThis as unknown as { suaraReady?: boolean }).suaraReady === true, undefined, { timeout: 30_000 });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  });

  it('loads the bundle without page errors and exposes the public API', async () => {
    expect(pageErrors).toEqual([]);
    const names = await page.evaluate(() => Object.keys((globalThis as unknown as { suara: object }).suara).sort());
    for (const n of ['analyze', 'tokenize', 'normalize', 'stem', 'scoreSentiment', 'tagEntities', 'createAggregator']) expect(names).toContain(n);
  });

  it('analyze() on 20 fixture posts equals Node analyze() from the same dist/index.js', async () => {
    expect(texts.length).toBe(20);
    const browserJson = await page.evaluate(
      (ts) => ts.map((t) => JSON.stringify((globalThis as unknown as { suara: { analyze(t: string): unknown } }).suara.analyze(t))),
      texts,
    );
    const { analyze } = (await import(pathToFileURL(entry).href)) as { analyze(t: string): unknown };
    const nodeJson = texts.map((t) => JSON.stringify(analyze(t)));
    for (let i = 0; i < texts.length; i++) {
      const b = JSON.parse(browserJson[i]!) as { tokens: unknown[]; sentiment: { label: string } };
      expect(b.tokens.length, `post ${i + 1} has tokens`).toBeGreaterThan(0);
      expect(b, `post ${i + 1}: ${texts[i]}`).toEqual(JSON.parse(nodeJson[i]!));
    }
    // not a vacuous pass: the fixture posts carry sentiment and entities
    const parsed = browserJson.map((j) => JSON.parse(j) as { sentiment: { label: string }; entities: unknown[] });
    expect(parsed.some((a) => a.sentiment.label !== 'neutral')).toBe(true);
    expect(parsed.some((a) => a.entities.length > 0)).toBe(true);
  });
});
