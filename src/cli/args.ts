/**
 * Command-line parsing with `node:util` `parseArgs`. Returns plain data or a
 * usage error message; never exits the process itself.
 */
import { parseArgs } from 'node:util';
import { TIME_UNITS, TIME_ZONES, type TimeZoneName } from '../aggregate/buckets';
import type { GroupDimension } from '../aggregate/types';
import { INPUT_ENCODINGS, type InputEncoding } from './read/decode';
import type { FieldNames } from './read/records';

/** Parsed `suara analyze` options. */
export interface AnalyzeArgs {
  /** `analyze`. */
  command: 'analyze';
  /** Input path, or `-` for stdin. */
  input: string;
  /** Input format; `auto` guesses from the name and the first line. */
  format: 'auto' | 'csv' | 'ndjson' | 'txt';
  /** Input encoding. */
  encoding: InputEncoding;
  /** Field names. */
  fields: FieldNames;
  /** Grouping for rows output. */
  by: GroupDimension[];
  /** Default region for the entity tagger. */
  region?: string;
  /** Outputs (`--out`, repeatable); each extension picks one: `.ndjson`/`.jsonl` per post, `.csv` group rows, `.html` the report. None and no `posts` = CSV rows on stdout. */
  outs: string[];
  /** Per-post outputs (`--posts`, repeatable): `.csv` (with the original text) or `.ndjson`/`.jsonl`. */
  posts: string[];
  /** Write a JSON summary here (`-` = stderr instead of the summary line). */
  jsonSummary?: string;
  /** CSV outputs start with a UTF-8 byte-order mark, and the per-post text gets the formula guard. */
  excel: boolean;
  /** CSV rows with the wrong field count are read by position with a warning instead of being bad. */
  lenient: boolean;
  /** A city's own agency list (`--agencies FILE`). */
  agencies?: string;
  /** Extra or overriding sentiment words (`--lexicon FILE`). */
  lexicon?: string;
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
  --format auto|csv|ndjson|txt   input format (default: auto: by extension, else by the first line)
  --encoding utf8|latin1|windows-1252
                                 input encoding (default: utf8; invalid UTF-8 makes the row bad)
  --text-field NAME              field with the text (default: text)
  --id-field NAME                field with the id (default: id; else line:<n>)
  --date-field NAME              field with the date (default: date): ISO 8601, dd/mm/yyyy,
                                 "1 Oktober 2026", Unix seconds or milliseconds
  --source-field NAME            field with the source (default: source)
  --by entity,day                grouping: entity, region, source and one of hour|day|week|month
                                 (default: entity,day; "none" for one overall row)
  --timezone ZONE                Asia/Jakarta (default), Asia/Makassar, Asia/Jayapura, WIB, WITA, WIT, UTC
  --region "Kota Pangkalpinang"  region assumed for agencies the text does not place
  --agencies FILE                a city's own agency list (JSON or TSV, see docs/entities.md)
  --lexicon FILE                 extra or overriding sentiment words (term<TAB>weight, or JSON)
  --out FILE                     repeatable: result.ndjson (one line per post), rows.csv (groups),
                                 report.html (default: rows as CSV on stdout)
  --posts FILE                   repeatable: one row per post, .csv (with the original text) or .ndjson
  --excel                        CSV outputs start with a UTF-8 byte-order mark (for Excel)
  --lenient                      CSV rows with a wrong field count: warn and read by position
  --json-summary FILE            write the run summary as JSON (- : on stderr)
  --workers N                    worker threads (default: 1)
  --quiet                        no summary line on stderr

Outputs are written to a temporary file and renamed into place only when the run succeeds.
Exit codes: 0 ok, 1 done but some rows were bad (reported on stderr), 2 nothing written
(usage, option, read, analyse or write error).`;

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
      out: { type: 'string', short: 'o', multiple: true },
      posts: { type: 'string', multiple: true },
      encoding: { type: 'string', default: 'utf8' },
      'json-summary': { type: 'string' },
      excel: { type: 'boolean', default: false },
      lenient: { type: 'boolean', default: false },
      agencies: { type: 'string' },
      lexicon: { type: 'string' },
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
  const outs = values.out ?? [];
  for (const o of outs) {
    if (!/\.(ndjson|jsonl|csv|html?)$/i.test(o)) return { command: 'usage-error', message: `--out ${o}: must end in .ndjson, .jsonl, .csv or .html` };
  }
  const posts = values.posts ?? [];
  for (const o of posts) {
    if (!/\.(ndjson|jsonl|csv)$/i.test(o)) return { command: 'usage-error', message: `--posts ${o}: must end in .csv, .ndjson or .jsonl` };
  }
  const encoding = values.encoding.toLowerCase().replace(/^utf-8$/, 'utf8').replace(/^(iso-8859-1|latin-1)$/, 'latin1').replace(/^cp1252$/, 'windows-1252');
  if (!(INPUT_ENCODINGS as readonly string[]).includes(encoding)) {
    return { command: 'usage-error', message: `--encoding must be one of ${INPUT_ENCODINGS.join(', ')} (got "${values.encoding}")` };
  }
  const args: AnalyzeArgs = {
    command: 'analyze',
    input: positionals[0]!,
    format,
    encoding: encoding as InputEncoding,
    fields: {
      text: values['text-field'],
      id: values['id-field'],
      date: values['date-field'],
      source: values['source-field'],
    },
    by: by as GroupDimension[],
    outs,
    posts,
    excel: values.excel === true,
    lenient: values.lenient === true,
    workers,
    timezone: values.timezone as TimeZoneName,
    quiet: values.quiet === true,
  };
  if (values.region !== undefined) args.region = values.region;
  if (values['json-summary'] !== undefined) args.jsonSummary = values['json-summary'];
  if (values.agencies !== undefined) args.agencies = values.agencies;
  if (values.lexicon !== undefined) args.lexicon = values.lexicon;
  return args;
}
