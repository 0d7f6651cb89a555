import { describe, expect, it } from 'vitest';
import { clearVocab, createVocab, internHashed, internSpan, MAX_LEN } from '../../src/text/intern';
import { scanArrays } from '../../src/text/scan';

const WORD = 0;
const HASHTAG = 5;

/** Interns the whole string `s` as one token of `kind`. */
const id = (v: ReturnType<typeof createVocab>, s: string, kind = WORD): number => internSpan(v, s, 0, s.length, kind);

describe('vocabulary (interning by char codes)', () => {
  it('folds ASCII case for words and keys them by the folded surface', () => {
    const v = createVocab();
    const a = id(v, 'Jalan');
    expect(id(v, 'jalan')).toBe(a);
    expect(id(v, 'JALAN')).toBe(a);
    expect(v.keys[a]).toBe('jalan');
    expect(v.size).toBe(1);
  });

  it('interns a span inside a longer text without slicing it first', () => {
    const v = createVocab();
    const text = 'jalan Jalan rusak';
    expect(internSpan(v, text, 0, 5, WORD)).toBe(internSpan(v, text, 6, 11, WORD));
    expect(internSpan(v, text, 12, 17, WORD)).not.toBe(internSpan(v, text, 0, 5, WORD));
  });

  it('keeps non-ASCII case and every other kind exact, and the kind is part of the key', () => {
    const v = createVocab();
    expect(id(v, 'École')).not.toBe(id(v, 'école'));
    expect(id(v, '#Banjir', HASHTAG)).not.toBe(id(v, '#banjir', HASHTAG));
    expect(v.keys[id(v, '#Banjir', HASHTAG)]).toBe('#Banjir');
    // the same characters as a word and as a hashtag body are two entries
    expect(id(v, 'banjir', WORD)).not.toBe(id(v, 'banjir', HASHTAG));
  });

  it('treats prototype property names as ordinary keys', () => {
    const v = createVocab();
    const ids = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'].map((w) => id(v, w));
    expect(new Set(ids).size).toBe(4);
    expect(ids.map((i) => v.keys[i])).toEqual(['__proto__', 'constructor', 'tostring', 'hasownproperty']);
  });

  it('gives no id to a surface longer than MAX_LEN', () => {
    const v = createVocab();
    expect(id(v, 'a'.repeat(MAX_LEN))).toBeGreaterThanOrEqual(0);
    expect(id(v, 'a'.repeat(MAX_LEN + 1))).toBe(-1);
  });

  it('keeps every entry retrievable while the table grows (no lost or merged keys)', () => {
    const v = createVocab();
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`);
    const ids = words.map((w) => id(v, w));
    expect(new Set(ids).size).toBe(words.length);
    words.forEach((w, i) => {
      expect(id(v, w.toUpperCase())).toBe(ids[i]);
      expect(v.keys[ids[i]!]).toBe(w);
    });
  });

  it('clearing forgets every id and bumps the generation', () => {
    const v = createVocab();
    id(v, 'jalan');
    const g = v.generation;
    clearVocab(v);
    expect(v.generation).toBe(g + 1);
    expect(v.size).toBe(0);
    expect(id(v, 'rusak')).toBe(0);
    expect(v.keys[0]).toBe('rusak');
  });

  it("agrees with the scanner's word hashes (computed while scanning): one id per word, whichever path found it", () => {
    const text = 'Bagus bagus BAGUS bagus@ jalan2 Jalan kupu-kupu Dinkes dinkes. ' + 'abcdefghijklmnopqrstuvwxyzabcdefgh mantap';
    const r = scanArrays(text);
    const v = createVocab();
    let hashed = 0;
    for (let k = 0; k < r.count; k++) {
      const a = internSpan(v, text, r.starts[k]!, r.ends[k]!, r.types[k]!);
      if (r.uppers[k] === 255) continue;
      hashed++;
      const size = v.size;
      expect(internHashed(v, text, r.starts[k]!, r.ends[k]!, 0, r.hashes[k]!)).toBe(a);
      expect(v.size).toBe(size);
    }
    expect(hashed).toBeGreaterThanOrEqual(6);
  });
});
