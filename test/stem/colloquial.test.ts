import { describe, expect, it } from 'vitest';
import { stemColloquial } from '../../src/stem/colloquial';
import { stem } from '../../src/stem';
import { isKnownWord } from '../../src/stem/known-word';

describe('stemColloquial', () => {
  const dict = new Set(['dengar', 'lapor', 'kerja', 'cari', 'sari', 'keluar', 'luar', 'tunggu', 'beli', 'bersih']);
  it('strips -in, with the Jakarta e for a', () => {
    expect(stemColloquial('dengerin', dict)).toBe('dengar');
    expect(stemColloquial('laporin', dict)).toBe('lapor');
  });
  it('reads nge-/ng-/ny-/n- prefixes', () => {
    expect(stemColloquial('ngerjain', dict)).toBe('kerja');
    expect(stemColloquial('ngeluarin', dict)).toBe('keluar');
    expect(stemColloquial('nungguin', dict)).toBe('tunggu');
    expect(stemColloquial('ngebersihin', dict)).toBe('bersih');
  });
  it('reads ny- as c- for the common c-roots (nyariin is cari, not sari)', () => {
    expect(stemColloquial('nyariin', dict)).toBe('cari');
  });
  it('stems formal affixes left on (dibeliin → beli)', () => {
    expect(stemColloquial('dibeliin', dict)).toBe('beli');
  });
  it('returns null without a root or a colloquial shape', () => {
    expect(stemColloquial('xyzin', dict)).toBeNull();
    expect(stemColloquial('lapor', dict)).toBeNull();
  });
});

describe('colloquial forms in the default stemmer', () => {
  it('stems them', () => {
    expect(stem('dengerin')).toBe('dengar');
    expect(stem('ngerjain')).toBe('kerja');
  });
  it('are not known formal words, so the normalizer still rewrites them', () => {
    expect(isKnownWord('dengerin')).toBe(false);
    expect(isKnownWord('laporin')).toBe(false);
    expect(isKnownWord('mendengarkan')).toBe(true);
  });
});
