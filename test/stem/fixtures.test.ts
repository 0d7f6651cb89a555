/**
 * fixtures/stem/words.tsv: words from government news and complaints,
 * written for suara, with the root we expect and why.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../src/lexicons/tsv';
import { stem } from '../../src/stem';

const { rows, issues } = parseTsv(readFileSync(path.resolve(__dirname, '../../fixtures/stem/words.tsv'), 'utf8'));

describe('stem fixture (government news and complaints)', () => {
  it('is well formed and has at least 150 words', () => {
    expect(issues).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(150);
    for (const must of ['memakan', 'mengenal', 'menunjukkan', 'penurunan', 'memadamkan', 'kerusakan', 'pelayanan', 'dikeluhkan', 'anak-anak', 'berlari-lari', 'program-program']) {
      expect(rows.some((r) => r.word === must)).toBe(true);
    }
  });

  it.each(rows.map((r) => [r.word!, r.expected_root!, r.why!] as const))('%s → %s (%s)', (word, root) => {
    expect(stem(word)).toBe(root);
  });
});
