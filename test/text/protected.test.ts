import { describe, expect, it } from 'vitest';
import { entityAliasWords } from '../../src/entities/index';
import { slangMap } from '../../src/text/lexicon';
import { isProtectedWord } from '../../src/text/protected';
import { tokenize } from '../../src/text/tokenize';

/**
 * Alias words the slang table may rewrite in token norms without harm (the
 * tagger matches the original surface, and these expansions are correct).
 */
const HARMLESS = new Set(['pr', 'blh', 'kp', 'prov', 'kab', 'dirut', 'suroboyo']);

describe('protected words', () => {
  it('protects agency abbreviations from slang', () => {
    for (const w of ['kominfo', 'dishub', 'satpol', 'pemkot', 'dinsos']) {
      expect(isProtectedWord(w)).toBe(true);
      expect(tokenize(w)[0]!.norm).toBe(w);
    }
  });
  it('every entity alias word that slang would rewrite is protected or explicitly harmless', () => {
    const exposed = [...entityAliasWords()].filter((w) => slangMap().has(w) && !isProtectedWord(w) && !HARMLESS.has(w));
    expect(exposed).toEqual([]);
  });
  it('keeps region abbreviations (IndoCollex maps sulteng to the wrong province)', () => {
    expect(tokenize('sulteng jatim babel')[0]!.norm).toBe('sulteng');
  });
});
