import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/text/normalize';

describe('normalize', () => {
  it('joins the norms of word-like tokens with single spaces', () => {
    expect(normalize('Pelayanannya lemot bgt!!! yg antri byk 😡 @pemkot https://x.id')).toBe('pelayanannya lambat banget yang antre banyak');
  });
  it('keeps hashtags as segmented words, laughter and numbers', () => {
    expect(normalize('wkwk #PangkalpinangHebat 2.500')).toBe('wkwk pangkalpinang hebat 2.500');
  });
  it('throws TypeError for non-strings', () => {
    expect(() => normalize(5 as unknown as string)).toThrow(TypeError);
  });
  it('is idempotent: normalizing a normalized text changes nothing', () => {
    const alphabet = fc.constantFrom(...'aAkwgbtyu2 .-#:)😡\u200b\ud800'.split(''), 'gak', 'bgt', 'yg', 'mantaaap', 'anak2', 'Kab.', 'S.Sos.', '#JalanRusak', 'dll.', 's3m4ngat', 'gpp', 'kominfo', 'İ', 'ẞ');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.array(alphabet, { maxLength: 30 }).map((a) => a.join(''))), (s) => {
        const once = normalize(s);
        expect(normalize(once)).toBe(once);
      }),
      { numRuns: 800 },
    );
  });
});
