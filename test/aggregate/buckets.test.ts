import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketIndex, bucketLabel, bucketUnitOf, parseDate, timeZoneOffsetHours } from '../../src/aggregate/buckets';

const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);

describe('time zones', () => {
  it('uses the fixed Indonesian offsets', () => {
    expect(timeZoneOffsetHours('Asia/Jakarta')).toBe(7);
    expect(timeZoneOffsetHours('WIB')).toBe(7);
    expect(timeZoneOffsetHours('Asia/Makassar')).toBe(8);
    expect(timeZoneOffsetHours('WITA')).toBe(8);
    expect(timeZoneOffsetHours('Asia/Jayapura')).toBe(9);
    expect(timeZoneOffsetHours('WIT')).toBe(9);
    expect(timeZoneOffsetHours('UTC')).toBe(0);
  });

  it('one instant falls on different local days in WIB, WITA, WIT', () => {
    const t = utc(2024, 3, 5, 15, 30); // 22:30 WIB, 23:30 WITA, 00:30 next day WIT
    expect(bucketLabel(t, 'day', 'Asia/Jakarta')).toBe('2024-03-05');
    expect(bucketLabel(t, 'day', 'Asia/Makassar')).toBe('2024-03-05');
    expect(bucketLabel(t, 'day', 'Asia/Jayapura')).toBe('2024-03-06');
    expect(bucketLabel(t, 'hour', 'Asia/Jakarta')).toBe('2024-03-05T22');
    expect(bucketLabel(t, 'hour', 'Asia/Jayapura')).toBe('2024-03-06T00');
  });

  it('has no DST: the same UTC hour maps to the same local hour all year', () => {
    for (let month = 1; month <= 12; month++) {
      expect(bucketLabel(utc(2024, month, 10, 3), 'hour', 'Asia/Jakarta')).toBe(
        `2024-${String(month).padStart(2, '0')}-10T10`,
      );
    }
    // Dates around European and US DST changes behave the same.
    expect(bucketLabel(utc(2024, 3, 31, 1), 'hour', 'Asia/Makassar')).toBe('2024-03-31T09');
    expect(bucketLabel(utc(2024, 11, 3, 7), 'hour', 'Asia/Jayapura')).toBe('2024-11-03T16');
  });
});

describe('bucket labels across month and year ends', () => {
  it('day and month roll over at local midnight', () => {
    // 2023-12-31 16:59 UTC = 23:59 WIB; 17:00 UTC = 00:00 WIB on 1 January.
    expect(bucketLabel(utc(2023, 12, 31, 16, 59), 'day', 'Asia/Jakarta')).toBe('2023-12-31');
    expect(bucketLabel(utc(2023, 12, 31, 17, 0), 'day', 'Asia/Jakarta')).toBe('2024-01-01');
    expect(bucketLabel(utc(2023, 12, 31, 17, 0), 'month', 'Asia/Jakarta')).toBe('2024-01');
    expect(bucketLabel(utc(2023, 12, 31, 15, 59), 'month', 'Asia/Jayapura')).toBe('2024-01');
    // Leap day and end of February.
    expect(bucketLabel(utc(2024, 2, 29, 16, 0), 'day', 'Asia/Makassar')).toBe('2024-03-01');
    expect(bucketLabel(utc(2024, 2, 29, 15, 59), 'day', 'Asia/Makassar')).toBe('2024-02-29');
  });

  it('ISO weeks: week-year differs from calendar year at the edges', () => {
    const day = (s: string) => parseDate(s, 'Asia/Jakarta')!;
    expect(bucketLabel(day('2024-12-30'), 'week', 'Asia/Jakarta')).toBe('2025-W01'); // Monday
    expect(bucketLabel(day('2024-12-29'), 'week', 'Asia/Jakarta')).toBe('2024-W52'); // Sunday
    expect(bucketLabel(day('2021-01-03'), 'week', 'Asia/Jakarta')).toBe('2020-W53');
    expect(bucketLabel(day('2021-01-04'), 'week', 'Asia/Jakarta')).toBe('2021-W01');
    expect(bucketLabel(day('2026-01-01'), 'week', 'Asia/Jakarta')).toBe('2026-W01'); // Thursday
    expect(bucketLabel(day('2027-01-01'), 'week', 'Asia/Jakarta')).toBe('2026-W53'); // Friday
    expect(bucketLabel(day('2024-03-05'), 'week', 'Asia/Jakarta')).toBe('2024-W10');
    // Sunday 23:30 WIB and Monday 00:30 WIB are different ISO weeks.
    expect(bucketLabel(day('2024-03-10T23:30'), 'week', 'Asia/Jakarta')).toBe('2024-W10');
    expect(bucketLabel(day('2024-03-11T00:30'), 'week', 'Asia/Jakarta')).toBe('2024-W11');
  });

  it('matches a brute-force ISO week computation for every day of 2019–2027', () => {
    let week = 1;
    let year = 2018;
    // 2018-12-31 is a Monday in 2019-W01.
    for (let t = Date.UTC(2018, 11, 31); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const d = new Date(t);
      if (d.getUTCDay() === 1) {
        // New week: year is that of its Thursday.
        const thursday = new Date(t + 3 * 86_400_000).getUTCFullYear();
        if (thursday !== year) {
          year = thursday;
          week = 1;
        } else week++;
      }
      const label = `${year}-W${String(week).padStart(2, '0')}`;
      expect(bucketLabel(t - 7 * 3_600_000, 'week', 'Asia/Jakarta')).toBe(label);
    }
  });
});

