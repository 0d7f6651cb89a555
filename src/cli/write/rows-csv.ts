/**
 * Aggregate rows as CSV (RFC 4180), one group per line, for spreadsheets
 * and dataframes.
 */
import type { AggregateRow, GroupDimension, TermCount } from '../../aggregate/types';

function round6(x: number): string {
  if (!Number.isFinite(x)) return '';
  const r = Math.round(x * 1e6) / 1e6;
  return String(r === 0 ? 0 : r);
}

/**
 * Quotes a CSV cell when needed. Text cells that a spreadsheet would run as a
 * formula (leading `=`, `+`, `-`, `@`, tab or CR) get a leading `'`.
 *
 * @example
 * ```ts
 * csvCell('a,b'); // '"a,b"'
 * csvCell('=1+1'); // "'=1+1"
 * ```
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return round6(value);
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Quotes a CSV cell per RFC 4180 without the formula guard of
 * {@link csvCell}: the text comes back byte for byte.
 *
 * @example
 * ```ts
 * csvQuote('-_- lambat'); // '-_- lambat'
 * csvQuote('a, b'); // '"a, b"'
 * ```
 */
export function csvQuote(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replace(/"/g, '""')}"` : value;
}

function terms(list: readonly TermCount[]): string {
  return list.map((t) => `${t.term}:${t.count}`).join('; ');
}

/**
 * Column names for rows grouped by `by`.
 *
 * @example
 * ```ts
 * csvHeader(['entity', 'day']).slice(0, 4); // ['entity', 'entity_name', 'day', 'count']
 * ```
 */
export function csvHeader(by: readonly GroupDimension[]): string[] {
  const keys: string[] = [];
  for (const d of by) {
    if (d === 'entity') keys.push('entity', 'entity_name');
    else if (d === 'region') keys.push('region');
    else if (d === 'source') keys.push('source');
    else keys.push(d);
  }
  return [
    ...keys,
    'count',
    'positive',
    'negative',
    'neutral',
    'net',
    'mean_compound',
    'median_compound',
    'positive_share',
    'positive_low',
    'positive_high',
    'negative_share',
    'negative_low',
    'negative_high',
    'top_positive_terms',
    'top_negative_terms',
    'positive_example_ids',
    'negative_example_ids',
  ];
}

/**
 * Renders rows as CSV text (header plus one line per row, `\n` line ends).
 * Numbers are rounded to 6 decimals; term lists read `term:count; …`.
 *
 * @example
 * ```ts
 * import { createAggregator } from 'suara';
 * import { rowsToCsv } from 'suara/node';
 * const agg = createAggregator({ by: ['entity', 'day'] });
 * process.stdout.write(rowsToCsv(agg.rows(), agg.options.by));
 * ```
 */
export function rowsToCsv(rows: readonly AggregateRow[], by: readonly GroupDimension[]): string {
  const lines = [csvHeader(by).join(',')];
  for (const r of rows) {
    const cells: (string | number | null | undefined)[] = [];
    for (const d of by) {
      if (d === 'entity') cells.push(r.entity, r.entityName);
      else if (d === 'region') cells.push(r.region);
      else if (d === 'source') cells.push(r.source);
      else cells.push(r.bucket);
    }
    cells.push(
      r.count,
      r.positive,
      r.negative,
      r.neutral,
      r.net,
      r.meanCompound,
      r.medianCompound,
      r.positiveShare.share,
      r.positiveShare.low,
      r.positiveShare.high,
      r.negativeShare.share,
      r.negativeShare.low,
      r.negativeShare.high,
      terms(r.topPositiveTerms),
      terms(r.topNegativeTerms),
      r.positiveExamples.map((e) => e.id).join(' '),
      r.negativeExamples.map((e) => e.id).join(' '),
    );
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}
