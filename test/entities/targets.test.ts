import { describe, expect, it } from 'vitest';
import { targetSentiments } from '../../src/entities/targets';
import { tagEntities } from '../../src/entities';
import type { SentimentHit, SentimentResult } from '../../src/sentiment/types';
import type { Span } from '../../src/text/types';

function hit(text: string, word: string, weight: number, from = 0): SentimentHit {
  const start = text.indexOf(word, from);
  return { text: word, start, end: start + word.length, norm: word, lemma: word, weight, rules: [] };
}
function result(hits: SentimentHit[]): SentimentResult {
  const score = hits.reduce((a, h) => a + h.weight, 0);
  return { score, compound: 0, label: 'neutral', hits };
}
function sentence(text: string, start = 0, end = text.length): Span {
  return { text: text.slice(start, end), start, end };
}

describe('targetSentiments', () => {
  it('splits at contrast words: each side goes to the agency of its clause', () => {
    const text = 'Dinkes sigap, tapi Dishub lamban.';
    const t = targetSentiments({ text, sentences: [sentence(text)], sentiment: result([hit(text, 'sigap', 2), hit(text, 'lamban', -2)]), mentions: tagEntities(text) });
    expect(t.map((x) => [x.id, x.label, x.score])).toEqual([
      ['dinas.kesehatan', 'positive', 2],
      ['dinas.perhubungan', 'negative', -2],
    ]);
    expect(t[0]!.spans.map((s) => s.text)).toEqual(['Dinkes sigap']);
    expect(t[1]!.spans.map((s) => s.text)).toEqual(['tapi Dishub lamban.']);
  });

  it('a clause without a mention goes to its sentence’s agencies', () => {
    const text = 'Satpol PP datang cepat, namun kasar.';
    const t = targetSentiments({ text, sentences: [sentence(text)], sentiment: result([hit(text, 'cepat', 1), hit(text, 'kasar', -3)]), mentions: tagEntities(text) });
    expect(t).toHaveLength(1);
    expect(t[0]).toMatchObject({ id: 'satpolpp', score: -2, label: 'negative' });
  });

  it('a sentence without a mention goes to the text’s only agency, not to one of several', () => {
    const text = 'Lapor ke Dishub. Lampu jalan mati sebulan!';
    const s2 = text.indexOf('Lampu');
    const one = targetSentiments({ text, sentences: [sentence(text, 0, 16), sentence(text, s2)], sentiment: result([hit(text, 'mati', -2)]), mentions: tagEntities(text) });
    expect(one[0]).toMatchObject({ id: 'dinas.perhubungan', score: -2 });
    const text2 = 'Dishub dan Dinkes rapat. Hasilnya buruk.';
    const s = text2.indexOf('Hasilnya');
    const two = targetSentiments({ text: text2, sentences: [sentence(text2, 0, s - 1), sentence(text2, s)], sentiment: result([hit(text2, 'buruk', -2)]), mentions: tagEntities(text2) });
    expect(two.map((x) => x.score)).toEqual([0, 0]);
    expect(two.map((x) => x.label)).toEqual(['neutral', 'neutral']);
  });

  it('merges repeated mentions of one agency; regions are not targets', () => {
    const text = 'Dinkes Babel bagus. Dinkes Babel cepat. Warga Bateng senang.';
    const ms = tagEntities(text);
    const t = targetSentiments({ text, sentences: [sentence(text, 0, 19), sentence(text, 20, 39), sentence(text, 40)], sentiment: result([hit(text, 'bagus', 1), hit(text, 'cepat', 1), hit(text, 'senang', 1)]), mentions: ms });
    expect(t).toHaveLength(1);
    expect(t[0]!.mentions).toHaveLength(2);
    expect(t[0]!.id).toBe('dinas.kesehatan');
    expect(t[0]!.score).toBe(3); // the third sentence has no agency: it goes to the text's only one
  });

  it('uses token norms for slang contrast words (tp → tapi)', () => {
    const text = 'Dinkes oke tp Dishub jelek';
    const tokens = text.split(' ').map((w) => {
      const start = text.indexOf(w);
      return { text: w, norm: w === 'tp' ? 'tapi' : w.toLowerCase(), type: 'word' as const, start, end: start + w.length };
    });
    const t = targetSentiments({ text, tokens, sentences: [sentence(text)], sentiment: result([hit(text, 'oke', 1), hit(text, 'jelek', -2)]), mentions: tagEntities(text) });
    expect(t.map((x) => x.score)).toEqual([1, -2]);
  });

  it('no agencies → no targets', () => {
    const text = 'Cuaca cerah.';
    expect(targetSentiments({ text, sentences: [sentence(text)], sentiment: result([]), mentions: [] })).toEqual([]);
  });
});
