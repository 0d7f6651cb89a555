/**
 * Sentiment accuracy on labelled sets, through the same code as
 * `npm run eval`. These are REGRESSION GUARDS: each floor is the macro-F1
 * the scorer actually reached when this test was written, minus a small
 * margin (0.02), so a lexicon or rule change that loses accuracy fails here.
 * They are not the project's targets (SmSA ≥ 0.80, IndoLEM ≥ 0.75 are not
 * reached yet: see the sentiment notes).
 *
 * Reached (third pass: reportage damps `event` words, polite closing,
 * rhetorical mana, hitung cepat / tanggap darurat compounds; before it:
 * 0.743 / 0.658 / 0.911):
 *   SmSA valid_preprocess.tsv (3-class)           0.748   (@nlpjs lang-id 0.526)
 *   IndoLEM fold0 dev0.csv (binary, neutral=wrong) 0.660   (@nlpjs lang-id 0.576)
 *   fixtures/sentiment/local-gov.tsv (3-class)     0.918   (@nlpjs lang-id 0.635)
 * With `binary: true` (not the acceptance figure; second pass, not re-measured): IndoLEM dev0 0.699.
 *
 * Data: ../shared/data/sentiment (not shipped; skipped when absent). The
 * fixture lives in the repo and always runs.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFile } from '../../scripts/eval-sentiment';

const dir = path.resolve(__dirname, '../../../shared/data');
const smsa = path.join(dir, 'sentiment/smsa/valid_preprocess.tsv');
const indolem = path.join(dir, 'sentiment/indolem-fold0/dev0.csv');
const has = existsSync(smsa) && existsSync(indolem);
if (!has) console.warn('[suara] ../shared/data absent: skipping SmSA / IndoLEM sentiment accuracy');

const fixture = path.resolve(__dirname, '../../fixtures/sentiment/local-gov.tsv');

describe('sentiment accuracy on the local-government fixture (regression guard)', () => {
  it('macro-F1 ≥ 0.898 (reached 0.918)', () => {
    const r = evaluateFile(fixture);
    expect(r.n).toBeGreaterThanOrEqual(200);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.898);
  });
});

describe.skipIf(!has)('sentiment accuracy on public sets (regression guards)', () => {
  it('SmSA valid: macro-F1 ≥ 0.728 (reached 0.748)', () => {
    const r = evaluateFile(smsa);
    expect(r.n).toBe(1260);
    expect(r.binary).toBe(false);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.728);
  });

  it('IndoLEM fold0 dev: macro-F1 ≥ 0.640 with neutral counted wrong (reached 0.660)', () => {
    const r = evaluateFile(indolem);
    expect(r.n).toBe(399);
    expect(r.binary).toBe(true);
    expect(r.macroF1).toBeGreaterThanOrEqual(0.640);
  });
});
