import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAggregator, restoreAggregator } from '../../src/aggregate';
import { analyzeFile } from '../../src/cli/analyze-file';
import { resolveRegion } from '../../src/cli/region';

const fixture = path.resolve(__dirname, '../../fixtures/posts.ndjson');

describe('analyzeFile', () => {
  it('shards analysed separately and merged through JSON equal the whole file (docs/scaling.md recipe)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'suara-shards-'));
    const lines = readFileSync(fixture, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const parts = [lines.filter((_, i) => i % 3 === 0), lines.filter((_, i) => i % 3 !== 0)];
    const states = [];
    for (const [i, part] of parts.entries()) {
      const f = path.join(dir, `part-${i}.ndjson`);
      writeFileSync(f, `${part.join('\n')}\n`);
      states.push(JSON.stringify((await analyzeFile(f, { by: ['entity', 'week'] })).aggregator.toJSON()));
    }
    const total = createAggregator({ by: ['entity', 'week'] });
    for (const s of states.reverse()) total.merge(restoreAggregator(s));
    const whole = await analyzeFile(fixture, { by: ['entity', 'week'] });
    expect(total.rows()).toEqual(whole.rows);
    expect(whole.summary.documents).toBe(lines.length);
  });

  it('collects bad rows and builds report data on request', async () => {
    const r = await analyzeFile(path.resolve(__dirname, '../../fixtures/posts-malformed.ndjson'), { report: true });
    expect(r.badRows.map((b) => b.line)).toEqual([4, 9, 11, 13, 16]);
    expect(r.report!.totals.length).toBeGreaterThan(0);
    expect(r.report!.overall!.count).toBe(r.summary.documents);
  });

  it('resolves --region names and codes', async () => {
    expect(resolveRegion('Kota Pangkalpinang')).toEqual({ code: '19.71' });
    expect(resolveRegion('kota pangkalpinang')).toEqual({ code: '19.71' });
    expect(resolveRegion('Pangkalpinang')).toEqual({ code: '19.71' });
    expect(resolveRegion('19.71')).toEqual({ code: '19.71' });
    expect(resolveRegion('Atlantis')).toHaveProperty('error');
    await expect(analyzeFile(fixture, { region: 'Atlantis' })).rejects.toThrow(/unknown region/);
  });
});
