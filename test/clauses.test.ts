import { describe, expect, it } from 'vitest';
import { attributeByClause, clauseBlocks, clauseSpans, clauseSpansOf, scoreAttributed } from '../src/clauses';
import { analyze } from '../src/analyze';
import { splitSentences } from '../src/text/sentences';
import { tokenize } from '../src/text/tokenize';

describe('clauses', () => {
  it('cuts sentences at contrast words, slang included', () => {
    const text = 'Petugasnya ramah tp antrenya lama. Besok lagi';
    expect(clauseSpans(text, splitSentences(text), tokenize(text)).map((c) => c.text)).toEqual(['Petugasnya ramah', 'tp antrenya lama.', 'Besok lagi']);
    // without tokens, ASCII words are scanned directly
    expect(clauseSpans(text, splitSentences(text)).length).toBe(3);
    expect(clauseBlocks(text, splitSentences(text), tokenize(text))[0]!.bounds[0]).toBe(0);
  });

  it('gives clause hits to the clause anchor, anchor-less clauses to the sentence, and sentences to the only key', () => {
    const text = 'A bagus. B jelek tapi lumayan. Parah sekali';
    const hits = [
      { start: 2, w: 1 },
      { start: 11, w: -1 },
      { start: 22, w: 0.5 },
      { start: 31, w: -2 },
    ];
    const by = attributeByClause({ text, sentences: splitSentences(text), hits, anchors: [{ key: 'a', start: 0 }, { key: 'b', start: 9 }] });
    expect(by.get('a')!.hits.map((h) => h.start)).toEqual([2]);
    // B's sentence: both clauses go to b (the second has no anchor), the last sentence has no anchor and two keys exist
    expect(by.get('b')!.hits.map((h) => h.start)).toEqual([11, 22]);
    const one = attributeByClause({ text, sentences: splitSentences(text), hits, anchors: [{ key: 'b', start: 9 }] });
    expect(one.get('b')!.hits.map((h) => h.start)).toEqual([2, 11, 22, 31]);
  });

  it('targets computed through the shared module are unchanged', () => {
    const a = analyze('Dinkes sigap, tapi Dishub lamban.');
    expect(a.targets.map((t) => [t.id, t.label, t.spans.map((s) => s.text)])).toEqual([
      ['dinas.kesehatan', 'positive', ['Dinkes sigap']],
      ['dinas.perhubungan', 'negative', ['tapi Dishub lamban.']],
    ]);
  });

  it('scores like the scorer', () => {
    expect(scoreAttributed([], 6, 0.2, -0.2)).toEqual({ score: 0, compound: 0, label: 'neutral' });
  });
});

describe('one anchor key', () => {
  it('attributeByClause gives it every hit and every non-empty clause (what clauseSpansOf lists)', () => {
    const texts = ['Air mati, tapi petugas cepat datang. Terima kasih!', 'Jalan rusak; tp sudah ditambal.  Mantap', ', ; tapi', ''];
    for (const text of texts) {
      const sentences = splitSentences(text);
      const tokens = tokenize(text);
      const hits = analyze(text).sentiment.hits;
      const blocks = clauseBlocks(text, sentences, tokens);
      for (const start of [0, Math.max(0, text.length - 3)]) {
        const got = attributeByClause({ text, sentences, hits, anchors: [{ key: 'k', start }], blocks }).get('k')!;
        expect(got.hits).toEqual(hits);
        expect(got.spans).toEqual(clauseSpansOf(text, blocks));
      }
    }
  });
});
