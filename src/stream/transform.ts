/**
 * Node `Transform` wrapper around analysis, for `stream.pipeline` users.
 */
import { Transform, type TransformCallback } from 'node:stream';
import { createAnalyzer } from '../analyze';
import type { AnalyzeStreamOptions, AnalyzedDocument, StreamDocument } from './analyze-stream';

/**
 * An object-mode `Transform`: writes texts or `{ id?, text, date?, source? }`
 * documents, reads {@link AnalyzedDocument}s (ready for `aggregator.add`).
 * A non-string text fails the stream with a `TypeError`. Node's stream
 * buffering (`highWaterMark`, 16 objects by default) bounds memory.
 *
 * @example
 * ```ts
 * import { Readable, Writable } from 'node:stream';
 * import { pipeline } from 'node:stream/promises';
 * import { createAggregator } from 'suara';
 * import { createAnalyzeTransform } from 'suara/node';
 * const agg = createAggregator();
 * await pipeline(
 *   Readable.from([{ id: '1', date: '2024-03-05', text: 'Dishub lamban' }]),
 *   createAnalyzeTransform(),
 *   new Writable({ objectMode: true, write(doc, _enc, cb) { agg.add(doc); cb(); } }),
 * );
 * ```
 */
export function createAnalyzeTransform(options?: AnalyzeStreamOptions): Transform {
  const analyzer = createAnalyzer(options);
  return new Transform({
    objectMode: true,
    transform(chunk: unknown, _encoding: BufferEncoding, callback: TransformCallback) {
      try {
        if (typeof chunk === 'string') {
          callback(null, { text: chunk, analysis: analyzer.analyze(chunk) } satisfies AnalyzedDocument);
          return;
        }
        const doc = chunk as StreamDocument | null;
        if (doc === null || typeof doc !== 'object' || typeof doc.text !== 'string') {
          callback(new TypeError('suara: each chunk must be a string or an object with a string "text"'));
          return;
        }
        callback(null, { ...doc, analysis: analyzer.analyze(doc.text) } satisfies AnalyzedDocument);
      } catch (e) {
        callback(e as Error);
      }
    },
  });
}
