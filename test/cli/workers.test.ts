import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAggregator } from '../../src/aggregate/create-aggregator';
import { resolveAggregatorOptions } from '../../src/aggregate/options';
import type { Aggregator } from '../../src/aggregate/types';
import { createProcessor, type BatchResult } from '../../src/cli/processor';
import type { InputRow } from '../../src/cli/read/records';
import { createLocalEngine, createWorkerEngine, type WorkerEngineOptions } from '../../src/cli/workers';

const rows: InputRow[] = readFileSync(path.resolve(__dirname, '../../fixtures/posts.ndjson'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l, i) => {
    const o = JSON.parse(l) as { id: string; text: string };
    return { line: i + 1, id: o.id, text: o.text };
  });
const config = { aggregators: [resolveAggregatorOptions({ by: ['entity'] })], docs: true };

async function runAll(batches: InputRow[][], n: number, tuning?: WorkerEngineOptions): Promise<{ results: BatchResult[]; agg: Aggregator; checkpoints: number }> {
  const agg = buildAggregator(config.aggregators[0]!);
  let checkpoints = 0;
  const engine =
    n === 0
      ? createLocalEngine(createProcessor(config))
      : createWorkerEngine(config, n, (states) => {
          checkpoints++;
          agg.merge(states[0]!);
        }, tuning);
  const results = await Promise.all(batches.map((b) => engine.run(b)));
  await engine.finish();
  return { results, agg, checkpoints };
}

function batches(list: InputRow[], size: number): InputRow[][] {
  const out: InputRow[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

describe('worker engine', () => {
  it('checkpoints (states merged as they come) give the same aggregates and per-post lines as one thread', { timeout: 120_000 }, async () => {
    const local = createProcessor(config);
    const expectedDocs = local.process(rows).docs;
    const w = await runAll(batches(rows, 16), 2, { checkpointChars: 2000 });
    expect(w.checkpoints).toBeGreaterThan(2); // more than the two final states
    expect(w.results.flatMap((r) => r.docs)).toEqual(expectedDocs);
    expect(w.agg.rows()).toEqual(local.aggregators()[0]!.rows());
  });

  it('a row that exhausts a worker is a bad row; every other row is counted once, in order', { timeout: 240_000 }, async () => {
    const huge: InputRow = { line: 9999, id: 'huge', text: 'Dishub lamban, jalan rusak! '.repeat(150_000) };
    const list = [...rows.slice(0, 100), huge, ...rows.slice(100)];
    const w = await runAll([...batches(list.slice(0, 100), 20), [huge], ...batches(list.slice(101), 20)], 2, {
      checkpointChars: 3000,
      maxOldGenerationSizeMb: 48,
    });
    const bad = w.results.flatMap((r) => r.bad);
    expect(bad).toEqual([{ line: 9999, kind: 'memory', message: expect.stringMatching(/ran out of memory/) as unknown as string }]);
    const local = createProcessor(config);
    const expected = local.process(rows);
    expect(w.results.flatMap((r) => r.docs)).toEqual(expected.docs);
    expect(w.agg.rows()).toEqual(local.aggregators()[0]!.rows());
    expect(w.agg.documents).toBe(rows.length);
  });
});
