import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_IDS } from '../../src/text/intern';
import { createTapeTokenizer, tokenArraySource } from '../../src/text/tape';
import { tokenize } from '../../src/text/tokenize';

const fixtures = JSON.parse(readFileSync(join(__dirname, '../../fixtures/text/tokenize.json'), 'utf8')) as Array<{ id: string; text: string }>;

describe('token tape', () => {
  it('reads the same tokens through its accessors as tokenize() returns, on every fixture', () => {
    const tk = createTapeTokenizer({});
    for (const f of fixtures) {
      const expected = tokenize(f.text);
      const tape = tk.tape(f.text);
      expect(tape.count).toBe(expected.length);
      expected.forEach((t, k) => {
        expect([tape.type(k), tape.text(k), tape.norm(k), tape.start(k), tape.end(k)]).toEqual([t.type, t.text, t.norm, t.start, t.end]);
      });
      expect(tape.tokens()).toEqual(expected);
    }
  });

  it('gives one key per kind and norm: equal keys always mean equal norms', () => {
    const tk = createTapeTokenizer({});
    const words = fc.constantFrom('Jalan', 'jalan', 'JALAN', 'PKL', 'pkl', 'Pkl', 'gak', 'GAK', 'Raffi', 'raffi', 'mantaaap', '#Banjir', '#banjir', '!!', '!', '12', 'iPhone');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), (ws) => {
        const tape = tk.tape(ws.join(' '));
        const byKey = new Map<number, string>();
        for (let k = 0; k < tape.count; k++) {
          const key = tape.key(k);
          if (key < 0) continue;
          const seen = byKey.get(key);
          if (seen !== undefined && seen !== `${tape.type(k)}:${tape.norm(k)}`) return false;
          byKey.set(key, `${tape.type(k)}:${tape.norm(k)}`);
        }
        return true;
      }),
    );
  });

  it('keeps surfaces exact when the same word comes in several cases', () => {
    const tk = createTapeTokenizer({});
    const tape = tk.tape('Jalan jalan JALAN Jalan');
    expect([0, 1, 2, 3].map((k) => tape.text(k))).toEqual(['Jalan', 'jalan', 'JALAN', 'Jalan']);
  });

  it('stays correct past the vocabulary bound, then clears it before the next text', () => {
    const tk = createTapeTokenizer({ normalize: false });
    const words = Array.from({ length: MAX_IDS + 5000 }, (_, i) => `k${i.toString(36)}`);
    const text = words.join(' ');
    const tape = tk.tape(text);
    const g = tape.memoGeneration;
    expect(tape.count).toBe(words.length);
    // the words past the bound get no id (-1) but still read correctly
    expect(tape.key(words.length - 1)).toBe(-1);
    expect(tape.norm(words.length - 1)).toBe(words[words.length - 1]);
    expect(tape.text(10)).toBe(words[10]);
    const next = tk.tape('Jalan rusak');
    expect(next.memoGeneration).toBe(g + 1);
    expect(next.tokens().map((t) => t.norm)).toEqual(['jalan', 'rusak']);
  });

  it('adapts caller tokens with no memo keys', () => {
    const toks = tokenize('Jalan rusak');
    const src = tokenArraySource(toks);
    expect(src.count).toBe(2);
    expect([src.norm(0), src.text(1), src.key(0), src.memoScope]).toEqual(['jalan', 'rusak', -1, undefined]);
  });
});
