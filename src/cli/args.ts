/**
 * Command-line parsing with `node:util` `parseArgs`. Returns plain data or a
 * usage error message; never exits the process itself.
 */
import { parseArgs } from 'node:util';
import { TIME_UNITS, TIME_ZONES, type TimeZoneName } from '../aggregate/buckets';
import type { GroupDimension } from '../aggregate/types';
import type { FieldNames } from './readers';

/** Parsed `suara analyze` options. */
export interface AnalyzeArgs {
  /** `analyze`. */
  command: 'analyze';
  /** Input path, or `-` for stdin. */
  input: string;
  /** Input format; `auto` guesses from the name and first bytes. */
  format: 'auto' | 'csv' | 'ndjson' | 'txt';
  /** Field names. */
  fields: FieldNames;
  /** Grouping for rows output. */
  by: GroupDimension[];
  /** Default region for the entity tagger. */
  region?: string;
  /** Output path; its extension picks the output (`.ndjson`/`.jsonl`, `.csv`, `.html`); none = CSV rows on stdout. */
  out?: string;
  /** Worker threads (1 = in-process). */
  workers: number;
  /** Time zone. */
  timezone: TimeZoneName;
  /** Suppress the summary line. */
  quiet: boolean;
}

/** Parsed quick-look commands. */
export interface QuickArgs {
  /** Which one. */
  command: 'stem' | 'tokenize' | 'score';
  /** Words (stem) or texts (tokenize, score). */
  inputs: string[];
  /** Print JSON instead of a table. */
  json: boolean;
}

/** `suara help` / `--help` / `--version`. */
export interface InfoArgs {
  /** Which. */
  command: 'help' | 'version';
}

/** A usage error: message for stderr, exit code 2. */
export interface UsageError {
  /** `usage-error`. */
  command: 'usage-error';
  /** What was wrong. */
  message: string;
}

/** Any parsed command line. */
export type CliArgs = AnalyzeArgs | QuickArgs | InfoArgs | UsageError;

/** Help text. */
export const USAGE = `Usage:
  suara analyze <file|-> [options]   analyse a file of posts (NDJSON, CSV or text)
  suara score "teks" [--json]        sentiment of one text
  suara tokenize "teks" [--json]     tokens with offsets
  suara stem <words…> [--json]       Sastrawi-compatible stems

analyze options:
  --format auto|csv|ndjson|txt   input format (default: auto)
  --text-field NAME              field with the text (default: text)
  --id-field NAME                field with the id (default: id; else line:<n>)
  --date-field NAME              field with the date (default: date)
  --source-field NAME            field with the source (default: source)
  --by entity,day                grouping: entity, region, source and one of hour|day|week|month
                                 (default: entity,day; "none" for one overall row)
  --timezone ZONE                Asia/Jakarta (default), Asia/Makassar, Asia/Jayapura, WIB, WITA, WIT, UTC
  --region "Kota Pangkalpinang"  region assumed for agencies the text does not place
  --out FILE                     result.ndjson (one line per post), rows.csv (groups), report.html
                                 (default: rows as CSV on stdout)
  --workers N                    worker threads (default: 1)
  --quiet                        no summary line on stderr

Exit codes: 0 ok, 1 some rows were bad (reported on stderr), 2 usage error or unreadable input.`;

const DIMENSIONS = new Set<string>(['entity', 'region', 'source', ...TIME_UNITS]);

/**
 * Parses `argv` (without `node` and the script).
 *
 * @example
 * ```ts
 * parseCliArgs(['analyze', 'posts.ndjson', '--by', 'entity,week']);
 * // { command: 'analyze', input: 'posts.ndjson', by: ['entity', 'week'], ... }
 * ```
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return { command: 'help' };
  if (command === '--version' || command === '-v' || command === 'version') return { command: 'version' };
  try {
    if (command === 'analyze') return parseAnalyze(rest);
    if (command === 'stem' || command === 'tokenize' || command === 'score') {
      const { values, positionals } = parseArgs({
        args: [...rest],
        options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
      if (values.help) return { command: 'help' };
      if (positionals.length === 0) {
        return { command: 'usage-error', message: `suara ${command}: give at least one ${command === 'stem' ? 'word' : 'text'}` };
      }
      return { command, inputs: positionals, json: values.json === true };
    }
  } catch (e) {
    return { command: 'usage-error', message: (e as Error).message };
  }
  return { command: 'usage-error', message: `unknown command "${command}"` };
}

function parseAnalyze(rest: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: rest,
    options: {
      format: { type: 'string', default: 'auto' },
      'text-field': { type: 'string', default: 'text' },
      'id-field': { type: 'string', default: 'id' },
      'date-field': { type: 'string', default: 'date' },
      'source-field': { type: 'string', default: 'source' },
      by: { type: 'string', default: 'entity,day' },
      timezone: { type: 'string', default: 'Asia/Jakarta' },
      region: { type: 'string' },
      out: { type: 'string', short: 'o' },
      workers: { type: 'string', default: '1' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) return { command: 'help' };
  if (positionals.length !== 1) {
    return { command: 'usage-error', message: 'suara analyze: give exactly one input file (or - for stdin)' };
  }
  const format = values.format;
  if (format !== 'auto' && format !== 'csv' && format !== 'ndjson' && format !== 'txt') {
    return { command: 'usage-error', message: `--format must be auto, csv, ndjson or txt (got "${format}")` };
  }
  const byText = values.by.trim();
  const by = byText === '' || byText === 'none' ? [] : byText.split(',').map((d) => d.trim());
  for (const d of by) {
    if (!DIMENSIONS.has(d)) {
      return { command: 'usage-error', message: `--by: unknown dimension "${d}" (use entity, region, source, hour, day, week, month)` };
    }
  }
  if (new Set(by).size !== by.length) return { command: 'usage-error', message: '--by: a dimension is repeated' };
  if (by.filter((d) => (TIME_UNITS as readonly string[]).includes(d)).length > 1) {
    return { command: 'usage-error', message: '--by: at most one of hour, day, week, month' };
  }
  if (!(TIME_ZONES as readonly string[]).includes(values.timezone)) {
    return { command: 'usage-error', message: `--timezone must be one of ${TIME_ZONES.join(', ')}` };
  }
  const workers = Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
    return { command: 'usage-error', message: `--workers must be an integer from 1 to 64 (got "${values.workers}")` };
  }
  const out = values.out;
  if (out !== undefined && !/\.(ndjson|jsonl|csv|html?)$/i.test(out)) {
    return { command: 'usage-error', message: '--out must end in .ndjson, .jsonl, .csv or .html' };
  }
  const args: AnalyzeArgs = {
    command: 'analyze',
    input: positionals[0]!,
    format,
    fields: {
      text: values['text-field'],
      id: values['id-field'],
      date: values['date-field'],
      source: values['source-field'],
    },
    by: by as GroupDimension[],
    workers,
    timezone: values.timezone as TimeZoneName,
    quiet: values.quiet === true,
  };
  if (values.region !== undefined) args.region = values.region;
  if (out !== undefined) args.out = out;
  return args;
}
