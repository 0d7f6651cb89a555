import { describe, expect, it } from 'vitest';
import { createSkeletonIndex, expandSkeleton, nasalReducedSkeleton, skeletonOf } from '../../src/text/skeleton';

describe('skeletons', () => {
  it('drop vowels', () => {
    expect(skeletonOf('banjir')).toBe('bnjr');
    expect(skeletonOf('sebenarnya')).toBe('sbnrny');
  });
  it('the reduced one also drops an n before a consonant, but not the n of ny', () => {
    expect(nasalReducedSkeleton('kantor')).toBe('ktr');
    expect(nasalReducedSkeleton('langsung')).toBe('lgsg');
    expect(nasalReducedSkeleton('nyanyi')).toBe('nyny');
  });
});

describe('expandSkeleton', () => {
  const idx = createSkeletonIndex([
    ['banjir', 40],
    ['bulan', 50],
    ['bilang', 4],
    ['tempat', 90],
    ['kotor', 40],
    ['kantor', 50],
    ['sebenarnya', 12],
    ['langka', 2],
    ['langsung', 30],
  ]);
  it('expands a vowel-dropped token to its only frequent word', () => {
    expect(expandSkeleton('bnjr', idx)).toBe('banjir');
    expect(expandSkeleton('tmpt', idx)).toBe('tempat');
    expect(expandSkeleton('sbnrnya', idx)).toBe('sebenarnya');
    expect(expandSkeleton('blnnya', idx)).toBeUndefined(); // no such word counted
    expect(expandSkeleton('lgsg', idx)).toBe('langsung');
  });
  it('leaves an ambiguous token alone (kotor and kantor are close)', () => {
    const idx4 = createSkeletonIndex([['kotoran', 40], ['kantoran', 50]]);
    expect(expandSkeleton('ktrn', idx4)).toBeUndefined();
  });
  it('never expands three letters or fewer (kpk, dpr are acronyms as often as words)', () => {
    expect(expandSkeleton('bln', idx)).toBeUndefined();
    expect(expandSkeleton('ktr', idx)).toBeUndefined();
  });
  it('never invents: unknown skeletons and rare words stay', () => {
    expect(expandSkeleton('xyz', idx)).toBeUndefined();
    expect(expandSkeleton('lgk', idx)).toBeUndefined(); // langka is under the floor
  });
  it('needs the same first letter and the token letters in order', () => {
    expect(expandSkeleton('ntmpt', idx)).toBeUndefined();
    expect(expandSkeleton('tpmt', idx)).toBeUndefined();
  });
});
