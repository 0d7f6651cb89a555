/**
 * Time buckets for Indonesian time zones.
 *
 * Indonesia has three zones with fixed UTC offsets and no daylight saving:
 * WIB (`Asia/Jakarta`, +7), WITA (`Asia/Makassar`, +8) and WIT
 * (`Asia/Jayapura`, +9). Because the offsets never change, bucketing is plain
 * integer arithmetic on the local wall-clock time — no `Intl` time-zone
 * database is needed, and results are identical in every runtime.
 */
import { codeAt } from '../text/chars';

/**
 * Time zones the aggregator understands (the three Indonesian zones, their
 * common abbreviations, and `UTC`).
 *
 * @example
 * ```ts
 * const tz: import('suara').TimeZoneName = 'Asia/Makassar';
 * ```
 */
export type TimeZoneName = 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura' | 'WIB' | 'WITA' | 'WIT' | 'UTC';

/**
 * Granularity of a time bucket. Weeks are ISO 8601 weeks (Monday to Sunday,
 * week 1 contains the year's first Thursday).
 *
 * @example
 * ```ts
 * const unit: import('suara').TimeUnit = 'week';
 * ```
 */
export type TimeUnit = 'hour' | 'day' | 'week' | 'month';

/** Every accepted time-zone name (for validation). */
export const TIME_ZONES: readonly TimeZoneName[] = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'WIB',
  'WITA',
  'WIT',
  'UTC',
];

/** Every time unit (for validation). */
export const TIME_UNITS: readonly TimeUnit[] = ['hour', 'day', 'week', 'month'];

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * UTC offset in hours of a supported time zone.
 *
 * @example
 * ```ts
 * import { timeZoneOffsetHours } from 'suara/aggregate';
 * timeZoneOffsetHours('Asia/Jayapura'); // 9
 * ```
 */
export function timeZoneOffsetHours(zone: TimeZoneName): number {
  switch (zone) {
    case 'Asia/Jakarta':
    case 'WIB':
      return 7;
    case 'Asia/Makassar':
    case 'WITA':
      return 8;
    case 'Asia/Jayapura':
    case 'WIT':
      return 9;
    case 'UTC':
      return 0;
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Days from 1970-01-01 to the given civil date (proleptic Gregorian). */
function daysFromCivil(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** ISO week-numbering year and week of a civil date given as days since epoch. */
function isoWeek(days: number): { year: number; week: number } {
  // 1970-01-01 was a Thursday. ISO weekday: Monday = 1 … Sunday = 7.
  const weekday = ((((days + 3) % 7) + 7) % 7) + 1;
  const thursday = days + 4 - weekday; // the Thursday of this ISO week decides the year
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - daysFromCivil(year, 1, 1)) / 7) + 1;
  return { year, week };
}

/**
 * Label of the bucket that contains instant `epochMs` in `zone`.
 * Labels sort lexicographically in time order: hour `2024-03-05T14`,
 * day `2024-03-05`, week `2024-W10` (ISO week-year), month `2024-03`.
 *
 * @example
 * ```ts
 * import { bucketLabel } from 'suara/aggregate';
 * // 2024-12-31 17:30 UTC is already 1 January 2025 00:30 in Jakarta (UTC+7)
 * bucketLabel(Date.UTC(2024, 11, 31, 17, 30), 'day', 'Asia/Jakarta'); // '2025-01-01'
 * bucketLabel(Date.UTC(2024, 11, 31, 17, 30), 'week', 'Asia/Jakarta'); // '2025-W01'
 * ```
 */
export function bucketLabel(epochMs: number, unit: TimeUnit, zone: TimeZoneName): string {
  const local = new Date(epochMs + timeZoneOffsetHours(zone) * HOUR_MS);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth() + 1;
  const d = local.getUTCDate();
  switch (unit) {
    case 'hour':
      return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}T${pad(local.getUTCHours(), 2)}`;
    case 'day':
      return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
    case 'week': {
      const w = isoWeek(Math.floor(local.getTime() / DAY_MS));
      return `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
    }
    case 'month':
      return `${pad(y, 4)}-${pad(m, 2)}`;
  }
}

const HOUR_LABEL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})$/;
const DAY_LABEL = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_LABEL = /^(\d{4})-W(\d{2})$/;
const MONTH_LABEL = /^(\d{4})-(\d{2})$/;

/**
 * Consecutive integer index of a bucket label (hours, days, ISO weeks or
 * months since the epoch, in local time), so that `index(next) === index(b) + 1`.
 * Returns `undefined` for a label that is not of `unit`'s shape.
 *
 * @example
 * ```ts
 * import { bucketIndex } from 'suara/aggregate';
 * bucketIndex('2024-01', 'month')! - bucketIndex('2023-12', 'month')!; // 1
 * bucketIndex('2021-W01', 'week')! - bucketIndex('2020-W53', 'week')!; // 1
 * ```
 */
export function bucketIndex(label: string, unit: TimeUnit): number | undefined {
  switch (unit) {
    case 'hour': {
      const m = HOUR_LABEL.exec(label);
      if (!m) return undefined;
      return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3])) * 24 + Number(m[4]);
    }
    case 'day': {
      const m = DAY_LABEL.exec(label);
      if (!m) return undefined;
      return daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
    }
    case 'week': {
      const m = WEEK_LABEL.exec(label);
      if (!m) return undefined;
      // Monday of ISO week 1 is the Monday on or before 4 January.
      const jan4 = daysFromCivil(Number(m[1]), 1, 4);
      const weekday = ((((jan4 + 3) % 7) + 7) % 7) + 1;
      const monday1 = jan4 - (weekday - 1);
      // 1970-01-05 (day 4) is the first Monday after the epoch.
      return Math.floor((monday1 + (Number(m[2]) - 1) * 7 - 4) / 7);
    }
    case 'month': {
      const m = MONTH_LABEL.exec(label);
      if (!m) return undefined;
      return Number(m[1]) * 12 + Number(m[2]) - 1;
    }
  }
}

