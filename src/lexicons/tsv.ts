/**
 * Tiny TSV reader for the compiled lexicon modules. The build step strips
 * comment lines, so the first line is the column header.
 */
import { codeAt } from '../text/chars';

/** One parsed row: column name → cell (null-prototype, so `__proto__` is data). */
export type TsvRow = Record<string, string>;

/** A parse problem with its 1-based line number in the source text. */
export interface TsvIssue {
  line: number;
  message: string;
}

/**
 * Parses TSV text: `#` lines and blank lines are skipped, the first remaining
 * line names the columns. Rows with the wrong cell count are reported, not
 * silently dropped.
 */
export function parseTsv(text: string): { rows: TsvRow[]; lines: number[]; issues: TsvIssue[]; columns: string[] } {
  const rows: TsvRow[] = [];
  const lines: number[] = [];
  const issues: TsvIssue[] = [];
  let columns: string[] | undefined;
  let lineNo = 0;
  for (const raw of text.split('\n')) {
    lineNo++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length === 0 || codeAt(line, 0) === 35 /* # */) continue;
    const cells = line.split('\t');
    if (!columns) {
      columns = cells;
      continue;
    }
    if (cells.length !== columns.length) {
      issues.push({ line: lineNo, message: `expected ${columns.length} tab-separated cells (${columns.join(', ')}), got ${cells.length}` });
      continue;
    }
    const row: TsvRow = Object.create(null) as TsvRow;
    for (let i = 0; i < columns.length; i++) row[columns[i]!] = cells[i]!;
    rows.push(row);
    lines.push(lineNo);
  }
  return { rows, lines, issues, columns: columns ?? [] };
}
