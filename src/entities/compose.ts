/**
 * Compositional agency abbreviations: Indonesian regions name merged
 * agencies `Dis`/`Din` + the short codes of their urusan run together
 * (`Dinporabudpar` = Din + pora + bud + par, `Disnakerkop` = Dis + naker +
 * kop). A word no alias covers is split into known codes
 * (`lexicons/entities/urusan-codes.tsv`) so unseen combinations still resolve
 * to the kind of their first urusan, with a name built from the parts.
 */
import type { UrusanCode } from './registry';

/** A decomposed abbreviation. */
export interface Composition {
  /** Kind ids in order of the codes, first = the agency's id. */
  kinds: string[];
  /** Built official name, e.g. `Dinas Kepemudaan, Olahraga, Kebudayaan dan Pariwisata`. */
  name: string;
  /** Written with a fused head-of-agency title (`Kadisnakerkop`). */
  titled: boolean;
}

const PREFIXES: readonly [string, boolean][] = [
  ['kadinas', true], ['kadis', true], ['kadin', true],
  ['dinas', false], ['dis', false], ['din', false],
];

/** Longest code in the table, bounded so the split stays cheap. */
const MAX_CODE = 12;
/** Longest word considered (anything longer is not an abbreviation). */
const MAX_WORD = 40;

/**
 * Joins urusan name parts the way official names do: `A`, `A dan B`,
 * `A, B dan C`; a last part that already has its own `dan` is joined with a
 * comma (`Koperasi, Usaha Kecil dan Menengah`).
 *
 * @example
 * ```ts
 * joinUrusan(['Kepemudaan', 'Olahraga', 'Pariwisata']); // 'Kepemudaan, Olahraga dan Pariwisata'
 * ```
 */
export function joinUrusan(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  const last = parts[parts.length - 1]!;
  const head = parts.slice(0, -1).join(', ');
  return head + (/\bdan\b|,/.test(last) ? ', ' : ' dan ') + last;
}

/**
 * Splits `word` (letters only, any case) into `Dis`/`Din`/`Dinas` (or a
 * fused `Kadis`/`Kadin` title) + known urusan codes, covering the whole word
 * with the fewest codes. Returns undefined when no full split exists.
 * Callers decide the case/context rules; this only does the split.
 *
 * @example
 * ```ts
 * const codes = new Map([
 *   ['pora', { kind: 'dinas.pora', names: ['Kepemudaan', 'Olahraga'] }],
 *   ['bud', { kind: 'dinas.kebudayaan', names: ['Kebudayaan'] }],
 *   ['par', { kind: 'dinas.pariwisata', names: ['Pariwisata'] }],
 * ]);
 * decomposeAbbreviation(codes, 'Dinporabudpar');
 * // { kinds: ['dinas.pora', 'dinas.kebudayaan', 'dinas.pariwisata'], name: 'Dinas Kepemudaan, Olahraga, Kebudayaan dan Pariwisata', titled: false }
 * ```
 */
export function decomposeAbbreviation(codes: ReadonlyMap<string, UrusanCode>, word: string): Composition | undefined {
  if (word.length < 5 || word.length > MAX_WORD) return undefined;
  const lower = word.toLowerCase();
  for (const [prefix, titled] of PREFIXES) {
    if (!lower.startsWith(prefix)) continue;
    const rest = lower.slice(prefix.length);
    const split = splitCodes(codes, rest);
    if (split === undefined) continue;
    const kinds: string[] = [];
    const parts: string[] = [];
    for (const c of split) {
      if (!kinds.includes(c.kind)) kinds.push(c.kind);
      for (const p of c.names) if (!parts.includes(p)) parts.push(p);
    }
    return { kinds, name: 'Dinas ' + joinUrusan(parts), titled };
  }
  return undefined;
}

/** Fewest-codes cover of `rest` by dynamic programming (O(len × MAX_CODE) map lookups). */
function splitCodes(codes: ReadonlyMap<string, UrusanCode>, rest: string): UrusanCode[] | undefined {
  const n = rest.length;
  if (n < 2) return undefined;
  const cost = new Array<number>(n + 1).fill(Infinity);
  const back = new Array<number>(n + 1).fill(-1);
  cost[0] = 0;
  for (let i = 0; i < n; i++) {
    if (cost[i] === Infinity) continue;
    for (let len = Math.min(MAX_CODE, n - i); len >= 2; len--) {
      if (!codes.has(rest.slice(i, i + len))) continue;
      const c = cost[i]! + 1;
      if (c < cost[i + len]!) {
        cost[i + len] = c;
        back[i + len] = i;
      }
    }
  }
  if (cost[n] === Infinity) return undefined;
  const out: UrusanCode[] = [];
  for (let j = n; j > 0; j = back[j]!) out.push(codes.get(rest.slice(back[j]!, j))!);
  return out.reverse();
}