describe('bucketIndex', () => {
  it('numbers consecutive buckets consecutively', () => {
    expect(bucketIndex('2024-01', 'month')! - bucketIndex('2023-12', 'month')!).toBe(1);
    expect(bucketIndex('2024-03-01', 'day')! - bucketIndex('2024-02-29', 'day')!).toBe(1);
    expect(bucketIndex('2024-01-01T00', 'hour')! - bucketIndex('2023-12-31T23', 'hour')!).toBe(1);
    expect(bucketIndex('2021-W01', 'week')! - bucketIndex('2020-W53', 'week')!).toBe(1);
    expect(bucketIndex('2025-W01', 'week')! - bucketIndex('2024-W52', 'week')!).toBe(1);
  });

  it('agrees with bucketLabel for a run of weeks', () => {
    let prev: number | undefined;
    for (let t = Date.UTC(2019, 0, 7); t < Date.UTC(2027, 0, 1); t += 7 * 86_400_000) {
      const idx = bucketIndex(bucketLabel(t, 'week', 'UTC'), 'week')!;
      if (prev !== undefined) expect(idx).toBe(prev + 1);
      prev = idx;
    }
  });

  it('rejects labels of another shape and detects the unit', () => {
    expect(bucketIndex('2024-03', 'day')).toBeUndefined();
    expect(bucketUnitOf('2024-03-05T10')).toBe('hour');
    expect(bucketUnitOf('2024-03-05')).toBe('day');
    expect(bucketUnitOf('2024-W10')).toBe('week');
    expect(bucketUnitOf('2024-03')).toBe('month');
    expect(bucketUnitOf('kemarin')).toBeUndefined();
  });
});

describe('parseDate', () => {
  it('reads offset-less dates as wall time in the zone', () => {
    expect(parseDate('2024-03-05', 'Asia/Jakarta')).toBe(utc(2024, 3, 4, 17));
    expect(parseDate('2024-03-05', 'Asia/Jayapura')).toBe(utc(2024, 3, 4, 15));
    expect(parseDate('2024-03-05T14:30', 'Asia/Makassar')).toBe(utc(2024, 3, 5, 6, 30));
    expect(parseDate('2024-03-05 14:30:15.250', 'UTC')).toBe(utc(2024, 3, 5, 14, 30) + 15_250);
  });

  it('honours explicit offsets', () => {
    expect(parseDate('2024-03-05T14:30:00Z', 'Asia/Jakarta')).toBe(utc(2024, 3, 5, 14, 30));
    expect(parseDate('2024-03-05T14:30:00+08:00', 'Asia/Jakarta')).toBe(utc(2024, 3, 5, 6, 30));
    expect(parseDate('2024-03-05T14:30:00-0300', 'Asia/Jakarta')).toBe(utc(2024, 3, 5, 17, 30));
  });

  it('accepts Date objects and epoch milliseconds', () => {
    expect(parseDate(new Date(5000), 'WIB')).toBe(5000);
    expect(parseDate(5000, 'WIB')).toBe(5000);
  });

  it('rejects anything it would have to guess', () => {
    for (const bad of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-03-05T24:00',
      '05/03/2024',
      'kemarin',
      '',
      '2024-3-5',
      'Tue Mar 05 2024',
    ]) {
      expect(parseDate(bad, 'Asia/Jakarta'), bad).toBeUndefined();
    }
    expect(parseDate(Number.NaN, 'WIB')).toBeUndefined();
    expect(parseDate(new Date('x'), 'WIB')).toBeUndefined();
    expect(parseDate(null, 'WIB')).toBeUndefined();
    expect(parseDate({}, 'WIB')).toBeUndefined();
  });
});

