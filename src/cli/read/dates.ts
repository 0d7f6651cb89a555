/**
 * Dates as people and exports write them, read into epoch milliseconds:
 * ISO 8601 with or without time (date-only = that local day in the zone),
 * Unix seconds or milliseconds (by magnitude), `dd/mm/yyyy`, and
 * `d Bulan yyyy` with Indonesian or English month names. Years outside
 * 1900–2100 are rejected (a typo, not a date), so one wild value cannot
 * break a report's timeline.
 */
import { parseDate, timeZoneOffsetHours, type TimeZoneName } from '../../aggregate/buckets';
import { codeAt } from '../../text/chars';

/** Earliest and latest accepted years. */
export const MIN_YEAR = 1900;
/** See {@link MIN_YEAR}. */
export const MAX_YEAR = 2100;

/**
 * Unix numbers below this are seconds, at or above it milliseconds:
 * 1e11 seconds is the year 5138, 1e11 milliseconds is 3 March 1973. So
 * milliseconds before March 1973 would be read as seconds (documented).
 */
export const UNIX_SECONDS_BELOW = 1e11;

/** 1 January {@link MIN_YEAR} and 1 January of the year after {@link MAX_YEAR}, 00:00 UTC. */
const FIRST_MS = Date.UTC(MIN_YEAR, 0, 1);
const AFTER_LAST_MS = Date.UTC(MAX_YEAR + 1, 0, 1);

// Lowercased month names and abbreviations, Indonesian and English (null-prototype: `constructor` is no month).
const MONTHS: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  januari: 1, january: 1, jan: 1,
  februari: 2, february: 2, pebruari: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
});

const ZONE_SUFFIX: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  wib: 7, wita: 8, wit: 9, utc: 0, gmt: 0, z: 0,
});

// dd/mm/yyyy (also - or .), optional time HH:MM[:SS] or HH.MM, optional zone word
const DMY_RE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ ,T]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?(?:\s*([A-Za-z]{1,4}))?$/;
// [weekday,] d Bulan yyyy [[,] [pukul|jam] HH:MM[:SS] [WIB]]
const DMONY_RE =
  /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})(?:[ ,]+(?:pukul\s+|jam\s+|at\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?(?:\s*([A-Za-z]{1,4}))?$/i;
const NUMERIC_RE = /^-?\d{9,}(?:\.\d+)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function civil(
  year: number,
  month: number,
  day: number,
  h: string | undefined,
  m: string | undefined,
  s: string | undefined,
  zoneWord: string | undefined,
  zone: TimeZoneName,
): number | string {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return 'no such day';
  const hour = h === undefined ? 0 : Number(h);
  const minute = m === undefined ? 0 : Number(m);
  const second = s === undefined ? 0 : Number(s);
  if (hour > 23 || minute > 59 || second > 59) return 'no such time';
  let offset = timeZoneOffsetHours(zone);
  if (zoneWord !== undefined) {
    const z = ZONE_SUFFIX[zoneWord.toLowerCase()];
    if (z === undefined) return `unknown time zone "${zoneWord}"`;
    offset = z;
  }
  return Date.UTC(year, month - 1, day, hour, minute, second) - offset * 3_600_000;
}

/**
 * Reads a date value. Returns epoch milliseconds, or a reason string.
 *
 * @example
 * ```ts
 * readDate('1 Oktober 2026', 'Asia/Jakarta'); // Date.UTC(2026, 8, 30, 17)
 * readDate(1725148800, 'UTC'); // 1725148800000 (seconds, by magnitude)
 * readDate('01/10/2026', 'UTC'); // Date.UTC(2026, 9, 1)
 * readDate('3026-01-01', 'UTC'); // 'year 3026 is outside 1900–2100'
 * ```
 */
export function readDate(value: unknown, zone: TimeZoneName): number | string {
  let t: number | string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'not a finite number';
    t = Math.abs(value) < UNIX_SECONDS_BELOW ? Math.round(value * 1000) : value;
  } else if (typeof value === 'string') {
    const v = value.trim();
    if (v.length > 64) return 'too long for a date';
    let m: RegExpExecArray | null;
    // ISO first (the common case in exports): `yyyy-` decides it without trying the other patterns
    const iso = codeAt(v, 4) === 45 ? parseDate(v, zone) : undefined;
    if (iso !== undefined) t = iso;
    else if (NUMERIC_RE.test(v)) {
      const n = Number(v);
      t = Math.abs(n) < UNIX_SECONDS_BELOW ? Math.round(n * 1000) : n;
    } else if ((m = DMY_RE.exec(v))) {
      t = civil(Number(m[4]), Number(m[3]), Number(m[1]), m[5], m[6], m[7], m[8], zone);
    } else if ((m = DMONY_RE.exec(v))) {
      const month = MONTHS[m[2]!.toLowerCase()];
      if (month === undefined) return `unknown month "${m[2]}"`;
      t = civil(Number(m[3]), month, Number(m[1]), m[4], m[5], m[6], m[7], zone);
    } else {
      const iso = parseDate(v, zone);
      if (iso === undefined) return 'not a date (ISO 8601, dd/mm/yyyy, "1 Oktober 2026" or Unix time)';
      t = iso;
    }
  } else return `a ${value === null ? 'null' : typeof value}, not a date`;
  if (typeof t === 'string') return t;
  if (!Number.isFinite(t)) return 'not a date';
  // the year in the zone, so 1900-01-01 local is still in range; compared as instants, no Date per row
  const local = t + timeZoneOffsetHours(zone) * 3_600_000;
  if (local >= FIRST_MS && local < AFTER_LAST_MS) return t;
  const year = new Date(local).getUTCFullYear();
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return `year ${Number.isNaN(year) ? '?' : year} is outside ${MIN_YEAR}–${MAX_YEAR}`;
  return t;
}

/**
 * Formats epoch milliseconds as ISO 8601 wall time in `zone`, with its offset.
 *
 * @example
 * ```ts
 * formatDate(Date.UTC(2026, 8, 30, 17), 'Asia/Jakarta'); // '2026-10-01T00:00:00+07:00'
 * ```
 */
export function formatDate(ms: number, zone: TimeZoneName): string {
  const h = timeZoneOffsetHours(zone);
  const local = new Date(ms + h * 3_600_000).toISOString(); // 2026-10-01T00:00:00.000Z
  const frac = local.slice(19, 23) === '.000' ? '' : local.slice(19, 23);
  const off = h === 0 ? 'Z' : `${h < 0 ? '-' : '+'}${String(Math.abs(h)).padStart(2, '0')}:00`;
  return `${local.slice(0, 19)}${frac}${off}`;
}
