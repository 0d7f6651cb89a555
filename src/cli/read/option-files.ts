/**
 * Files named by options: `--agencies` (a city's own agency list, through
 * the library's registry-override loader) and `--lexicon` (extra or
 * overriding sentiment words, through the scorer's lexicon validator).
 * Errors name the file and the line.
 */
import { readFileSync } from 'node:fs';
import { jsonPathLine, loadRegistryOverride, RegistryOverrideError } from '../../entities/registry';
import { readLexicon } from '../../sentiment/create-scorer';

/** Why an option file was refused: one message per problem, each with its line. */
export class OptionFileError extends Error {
  /** @param message what is wrong, naming the file and line */
  constructor(message: string) {
    super(message);
    this.name = 'OptionFileError';
  }
}

function readText(option: string, file: string): string {
  try {
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new OptionFileError(`${option} ${file}: ${(e as Error).message}`);
  }
}

/**
 * Reads and validates `--agencies FILE` (the JSON or TSV format of
 * `loadRegistryOverride`); returns the text, which each worker loads once.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('kota.tsv', 'region\tid\tname\taliases\n32.04\tdinas.kesehatan\tDinas Kesehatan\tSiSehat Soreang\n');
 * readAgenciesFile('kota.tsv').startsWith('region'); // true
 * ```
 */
export function readAgenciesFile(file: string): string {
  const text = readText('--agencies', file);
  try {
    loadRegistryOverride(text);
  } catch (e) {
    if (e instanceof RegistryOverrideError) {
      throw new OptionFileError(e.issues.map((i) => `--agencies ${file}: line ${i.line}, field "${i.field}": ${i.message}`).join('\n'));
    }
    throw new OptionFileError(`--agencies ${file}: ${(e as Error).message}`);
  }
  return text;
}

/**
 * Reads `--lexicon FILE`: a JSON object `{ "mantul": 3 }`, or lines of
 * `term<TAB>weight` (an optional `term<TAB>weight` header, `#` comments,
 * blank lines). Weights in [−5, 5]; a term with a space is a phrase. Every
 * problem is reported with its line.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * writeFileSync('kata-kota.tsv', 'term\tweight\nmantul\t3\nantre lama\t-2\n');
 * readLexiconFile('kata-kota.tsv'); // [['mantul', 3], ['antre lama', -2]]
 * ```
 */
export function readLexiconFile(file: string): [string, number][] {
  const text = readText('--lexicon', file);
  const out: [string, number][] = [];
  const problems: string[] = [];
  const check = (term: unknown, weight: unknown, line: number): void => {
    try {
      out.push(...readLexicon([[term, weight]], 'lexicon'));
    } catch (e) {
      const m = (e as Error).message;
      const why = m.startsWith('suara: invalid sentiment option') ? m.slice(m.indexOf('": ') + 3) : m;
      problems.push(`--lexicon ${file}: line ${line}: ${JSON.stringify(term)}: ${why}`);
    }
  };
  if (text.trimStart().startsWith('{')) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new OptionFileError(`--lexicon ${file}: invalid JSON: ${(e as Error).message}`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new OptionFileError(`--lexicon ${file}: expected an object of term → weight`);
    for (const k of Object.keys(value)) check(k, (value as Record<string, unknown>)[k], jsonPathLine(text, [k]));
  } else {
    text.split(/\r\n|\r|\n/).forEach((raw, i) => {
      const line = i + 1;
      const l = raw.trim();
      if (l === '' || l.startsWith('#')) return;
      const cells = raw.split('\t');
      if (i === 0 && /^(term|word|kata)$/i.test(cells[0]!.trim()) && /^(weight|bobot|score)$/i.test((cells[1] ?? '').trim())) return;
      if (cells.length !== 2) {
        problems.push(`--lexicon ${file}: line ${line}: expected "term<TAB>weight", got ${cells.length} column(s)`);
        return;
      }
      const w = cells[1]!.trim();
      const weight = /^[+-]?\d+(\.\d+)?$/.test(w) ? Number(w) : w;
      check(cells[0]!.trim(), weight, line);
    });
  }
  if (problems.length > 0) throw new OptionFileError(problems.join('\n'));
  return out;
}
