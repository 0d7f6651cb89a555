/**
 * Elongation squash: `sayaaang` → `sayang`, `kerennn` → `keren`,
 * `tinggii` → `tinggi`, `mantaappp` → `mantap`. Every run of a repeated letter
 * may be kept, cut to two, or cut to one; the candidates are tried and the
 * first one that is a known word wins. Only called for words that contain a
 * run (the caller checks), so ordinary words never pay for it.
 */
import { codeAt } from './chars';

/** Most runs whose squashes are combined (3^6 = 729 candidates at most). */
const MAX_RUNS = 6;

/** One run of a repeated letter: start index and length (≥ 2). */
interface Run {
  at: number;
  len: number;
}

function runsOf(w: string): Run[] {
  const out: Run[] = [];
  let i = 0;
  while (i < w.length) {
    let j = i + 1;
    while (j < w.length && codeAt(w, j) === codeAt(w, i)) j++;
    if (j - i >= 2) out.push({ at: i, len: j - i });
    i = j;
  }
  return out;
}

/**
 * The squash candidates of `w`, most conservative first: runs of 3+ letters
 * are cut to 2 or 1, and (when `doubles` is true) runs of exactly 2 may also
 * be cut to 1. Candidates that change nothing are not listed. Each candidate
 * appears once.
 *
 * @example
 * ```ts
 * squashCandidates('sayaaang', false); // ['sayaang', 'sayang']
 * squashCandidates('tinggii', true);   // ['tinggi', 'tingii', 'tingi']
 * ```
 */
export function squashCandidates(w: string, doubles: boolean): string[] {
  const runs = runsOf(w).filter((r) => doubles || r.len >= 3);
  if (runs.length === 0) return [];
  if (runs.length > MAX_RUNS) return [];
  // Each run is cut to two or to one letter (no Indonesian word has a tripled letter).
  const options = runs.map(() => [2, 1]);
  const out: string[] = [];
  const seen = new Set<string>([w]);
  // Enumerate choices in order of total letters removed (fewest first), so a
  // word that only needed one run squashed is found before a deeper squash.
  const combos: number[][] = [[]];
  for (const opt of options) {
    const next: number[][] = [];
    for (const c of combos) for (const o of opt) next.push([...c, o]);
    combos.length = 0;
    combos.push(...next);
  }
  const removed = (c: number[]): number => c.reduce((s, keep, k) => s + (runs[k]!.len - keep), 0);
  combos.sort((a, b) => removed(a) - removed(b));
  for (const c of combos) {
    let s = '';
    let pos = 0;
    runs.forEach((r, k) => {
      s += w.slice(pos, r.at) + w.charAt(r.at).repeat(Math.min(r.len, c[k]!));
      pos = r.at + r.len;
    });
    s += w.slice(pos);
    if (!seen.has(s)) {
      seen.add(s);
      out.push(s);
    }
  }
  return out;
}

/**
 * The first squash of `w` accepted by `isFormal`, else the first accepted by
 * `isSlang`, else undefined.
 *
 * @example
 * ```ts
 * squashToKnown('kerennn', (w) => w === 'keren', () => false, false); // 'keren'
 * ```
 */
export function squashToKnown(
  w: string,
  isFormal: (w: string) => boolean,
  isSlang: (w: string) => boolean,
  doubles: boolean,
): string | undefined {
  const cands = squashCandidates(w, doubles);
  for (const c of cands) if (isFormal(c)) return c;
  for (const c of cands) if (isSlang(c)) return c;
  return undefined;
}
