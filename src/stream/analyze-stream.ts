/**
 * Streaming analysis: an async generator that analyses documents one at a
 * time, so memory stays constant in the number of documents. Works in
 * browsers and Node (no Node APIs); for Node streams see `createAnalyzeTransform`
 * in `suara/node`.
 */
import { createAnalyzer, type AnalyzeOptions } from '../analyze';
import type { Analysis } from '../analysis';
import { assertString } from '../errors';

/**
 * A document to analyse: its text plus the metadata the aggregator uses.
 *
 * @example
 * ```ts
 * const doc: import('suara').StreamDocument = { id: 'p1', date: '2024-03-05T08:00', source: 'twitter', text: 'Dishub lamban' };
 * ```
 */
export interface StreamDocument {
  /** Document id. */
  id?: string | number;
  /** The text. */
  text: string;
  /** Publication date (ISO 8601 string, `Date` or epoch ms). */
  date?: string | number | Date;
  /** Source name. */
  source?: string;
}

/**
 * An analysed document, ready for `aggregator.add()`.
 *
 * @example
 * ```ts
 * import { analyzeStream, createAggregator } from 'suara';
 * const agg = createAggregator();
 * for await (const r of analyzeStream(['Dishub lamban'])) agg.add(r);
 * ```
 */
export interface AnalyzedDocument extends StreamDocument {
  /** What `analyze(text)` returned. */
  analysis: Analysis;
}

/**
 * Options of {@link analyzeStream}: the `analyze()` options, applied to every document.
 *
 * @example
 * ```ts
 * const o: import('suara').AnalyzeStreamOptions = { entities: { defaultRegion: '19.71' } };
 * ```
 */
export type AnalyzeStreamOptions = AnalyzeOptions;

/**
 * Analyses a stream of texts or documents lazily, one at a time: pulling the
 * next result pulls the next input, so back-pressure and constant memory come
 * for free. Strings become `{ text }`; objects must have a string `text`
 * (else `TypeError` naming the item's position).
 *
 * @example
 * ```ts
 * import { analyzeStream, createAggregator } from 'suara';
 * async function* posts() {
 *   yield { id: '1', date: '2024-03-05', text: 'Pelayanan Disdukcapil cepat' };
 *   yield { id: '2', date: '2024-03-05', text: 'Jalan rusak, PUPR lamban' };
 * }
 * const agg = createAggregator({ by: ['entity', 'day'] });
 * for await (const doc of analyzeStream(posts())) agg.add(doc);
 * console.log(agg.rows());
 * ```
 */
export async function* analyzeStream(
  source: AsyncIterable<string | StreamDocument> | Iterable<string | StreamDocument>,
  options?: AnalyzeStreamOptions,
): AsyncGenerator<AnalyzedDocument, void, undefined> {
  if (source === null || typeof source !== 'object' || !(Symbol.asyncIterator in source || Symbol.iterator in source)) {
    throw new TypeError('suara: argument "source" must be an iterable or async iterable of texts or documents');
  }
  const analyzer = createAnalyzer(options); // built once for the whole stream
  let index = 0;
  for await (const item of source) {
    if (typeof item === 'string') {
      yield { text: item, analysis: analyzer.analyze(item) };
    } else {
      if (item === null || typeof item !== 'object') {
        throw new TypeError(`suara: item ${index} of "source" must be a string or an object with a text`);
      }
      assertString(item.text, `source[${index}].text`);
      yield { ...item, analysis: analyzer.analyze(item.text) };
    }
    index++;
  }
}
