/**
 * The 596 active word→stem cases of the Sastrawi (PHP), PySastrawi and
 * sastrawijs test suites, each run with the dictionary its test assumed
 * (column `dict_ctx`). Data: ../shared/data/stemmer (not shipped).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createStemmer, type Stemmer } from '../../src/stem';

const dir = path.resolve(__dirname, '../../../shared/data/stemmer');
const has = existsSync(path.join(dir, 'sastrawi_cases_annotated.tsv'));
if (!has) console.warn('[suara] ../shared/data absent: skipping the Sastrawi stemmer suite');

interface Case {
  input: string;
  expected: string;
  repo: string;
  where: string;
  dictCtx: string;
}

/** The TSV keeps the tests' `\n` escapes literally; the PHP/Python strings had real newlines. */
function unescape(s: string): string {
  return s.replace(/\\n/g, '\n').replace(/\\t/g, '\t');
}

function loadCases(): Case[] {
  const lines = readFileSync(path.join(dir, 'sastrawi_cases_annotated.tsv'), 'utf8').split('\n');
  const header = lines[0]!.split('\t');
  const col = (name: string): number => header.indexOf(name);
  const out: Case[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cells = line.split('\t');
    if (cells[col('status')] !== 'active') continue;
    out.push({
      input: unescape(cells[col('input')] ?? ''),
      expected: cells[col('expected')] ?? '',
      repo: cells[col('source_repo')] ?? '',
      where: `${cells[col('source_path')]}:${cells[col('line')]}`,
      dictCtx: cells[col('dict_ctx')] ?? '',
    });
  }
  return out;
}

/** `tiny-dict:['a', 'b'] +add(c)` or `tiny-dict:('a')` → the exact word list. */
function tinyWords(ctx: string): string[] {
  const m = /^tiny-dict:[[(](.*?)[\])]((?:\s*\+add\(\w+\))*)$/.exec(ctx);
  if (!m) throw new Error(`unparsed dict_ctx: ${ctx}`);
  const words = [...m[1]!.matchAll(/'([^']*)'/g)].map((x) => x[1]!);
  for (const a of m[2]!.matchAll(/\+add\((\w+)\)/g)) words.push(a[1]!);
  return words;
}

describe.skipIf(!has)('Sastrawi suites (596 active cases)', () => {
  const cases = has ? loadCases() : [];
  const dicts = has
    ? (JSON.parse(readFileSync(path.join(dir, 'functional_dicts.json'), 'utf8')) as Record<string, string[]>)
    : {};
  const stemmers = new Map<string, Stemmer>();
  const stemmerFor = (c: Case): Stemmer => {
    let key: string;
    let words: string[] | undefined;
    if (c.dictCtx === 'default-dict') key = 'default';
    else if (c.dictCtx.startsWith('functional-custom-dict')) {
      const src = c.repo.startsWith('sastrawi/') ? 'php' : c.repo.startsWith('har07/') ? 'py' : 'js';
      key = `${src}_functional`;
      words = dicts[key];
      if (!words) throw new Error(`no functional dict ${key}`);
    } else {
      key = c.dictCtx;
      words = tinyWords(c.dictCtx);
    }
    let s = stemmers.get(key);
    if (!s) {
      s = createStemmer(words === undefined ? {} : { words });
      stemmers.set(key, s);
    }
    return s;
  };

  it('has the 596 active cases', () => {
    expect(cases.length).toBe(596);
  });

  it.each(cases.map((c) => [`${c.input.replace(/\n/g, '\\n')} → ${c.expected} [${c.dictCtx}] ${c.repo} ${c.where}`, c] as const))(
    '%s',
    (_name, c) => {
      expect(stemmerFor(c).stemText(c.input)).toBe(c.expected);
    },
  );
});
