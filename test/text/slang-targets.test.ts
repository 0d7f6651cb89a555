/**
 * Every slang target must be a known word (scripts/slang-targets.ts): a
 * target that is not is a data error, like IndoCollex's `bersihin →
 * membersihkah`. scripts/import-indocollex.ts fixes or drops such rows; this
 * test keeps them from coming back, in either table.
 */
import { describe, expect, it } from 'vitest';
import { data as indocollex } from '../../src/lexicons/generated/text-slang-indocollex';
import { data as suara } from '../../src/lexicons/generated/text-slang-suara';
import { parseTsv } from '../../src/lexicons/tsv';
import { isKnownTargetWord, unknownTargetWords } from '../../scripts/slang-targets';

describe('slang targets', () => {
  it('rejects misspelt targets and accepts real ones', () => {
    expect(isKnownTargetWord('membersihkah')).toBe(false);
    expect(isKnownTargetWord('membersihkan')).toBe(true);
    expect(isKnownTargetWord('ibu-ibu')).toBe(true);
    expect(unknownTargetWords('tidak ada')).toEqual([]);
  });
  it.each([
    ['slang-indocollex.tsv', indocollex],
    ['slang-suara.tsv', suara],
  ])('every target in %s is a known word', (_name, data) => {
    const bad = parseTsv(data)
      .rows.filter((r) => r['formal'] !== '-')
      .filter((r) => unknownTargetWords(r['formal']!).length > 0)
      .map((r) => `${r['informal']}→${r['formal']}`);
    expect(bad).toEqual([]);
  });
});
