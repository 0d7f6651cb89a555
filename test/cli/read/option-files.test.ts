import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAgenciesFile, readLexiconFile } from '../../../src/cli/read/option-files';

const dir = mkdtempSync(path.join(tmpdir(), 'suara-opt-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('readLexiconFile', () => {
  it('reads TSV with a header, comments and phrases; JSON objects; `constructor` is a word', () => {
    expect(readLexiconFile(file('a.tsv', 'term\tweight\n# kata kota\njozz\t3\nantre lama\t-2\nconstructor\t1\n'))).toEqual([
      ['jozz', 3],
      ['antre lama', -2],
      ['constructor', 1],
    ]);
    expect(readLexiconFile(file('a.json', '{\n  "jozz": 3,\n  "__proto__": -1\n}\n'))).toEqual([
      ['jozz', 3],
      ['__proto__', -1],
    ]);
  });

  it('names the line of every problem', () => {
    const p = file('b.tsv', 'jozz\t3\nzonk\tnegatif\nparah\t-9\nsatu kolom\n');
    expect(() => readLexiconFile(p)).toThrow(/line 2: "zonk": .*\n.*line 3: "parah": .*\n.*line 4: expected "term<TAB>weight"/);
    expect(() => readLexiconFile(file('b.json', '{\n  "jozz": 3,\n  "parah": 9\n}'))).toThrow(/line 3: "parah"/);
  });
});

describe('readAgenciesFile', () => {
  it('returns the text when the library loader accepts it, else every issue with its line', () => {
    const ok = 'region\tid\tname\taliases\n32.04\tdinas.kesehatan\tDinas Kesehatan\tSiSehat Soreang\n';
    expect(readAgenciesFile(file('ok.tsv', ok))).toBe(ok);
    expect(() => readAgenciesFile(file('bad.tsv', 'region\tid\tname\n32.04\tdinas.keshatan\tDinas Kesehatan\n'))).toThrow(
      /--agencies .*bad\.tsv: line 2, field "id": unknown kind id "dinas\.keshatan"/,
    );
    expect(() => readAgenciesFile(path.join(dir, 'missing.tsv'))).toThrow(/--agencies .*missing\.tsv: ENOENT/);
  });
});
