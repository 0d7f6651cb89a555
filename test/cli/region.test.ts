import { describe, expect, it } from 'vitest';
import { resolveRegion } from '../../src/cli/region';
import { resolveRegionName } from '../../src/entities/region-name';

describe('--region resolves names the way the library does', () => {
  it.each(['Kab. Bangka', 'babel', 'Kota  Bogor', 'Kota Bogor', 'Pangkalpinang', '19.71'])('%s: same code as defaultRegion', (q) => {
    const lib = resolveRegionName(q);
    expect(lib).toHaveProperty('code');
    expect(resolveRegion(q)).toEqual(lib);
  });

  it.each(['99.99', '19.71.01', 'Atlantis', 'Bogor'])('%s is refused with a message naming --region', (q) => {
    const r = resolveRegion(q);
    expect(r).toHaveProperty('error');
    expect('error' in r && r.error.startsWith(`--region "${q}"`)).toBe(true);
  });
});