/**
 * The unit a bucket label was made with, judged from its shape.
 *
 * @example
 * ```ts
 * import { bucketUnitOf } from 'suara/aggregate';
 * bucketUnitOf('2024-W10'); // 'week'
 * ```
 */
export function bucketUnitOf(label: string): TimeUnit | undefined {
  if (HOUR_LABEL.test(label)) return 'hour';
  if (DAY_LABEL.test(label)) return 'day';
  if (WEEK_LABEL.test(label)) return 'week';
  if (MONTH_LABEL.test(label)) return 'month';
  return undefined;
}

// YYYY-MM-DD, optionally followed by [T or space]HH:mm[:ss[.fff]] and an optional Z or ±HH[:]mm offset.
const DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of the proleptic Gregorian calendar (month 1–12), by arithmetic: no `Date` per call. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1]!;
}

/** Value of the `n` ASCII digits at `i`, or −1 if any is not a digit. */
function digitsAt(v: string, i: number, n: number): number {
  let x = 0;
  for (let j = i; j < i + n; j++) {
    const c = codeAt(v, j) - 48; // NaN past the end
    if (!(c >= 0 && c <= 9)) return -1;
    x = x * 10 + c;
  }
  return x;
}

/**
 * The common exact shapes of {@link parseDate} without the regular expression:
 * `yyyy-mm-dd`, then optionally `Thh:mm` (or a space), `:ss`, `.fff` (three
 * digits), and `Z` or `±hh:mm` — what `toISOString()` and most exports write.
 * Returns `null` for any other shape (the caller then uses the regular
 * expression, which decides), else exactly what the regular-expression path returns.
 */
function parseIsoFast(v: string, zone: TimeZoneName): number | undefined | null {
  const len = v.length;
  if (len < 10 || codeAt(v, 4) !== 45 || codeAt(v, 7) !== 45) return null;
  const year = digitsAt(v, 0, 4);
  const month = digitsAt(v, 5, 2);
  const day = digitsAt(v, 8, 2);
  if (year < 0 || month < 0 || day < 0) return null;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let ms = 0;
  let offsetMinutes = timeZoneOffsetHours(zone) * 60;
  if (len > 10) {
    const sep = codeAt(v, 10);
    if ((sep !== 84 && sep !== 32) || len < 16 || codeAt(v, 13) !== 58) return null;
    hour = digitsAt(v, 11, 2);
    minute = digitsAt(v, 14, 2);
    if (hour < 0 || minute < 0) return null;
    let i = 16;
    if (i < len && codeAt(v, i) === 58) {
      second = digitsAt(v, i + 1, 2);
      if (second < 0) return null;
      i += 3;
      const dot = codeAt(v, i);
      if (i < len && (dot === 46 || dot === 44)) {
        const f = digitsAt(v, i + 1, 3);
        if (f < 0) return null;
        const after = codeAt(v, i + 4) - 48;
        if (after >= 0 && after <= 9) return null; // more than three fraction digits
        ms = f; // = Math.floor(Number(`0.${digits}`) * 1000), the regex path's value, for every three digits (tested)
        i += 4;
      }
    }
    if (i < len) {
      const z = codeAt(v, i);
      if (z === 90 && i + 1 === len) offsetMinutes = 0;
      else if ((z === 43 || z === 45) && i + 6 === len && codeAt(v, i + 3) === 58) {
        const oh = digitsAt(v, i + 1, 2);
        const om = digitsAt(v, i + 4, 2);
        if (oh < 0 || om < 0) return null;
        if (oh > 14 || om > 59) return undefined;
        offsetMinutes = (z === 45 ? -1 : 1) * (oh * 60 + om);
      } else return null;
    }
  }
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000;
}

/**
 * Parses a record's date strictly into epoch milliseconds.
 *
 * Accepts an ISO 8601 calendar date or date-time (`2024-03-05`,
 * `2024-03-05T14:30`, `2024-03-05 14:30:15.250+08:00`, `…Z`), a `Date`, or
 * a number of epoch milliseconds. A date or date-time without an offset is
 * wall-clock time in `zone`. Anything else — including impossible dates such
 * as `2024-02-30` — returns `undefined`, so callers can report the row
 * instead of guessing the way `Date.parse` does.
 *
 * @example
 * ```ts
 * import { parseDate } from 'suara/aggregate';
 * parseDate('2024-03-05', 'Asia/Jakarta'); // Date.UTC(2024, 2, 4, 17) — midnight WIB
 * parseDate('2024-02-30', 'Asia/Jakarta'); // undefined
 * ```
 */
export function parseDate(value: unknown, zone: TimeZoneName): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isFinite(t) ? t : undefined;
  }
  if (typeof value !== 'string' || value.length > 64) return undefined;
  const fast = parseIsoFast(value, zone);
  if (fast !== null) return fast;
  const m = DATE_RE.exec(value.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = m[4] === undefined ? 0 : Number(m[4]);
  const minute = m[5] === undefined ? 0 : Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let offsetMinutes = timeZoneOffsetHours(zone) * 60;
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
