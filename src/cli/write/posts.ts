/**
 * Per-post output rows: one NDJSON line or one CSV line per analysed post,
 * rendered where the post was analysed (worker or main thread), so only
 * strings cross threads.
 */
import type { TimeZoneName } from '../../aggregate/buckets';
import type { Analysis } from '../../analysis';
import { formatDate } from '../read/dates';
import type { InputRow } from '../read/records';
import { csvCell, csvQuote } from './rows-csv';

/**
 * One post's NDJSON line: sentiment, entities and per-agency sentiment,
 * without tokens; the date in `timezone` with its offset.
 *
 * @example
 * ```ts
 * import { analyze } from 'suara';
 * postNdjson({ line: 1, id: 'p1', text: 'Dishub lamban' }, analyze('Dishub lamban'), 'Asia/Jakarta');
 * ```
 */
export function postNdjson(row: InputRow, a: Analysis, timezone: TimeZoneName): string {
  const out = {
    id: row.id,
    line: row.line,
    ...(row.date !== undefined ? { date: formatDate(row.date, timezone) } : {}),
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
 * Columns of the per-post CSV.
 *
 * @example
 * ```ts
 * POST_CSV_HEADER.at(-1); // 'text'
 * ```
 */
export const POST_CSV_HEADER: readonly string[] = [
  'id',
  'line',
  'date',
  'source',
  'label',
  'compound',
  'score',
  'entities',
  'entity_names',
  'targets',
  'text',
];

/**
 * One post's CSV line (no line break): the result columns, then the
 * original text, verbatim (RFC 4180 quoting only) unless `guardText`, which
 * applies the spreadsheet formula guard of `csvCell` to it too.
 *
 * @example
 * ```ts
 * import { analyze } from 'suara';
 * postCsv({ line: 1, id: 'p1', text: 'Dishub lamban' }, analyze('Dishub lamban'), 'WIB').endsWith('Dishub lamban'); // true
 * ```
 */
export function postCsv(row: InputRow, a: Analysis, timezone: TimeZoneName, guardText = false): string {
  const cells: (string | number | undefined)[] = [
    row.id,
    row.line,
    row.date !== undefined ? formatDate(row.date, timezone) : undefined,
    row.source,
    a.sentiment.label,
    a.sentiment.compound,
    a.sentiment.score,
    a.entities.map((e) => e.id).join('; '),
    a.entities.map((e) => e.name).join('; '),
    a.targets.map((t) => `${t.id}:${t.label}`).join('; '),
  ];
  // the text exactly as read; the spreadsheet formula guard only when asked (`--excel`)
  return `${cells.map(csvCell).join(',')},${guardText ? csvCell(row.text) : csvQuote(row.text)}`;
}
