import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { createAggregator } from '../../src/aggregate';
import { analyze } from '../../src/analyze';
import { analyzeStream } from '../../src/stream/analyze-stream';
import { createAnalyzeTransform } from '../../src/stream/transform';

describe('analyzeStream', () => {
  it('yields analysed documents that feed an aggregator, same as analyze()', async () => {
    const docs = [
      { id: '1', date: '2026-09-01', text: 'Pelayanan Disdukcapil cepat dan ramah' },
      'Jalan rusak parah',
    ];
    const out = [];
    for await (const d of analyzeStream(docs)) out.push(d);
    expect(out[0]).toMatchObject({ id: '1', date: '2026-09-01' });
    expect(out[0]!.analysis).toEqual(analyze('Pelayanan Disdukcapil cepat dan ramah'));
    expect(out[1]).toMatchObject({ text: 'Jalan rusak parah' });
    const agg = createAggregator({ by: [] });
    for (const d of out) agg.add(d);
    expect(agg.documents).toBe(2);
  });

  it('is lazy: pulls one input per output (constant memory in the number of documents)', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 1_000_000; i++) {
        pulled++;
        yield `dokumen ${i} lambat`;
      }
    }
    const it = analyzeStream(source());
    for (let i = 0; i < 3; i++) await it.next();
    expect(pulled).toBe(3);
    await it.return();
  });

  it('rejects bad input naming the argument', async () => {
    await expect(analyzeStream(42 as never).next()).rejects.toThrow(/"source"/);
    await expect(analyzeStream([{ text: 5 } as never]).next()).rejects.toThrow(/source\[0\]\.text/);
  });
});

describe('createAnalyzeTransform', () => {
  it('works in a stream pipeline', async () => {
    const agg = createAggregator({ by: ['day'] });
    await pipeline(
      Readable.from([{ id: 'a', date: '2026-09-01', text: 'Dishub lamban' }, 'tanpa tanggal']),
      createAnalyzeTransform(),
      new Writable({
        objectMode: true,
        write(doc, _enc, cb) {
          agg.add(doc);
          cb();
        },
      }),
    );
    expect(agg.rows().map((r) => [r.bucket, r.count])).toEqual([
      ['2026-09-01', 1],
      [null, 1],
    ]);
  });
  it('fails the stream on a chunk without text', async () => {
    await expect(
      pipeline(Readable.from([{ id: 1 }]), createAnalyzeTransform(), new Writable({ objectMode: true, write: (_c, _e, cb) => cb() })),
    ).rejects.toThrow(TypeError);
  });
});
