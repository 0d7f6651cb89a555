import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { compile } from '../../scripts/build-lexicons';
import { parseTsv } from '../../src/lexicons/tsv';

describe('lexicon build', () => {
  it('generated modules are up to date with lexicons/ and every file validates', () => {
    const root = join(__dirname, '..', '..');
    // throws (non-zero exit) when a file is invalid or a generated module is stale
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-lexicons.ts', '--check'], { cwd: root, encoding: 'utf8' });
    expect(out).toMatch(/up to date/);
  });
  it('reports a bad row with its file, line and field', () => {
    const spec = { file: 'x/demo.tsv', module: 'demo', schema: z.object({ word: z.string().regex(/^[a-z]+$/), weight: z.coerce.number().int() }) };
    const res = compile(spec, '# source: test\n# licence: MIT\nword\tweight\nbagus\t2\nJELEK\tx\n');
    expect(res.errors).toEqual(expect.arrayContaining([expect.stringMatching(/^x\/demo\.tsv:5: field "word"/), expect.stringMatching(/^x\/demo\.tsv:5: field "weight"/)]));
  });
  it('rejects a repeated key with both line numbers when the spec names a unique column', () => {
    const spec = { file: 'x/dup.tsv', module: 'dup', schema: z.object({ phrase: z.string(), weight: z.string() }), unique: 'phrase' };
    const res = compile(spec, '# source: test\n# licence: MIT\nphrase\tweight\nantre vaksin\t0\ndiem saja\t-2\nantre vaksin\t1\n');
    expect(res.errors).toEqual(['x/dup.tsv:6: duplicate phrase "antre vaksin" (first at line 4)']);
    expect(compile({ file: spec.file, module: spec.module, schema: spec.schema }, '# source: test\n# licence: MIT\nphrase\tweight\na b\t0\na b\t1\n').errors).toEqual([]);
  });
  it('the sentiment word and phrase lists declare their key column unique', async () => {
    const { lexiconSpecs } = await import('../../src/sentiment/lexicon-specs');
    const unique = Object.fromEntries(lexiconSpecs.map((s) => [s.file, s.unique]));
    expect(unique['sentiment/words.tsv']).toBe('term');
    expect(unique['sentiment/phrases.tsv']).toBe('phrase');
  });
  it('requires source and licence headers', () => {
    const spec = { file: 'x/a.tsv', module: 'a', schema: z.object({ word: z.string() }) };
    expect(compile(spec, 'word\nabc\n').errors[0]).toMatch(/source:.*licence:/);
  });
});

describe('parseTsv', () => {
  it('uses null-prototype rows so __proto__ is data', () => {
    const { rows } = parseTsv('word\n__proto__\nconstructor\n');
    expect(rows.map((r) => r['word'])).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(rows[0])).toBeNull();
  });
  it('reports rows with the wrong number of cells by line', () => {
    expect(parseTsv('# c\na\tb\n1\t2\n3\n').issues).toEqual([{ line: 4, message: expect.stringContaining('expected 2') }]);
  });
});
