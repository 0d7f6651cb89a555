import { describe, expect, it } from 'vitest';
import { resolveRegionName } from '../../src/entities/region-name';

describe('resolveRegionName', () => {
  it('accepts codes and official names in any case and spacing', () => {
    expect(resolveRegionName('19.71')).toEqual({ code: '19.71' });
    expect(resolveRegionName('Kota Bogor')).toEqual({ code: '32.71' });
    expect(resolveRegionName('  kota   BOGOR ')).toEqual({ code: '32.71' });
    expect(resolveRegionName('Kabupaten Bogor')).toEqual({ code: '32.01' });
  });

  it('accepts a bare name or alias when only one region has it, and short level words', () => {
    expect(resolveRegionName('Pangkalpinang')).toEqual({ code: '19.71' });
    expect(resolveRegionName('Babel')).toEqual({ code: '19' });
    expect(resolveRegionName('Kab. Bogor')).toEqual({ code: '32.01' });
    expect(resolveRegionName('Kab Bangka Tengah')).toEqual({ code: '19.04' });
  });

  it('explains ambiguous and unknown input instead of guessing', () => {
    const amb = resolveRegionName('Bogor');
    expect('error' in amb && amb.error).toMatch(/ambiguous.*Kabupaten Bogor \(32\.01\).*Kota Bogor \(32\.71\)/);
    expect('error' in resolveRegionName('99.99')).toBe(true);
    expect('error' in resolveRegionName('Kota Atlantis')).toBe(true);
    expect('error' in resolveRegionName('constructor')).toBe(true);
    expect(() => resolveRegionName(42 as unknown as string)).toThrow(/"input"/);
  });
});