describe('parseDate fast path (property)', () => {
  // 0.2.0's parser, regular expression only: the fast path must agree with it on every string.
  const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;
  const offsets: Record<string, number> = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9, WIB: 7, WITA: 8, WIT: 9, UTC: 0 };
  function reference(value: string, zone: string): number | undefined {
    if (value.length > 64) return undefined;
    const m = DATE_RE.exec(value.trim());
    if (!m) return undefined;
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const hour = m[4] === undefined ? 0 : Number(m[4]);
    const minute = m[5] === undefined ? 0 : Number(m[5]);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
    const dim = new Date(Date.UTC(year, month, 0)).getUTCDate();
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > dim) return undefined;
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    let offsetMinutes = offsets[zone]! * 60;
    const off = m[8];
    if (off !== undefined) {
      if (off === 'Z') offsetMinutes = 0;
      else {
        const sign = off[0] === '-' ? -1 : 1;
        const digits = off.slice(1).replace(':', '');
        const oh = Number(digits.slice(0, 2));
        const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
        if (oh > 14 || om > 59) return undefined;
        offsetMinutes = sign * (oh * 60 + om);
      }
    }
    return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
  }
  const d = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((x) => String(x).padStart(n, '0'));
  // ISO-ish strings, with pieces that are sometimes wrong (a letter, a missing digit, odd separators)
  const piece = <T extends string>(a: fc.Arbitrary<T>) => fc.oneof({ arbitrary: a, weight: 8 }, { arbitrary: fc.constantFrom('', 'x', '1', ' ', ':', '-'), weight: 1 });
  const isoish = fc
    .tuple(
      piece(fc.oneof(d(4), fc.constantFrom('2024', '1900', '0999', '2000', '2100'))),
      piece(fc.constant('-')),
      piece(fc.oneof(d(2), fc.constantFrom('02', '12', '13', '00'))),
      piece(fc.constant('-')),
      piece(fc.oneof(d(2), fc.constantFrom('28', '29', '30', '31'))),
      fc.option(
        fc.tuple(
          piece(fc.constantFrom('T', ' ')),
          piece(d(2)),
          piece(fc.constant(':')),
          piece(d(2)),
          fc.option(fc.tuple(piece(fc.constant(':')), piece(d(2)), fc.option(fc.tuple(fc.constantFrom('.', ','), fc.oneof(d(1), d(2), d(3), d(4), d(9), d(3)))))),
          fc.option(fc.oneof(fc.constantFrom('Z', 'z', ' Z', '+07:00', '-03:00', '+0800', '+07', '+15:00', '+07:60', '-00:00', '+7:00', '+07:0'), fc.tuple(fc.constantFrom('+', '-'), d(2), fc.constantFrom(':', ''), d(2)).map((t) => t.join('')))),
        ),
      ),
      fc.constantFrom('', '', '', ' ', '\t', 'x'),
    )
    .map(([y, a, m, b, dd, time, tail]) => {
      let s = `${y}${a}${m}${b}${dd}`;
      if (time) {
        const [sep, h, c, mi, sec, zone] = time;
        s += `${sep}${h}${c}${mi}`;
        if (sec) s += `${sec[0]}${sec[1]}${sec[2] ? sec[2].join('') : ''}`;
        if (zone) s += zone;
      }
      return s + tail;
    });
  it('agrees with the regular-expression parser on ISO-like strings', () => {
    fc.assert(
      fc.property(isoish, fc.constantFrom('Asia/Jakarta', 'Asia/Jayapura', 'UTC', 'WITA'), (s, zone) => {
        expect(parseDate(s, zone as 'UTC')).toBe(reference(s, zone));
      }),
      { numRuns: 50_000 },
    );
  });
  it('agrees on shapes cut short (digits read past the end)', () => {
    for (const s of ['1000-01-01T00:00:00.0', '2024-03-05T14:30:0', '2024-03-05T14:3', '2024-03-05T14:30:00.12', '2024-03-05T14:30:00+07:0', '2024-03-05T14:30:00.1234']) {
      expect(parseDate(s, 'Asia/Jakarta'), s).toBe(reference(s, 'Asia/Jakarta'));
    }
  });
  it('agrees on every day of every month from 1000 to 2400 (leap years by arithmetic)', () => {
    for (let y = 1000; y <= 2400; y++) {
      for (const m of ['02', '04', '12']) {
        for (const day of ['28', '29', '30', '31']) {
          const s = `${y}-${m}-${day}`;
          expect(parseDate(s, 'UTC'), s).toBe(reference(s, 'UTC'));
        }
      }
    }
  });
});

it('three fraction digits are exact milliseconds (what the fast path relies on)', () => {
  for (let i = 0; i < 1000; i++) expect(Math.floor(Number(`0.${String(i).padStart(3, '0')}`) * 1000)).toBe(i);
});
