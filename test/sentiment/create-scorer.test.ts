import { describe, expect, it } from 'vitest';
import { createSentimentScorer, scoreSentiment } from '../../src/sentiment/index';

describe('createSentimentScorer', () => {
  it('overrides add and replace words, phrases included', () => {
    const sc = createSentimentScorer({ overrides: { banjir: 0, 'air keruh lagi': -4, hore: 2 } });
    expect(sc.score('banjir').label).toBe('neutral');
    expect(sc.score('air keruh lagi').hits[0]!.lemma).toBe('air keruh lagi');
    expect(sc.score('hore').label).toBe('positive');
    // the built-in scorer is unaffected
    expect(scoreSentiment('hore').label).toBe('neutral');
  });

  it('accepts a Map and an array of pairs', () => {
    expect(createSentimentScorer({ overrides: new Map([['hore', 2]]) }).score('hore').label).toBe('positive');
    expect(createSentimentScorer({ overrides: [['hore', -2]] }).score('hore').label).toBe('negative');
  });

  it('lexicon replaces the built-in words', () => {
    const sc = createSentimentScorer({ lexicon: { hore: 3 }, stem: false });
    expect(sc.score('bagus').label).toBe('neutral');
    expect(sc.score('hore').label).toBe('positive');
    expect(sc.score('tidak hore').label).toBe('negative');
  });

  it('__proto__ and constructor as user keys are ordinary terms', () => {
    const entries = JSON.parse('{"__proto__": 3, "constructor": -3}') as Record<string, number>;
    const sc = createSentimentScorer({ overrides: entries });
    expect(sc.score('__proto__').label).toBe('positive');
    expect(sc.score('constructor').label).toBe('negative');
  });

  it('invalid entries throw an error naming the key', () => {
    expect(() => createSentimentScorer({ overrides: { bagus: 9 } })).toThrow(/overrides\["bagus"\]/);
    expect(() => createSentimentScorer({ overrides: { bagus: Number.NaN } })).toThrow(/overrides\["bagus"\]/);
    expect(() => createSentimentScorer({ overrides: { jelek: 'x' as unknown as number } })).toThrow(/overrides\["jelek"\]/);
    expect(() => createSentimentScorer({ overrides: [['a', 1, 2] as unknown as [string, number]] })).toThrow(/overrides\[0\]/);
  });

  it('invalid options throw TypeError naming the field', () => {
    expect(() => createSentimentScorer({ alpha: -1 })).toThrow(/alpha/);
    expect(() => createSentimentScorer({ thresholds: { positive: 2 } })).toThrow(/thresholds\.positive/);
    expect(() => createSentimentScorer({ nope: true } as never)).toThrow(TypeError);
    expect(() => createSentimentScorer({ rules: { alpha: 'x' } as never })).toThrow(/rules\.alpha/);
  });

  it('thresholds and alpha change labels and compound', () => {
    const strict = createSentimentScorer({ thresholds: { positive: 0.9, negative: -0.9 } });
    expect(strict.score('lumayan').label).toBe('neutral');
    const loose = createSentimentScorer({ alpha: 1 });
    expect(loose.score('bagus').compound).toBeGreaterThan(scoreSentiment('bagus').compound);
  });

  it('rules can be replaced table by table', () => {
    const sc = createSentimentScorer({ rules: { intensifiers: { ekstrem: 2 }, intensifierPosition: { ekstrem: 'after' } } });
    expect(sc.score('bagus ekstrem').compound).toBeGreaterThan(sc.score('bagus').compound);
    expect(sc.score('sangat bagus').compound).toBe(sc.score('bagus').compound);
  });

  it('stem: false disables the stem fallback; a custom stemmer is used', () => {
    expect(createSentimentScorer({ stem: false }).score('dikecewakan').label).toBe('neutral');
    expect(createSentimentScorer({ stem: (w) => (w === 'kerenan' ? 'keren' : w) }).score('kerenan').label).toBe('positive');
  });

  it('slang that expands to several words is looked up whole (kopdar → kopi darat)', () => {
    const sc = createSentimentScorer({ overrides: { 'kopi darat': 2 } });
    expect(sc.score('kopdar yuk').label).toBe('positive');
  });

  it('a custom tokenizer is used by score()', () => {
    const sc = createSentimentScorer({ tokenize: (text) => [{ text, norm: 'bagus', type: 'word', start: 0, end: text.length }] });
    expect(sc.score('apa saja').label).toBe('positive');
  });

  it('createSentimentScorer() without options works', () => {
    expect(createSentimentScorer().score('bagus').label).toBe('positive');
  });

  it('binary: neutral becomes the sign of the raw score, zero becomes binaryTie; score and hits unchanged', () => {
    const three = createSentimentScorer();
    const bin = createSentimentScorer({ binary: true });
    // one weak word: neutral by the thresholds, but it has a sign
    const weak = createSentimentScorer({ overrides: { agak: 0, hmm: -0.2 } });
    expect(weak.score('hmm').label).toBe('neutral');
    expect(createSentimentScorer({ overrides: { hmm: -0.2 }, binary: true }).score('hmm').label).toBe('negative');
    expect(three.score('rapat dimulai pukul sembilan').label).toBe('neutral');
    expect(bin.score('rapat dimulai pukul sembilan').label).toBe('positive');
    expect(createSentimentScorer({ binary: true, binaryTie: 'negative' }).score('rapat dimulai pukul sembilan').label).toBe('negative');
    expect(bin.score('bagus').label).toBe('positive');
    expect(bin.score('tidak bagus').label).toBe('negative');
    expect(bin.score('bagus').score).toBe(three.score('bagus').score);
  });

  it('binary options are validated and name the field', () => {
    expect(() => createSentimentScorer({ binary: 'yes' as unknown as boolean })).toThrow(/binary/);
    expect(() => createSentimentScorer({ binaryTie: 'neutral' as unknown as 'positive' })).toThrow(/binaryTie/);
  });
});
