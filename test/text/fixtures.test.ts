import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize';

interface Expect {
  text: string;
  type: string;
  norm?: string;
}
interface Fixture {
  id: string;
  text: string;
  expect: Expect[];
}

const fixtures = JSON.parse(readFileSync(join(__dirname, '../../fixtures/text/tokenize.json'), 'utf8')) as Fixture[];

describe('tokenizer fixtures (texts written for suara)', () => {
  it('has at least 40 texts', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(40);
  });
  for (const f of fixtures) {
    it(f.id, () => {
      const toks = tokenize(f.text);
      for (const t of toks) expect(f.text.slice(t.start, t.end)).toBe(t.text);
      // each expected token must appear, in order
      let k = 0;
      for (const e of f.expect) {
        while (k < toks.length && toks[k]!.text !== e.text) k++;
        expect(k, `token ${JSON.stringify(e.text)} not found in order in ${JSON.stringify(toks.map((t) => t.text))}`).toBeLessThan(toks.length);
        const t = toks[k]!;
        expect({ text: t.text, type: t.type, ...(e.norm !== undefined ? { norm: t.norm } : {}) }).toEqual(e);
        k++;
      }
    });
  }
});
