import { describe, expect, it } from 'vitest';
import { formatDate, readDate } from '../../../src/cli/read/dates';

const wib = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 7, min);

describe('readDate', () => {
  it('ISO with and without time; date-only is local midnight in the zone', () => {
    expect(readDate('2026-10-01', 'Asia/Jakarta')).toBe(wib(2026, 10, 1));
    expect(readDate('2026-10-01T09:35', 'Asia/Jakarta')).toBe(wib(2026, 10, 1, 9, 35));
    expect(readDate('2026-10-01T09:35:00Z', 'Asia/Jakarta')).toBe(Date.UTC(2026, 9, 1, 9, 35));
    expect(readDate('2026-10-01', 'Asia/Jayapura')).toBe(Date.UTC(2026, 8, 30, 15));
  });

  it('Unix seconds and milliseconds by magnitude, as numbers or digit strings', () => {
    expect(readDate(1725148800, 'UTC')).toBe(1725148800000);
    expect(readDate(1725148800000, 'UTC')).toBe(1725148800000);
    expect(readDate('1725148800', 'UTC')).toBe(1725148800000);
    expect(readDate(1725148800.5, 'UTC')).toBe(1725148800500);
  });

  it('dd/mm/yyyy (also - and .), with an optional time', () => {
    expect(readDate('01/10/2026', 'Asia/Jakarta')).toBe(wib(2026, 10, 1));
    expect(readDate('1-10-2026', 'Asia/Jakarta')).toBe(wib(2026, 10, 1));
    expect(readDate('01.10.2026 09.35', 'Asia/Jakarta')).toBe(wib(2026, 10, 1, 9, 35));
    expect(readDate('31/02/2026', 'WIB')).toBe('no such day');
  });

  it('d Bulan yyyy in Indonesian and English, abbreviations, weekday, pukul and a zone word', () => {
    for (const s of ['1 Oktober 2026', '1 October 2026', '1 Okt 2026', '1 oct. 2026', 'Kamis, 1 Oktober 2026']) {
      expect(readDate(s, 'Asia/Jakarta'), s).toBe(wib(2026, 10, 1));
    }
    expect(readDate('17 Agustus 2026 pukul 08.00 WIB', 'UTC')).toBe(wib(2026, 8, 17, 8));
    expect(readDate('5 Mei 2026, 14:30 WITA', 'UTC')).toBe(Date.UTC(2026, 4, 5, 6, 30));
    expect(readDate('1 Konstruktor 2026', 'WIB')).toBe('unknown month "Konstruktor"');
    expect(readDate('1 constructor 2026', 'WIB')).toBe('unknown month "constructor"');
  });

  it('years outside 1900–2100 and non-dates are reasons, never numbers', () => {
    expect(readDate(8640000000000000, 'UTC')).toMatch(/outside 1900–2100/);
    expect(readDate('3026-01-01', 'UTC')).toMatch(/year 3026 is outside/);
    expect(readDate('01/01/1899', 'UTC')).toMatch(/year 1899/);
    expect(readDate('1900-01-01', 'Asia/Jakarta')).toBe(Date.UTC(1899, 11, 31, 17));
    expect(readDate('kemarin sore', 'UTC')).toMatch(/not a date/);
    expect(readDate(Number.NaN, 'UTC')).toMatch(/finite/);
    expect(readDate(true, 'UTC')).toMatch(/boolean/);
  });
});

describe('formatDate', () => {
  it('writes wall time in the zone with its offset', () => {
    expect(formatDate(wib(2026, 10, 1), 'Asia/Jakarta')).toBe('2026-10-01T00:00:00+07:00');
    expect(formatDate(Date.UTC(2026, 9, 1, 1, 2, 3, 450), 'WITA')).toBe('2026-10-01T09:02:03.450+08:00');
    expect(formatDate(Date.UTC(2026, 9, 1), 'UTC')).toBe('2026-10-01T00:00:00Z');
  });
});
