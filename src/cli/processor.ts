/**
 * The unit of work shared by the in-process path and the worker threads:
 * analyse a batch of rows, feed the aggregators, and (optionally) render one
 * NDJSON result line per document. Running the same code in both places is
 * what makes `--workers N` give the same output as one worker.
 */
import { createAnalyzer } from '../analyze';
import type { Analysis } from '../analysis';
import { createAggregator } from '../aggregate/create-aggregator';
import type { AggregatorOptions, AggregatorState } from '../aggregate/types';
import type { BadRow, InputRow } from './readers';

/** What every processor (local or in a worker) is configured with; structured-clone safe. */
export interface ProcessorConfig {
  /** One aggregator per entry (the user's `--by`, plus the report's views). */
  aggregators: AggregatorOptions[];
  /** Render per-document NDJSON lines. */
  docs: boolean;
  /** Kemendagri code of the region assumed for agencies the text does not place (`--region`). */
  region?: string;
}

/** Output of one batch, in row order. */
export interface BatchResult {
  /** NDJSON lines (without newline), one per analysed row, when `docs` is on. */
  docs: string[];
  /** Rows whose analysis failed. */
  bad: BadRow[];
}

/** A configured processor. */
export interface Processor {
  /** Analyses and aggregates a batch. */
  process(rows: readonly InputRow[]): BatchResult;
  /** The aggregators' states, in config order. */
  states(): AggregatorState[];
}

/** One document's result line: sentiment, entities and per-agency sentiment, without tokens. */
export function docLine(row: InputRow, a: Analysis): string {
  const out = {
    id: row.id,
    line: row.line,
    ...(row.date !== undefined ? { date: new Date(row.date).toISOString() } : {}),
    ...(row.source !== undefined ? { source: row.source } : {}),
    label: a.sentiment.label,
    compound: a.sentiment.compound,
    score: a.sentiment.score,
    hits: a.sentiment.hits.map((h) => ({ text: h.text, start: h.start, end: h.end, lemma: h.lemma, weight: h.weight, rules: h.rules })),
    entities: a.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      name: e.name,
      text: e.text,
      start: e.start,
      end: e.end,
      ...(e.region ? { region: e.region.name } : {}),
    })),
    targets: a.targets.map((t) => ({ id: t.id, name: t.name, label: t.label, compound: t.compound, score: t.score })),
  };
  return JSON.stringify(out);
}

/**
 * Creates a processor.
 *
 * @example
 * ```ts
 * const p = createProcessor({ aggregators: [{ by: ['entity', 'day'] }], docs: false });
 * p.process([{ line: 1, id: '1', text: 'Dishub lamban' }]);
 * p.states()[0]!.groups.length; // 1
 * ```
 */
export function createProcessor(config: ProcessorConfig): Processor {
  const aggregators = config.aggregators.map((o) => createAggregator(o));
  // One pipeline per processor: analyze(text, options) would rebuild it for every document.
  const analyzer = createAnalyzer(config.region !== undefined ? { entities: { defaultRegion: config.region } } : {});
  return {
    process(rows) {
      const docs: string[] = [];
      const bad: BadRow[] = [];
      for (const row of rows) {
        let a: Analysis;
        try {
          // the post's own date picks the agency names valid then (Dinsos-P3A in 2018, DP3AKB later)
          a = analyzer.analyze(row.text, row.date !== undefined ? { date: new Date(row.date) } : undefined);
        } catch (e) {
          bad.push({ line: row.line, kind: 'analyze', message: `analysis failed: ${(e as Error).message}` });
          continue;
        }
        const record = {
          id: row.id,
          text: row.text,
          analysis: a,
          ...(row.date !== undefined ? { date: row.date } : {}),
          ...(row.source !== undefined ? { source: row.source } : {}),
        };
        for (const agg of aggregators) agg.add(record);
        if (config.docs) docs.push(docLine(row, a));
      }
      return { docs, bad };
    },
    states: () => aggregators.map((a) => a.toJSON()),
  };
}
