/**
 * The cue matcher: a first-word index over normalized cue words, walked once
 * over the tokens. Each token is looked up by its norm, its norm without a
 * clitic or reduplication (`lubangnya` → `lubang`, `retak-retak` → `retak`),
 * its lowercase surface when that differs from the norm, and — for cue words
 * marked `*` — its stem. At each token the longest entry wins (blockers win
 * ties) and its tokens are consumed, so `jalan-jalan` or `air mata` stop the
 * cues inside them.
 */
import type { Token } from '../text/types';

/** One word of a compiled cue. */
interface CueWord {
  word: string;
  /** Also matches a token whose stem is `word`. */
  stem: boolean;
}

/** A compiled cue or blocker. */
export interface MatchEntry {
  words: CueWord[];
  /** Topic indices the cue counts for (empty for a blocker). */
  topics: number[];
  weight: number;
  block: boolean;
}

/** A compiled matcher. */
export interface CueIndex {
  /** First word (exact key) → entries, longest first, blockers first among equals. */
  byWord: Map<string, MatchEntry[]>;
  /** First word marked `*` → entries, for lookup by stem. */
  byStem: Map<string, MatchEntry[]>;
  /** Whether any cue word anywhere is marked `*` (else stems are never computed). */
  usesStems: boolean;
}

/** Parses `jalan rusak*` into words. */
function parseCue(cue: string): CueWord[] {
  return cue.split(' ').map((w) => (w.endsWith('*') ? { word: w.slice(0, -1), stem: true } : { word: w, stem: false }));
}

function push(map: Map<string, MatchEntry[]>, key: string, e: MatchEntry): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [e]);
  else list.push(e);
}

function byLength(a: MatchEntry, b: MatchEntry): number {
  return b.words.length - a.words.length || Number(b.block) - Number(a.block);
}

/**
 * Compiles cues (per topic index) and blockers into a {@link CueIndex}.
 * Cues with the same words for several topics become one entry.
 */
export function compileCues(cues: readonly { cue: string; weight: number; topic: number }[], blockers: readonly string[]): CueIndex {
  const byWord = new Map<string, MatchEntry[]>();
  const byStem = new Map<string, MatchEntry[]>();
  const seen = new Map<string, MatchEntry>();
  let usesStems = false;
  const add = (cue: string, topic: number, weight: number, block: boolean): void => {
    const key = `${block ? '-' : weight}\u0000${cue}`;
    const prev = seen.get(key);
    if (prev !== undefined) {
      if (!block && !prev.topics.includes(topic)) prev.topics.push(topic);
      return;
    }
    const words = parseCue(cue);
    const e: MatchEntry = { words, topics: block ? [] : [topic], weight: block ? 0 : weight, block };
    seen.set(key, e);
    if (words.some((w) => w.stem)) usesStems = true;
    push(byWord, words[0]!.word, e);
    if (words[0]!.stem) push(byStem, words[0]!.word, e);
  };
  for (const b of blockers) add(b, -1, 0, true);
  for (const c of cues) add(c.cue, c.topic, c.weight, false);
  for (const list of byWord.values()) list.sort(byLength);
  for (const list of byStem.values()) list.sort(byLength);
  return { byWord, byStem, usesStems };
}

/** A matchable unit: one word of a token (multi-word norms and hashtags give several units with the token's span). */
interface Unit {
  norm: string;
  /** Norm without clitic / reduplication, or `undefined` when it is the norm itself. */
  base: string | undefined;
  /** Lowercase surface when it differs from the norm. */
  lower: string | undefined;
  /** Stem, computed on demand (`null` = not yet). */
  stem: string | null | undefined;
  start: number;
  end: number;
  /** True when this unit may not continue the phrase of the previous unit (punctuation or another token kind between). */
  breakBefore: boolean;
}

const CLITICS = ['nya', 'lah', 'kah', 'pun', 'ku', 'mu'] as const;

/** `lubangnya` → `lubang`, `bpbd-nya` → `bpbd`, `retak-retak` → `retak`; `undefined` when nothing to strip. */
function baseOf(norm: string): string | undefined {
  const dash = norm.indexOf('-');
  if (dash > 0 && norm.length === dash * 2 + 1 && norm.startsWith(norm.slice(dash + 1), 0)) return norm.slice(0, dash);
  for (const c of CLITICS) {
    if (norm.length >= c.length + 3 && norm.endsWith(c)) {
      let b = norm.slice(0, norm.length - c.length);
      if (b.endsWith('-')) b = b.slice(0, -1);
      return b;
    }
  }
  return undefined;
}

/** True for a lowercase ASCII word worth stemming (affixed words are at least 5 letters). */
function stemmable(w: string): boolean {
  if (w.length < 5) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if ((c < 97 || c > 122) && c !== 45) return false;
  }
  return true;
}

function unitsOf(tokens: readonly Token[]): Unit[] {
  const units: Unit[] = [];
  let brk = true;
  for (const t of tokens) {
    const type = t.type;
    if (type === 'word' || type === 'number' || type === 'hashtag') {
      const norm = t.norm;
      if (norm.indexOf(' ') < 0) {
        const lower = norm === t.text ? undefined : t.text.toLowerCase();
        units.push({ norm, base: baseOf(norm), lower: lower === norm ? undefined : lower, stem: null, start: t.start, end: t.end, breakBefore: brk });
      } else {
        // slang that expands to several words (`ojol` → `ojek online`) and segmented hashtags
        let first = true;
        for (const w of norm.split(' ')) {
          if (w.length === 0) continue;
          units.push({ norm: w, base: baseOf(w), lower: undefined, stem: null, start: t.start, end: t.end, breakBefore: first ? brk : false });
          first = false;
        }
      }
      brk = type === 'hashtag'; // a hashtag's words do not run on into the next token
    } else brk = true;
  }
  return units;
}

/** One matched entry over units `[from, to)`. */
export interface MatchResult {
  entry: MatchEntry;
  start: number;
  end: number;
}

/** Returns the units' matches, left to right, non-overlapping (blockers included, so callers can skip them). */
export function matchCues(index: CueIndex, tokens: readonly Token[], stem: (word: string) => string): MatchResult[] {
  const units = unitsOf(tokens);
  const out: MatchResult[] = [];
  const stemOf = (u: Unit): string | undefined => {
    if (u.stem === null) u.stem = index.usesStems && stemmable(u.base ?? u.norm) ? stem(u.base ?? u.norm) : undefined;
    return u.stem;
  };
  const wordMatches = (u: Unit, w: CueWord): boolean => {
    if (u.norm === w.word || u.base === w.word || u.lower === w.word) return true;
    return w.stem && stemOf(u) === w.word;
  };
  const n = units.length;
  let i = 0;
  while (i < n) {
    const u = units[i]!;
    let best: MatchEntry | undefined;
    const consider = (list: MatchEntry[] | undefined, viaStem: boolean): void => {
      if (list === undefined) return;
      for (const e of list) {
        // lists are sorted longest first: nothing shorter can beat the current best
        if (best !== undefined && (e.words.length < best.words.length || (e.words.length === best.words.length && (best.block || !e.block)))) break;
        if (viaStem && !e.words[0]!.stem) continue;
        const len = e.words.length;
        if (i + len > n) continue;
        let ok = true;
        for (let k = 1; k < len; k++) {
          const v = units[i + k]!;
          if (v.breakBefore || !wordMatches(v, e.words[k]!)) {
            ok = false;
            break;
          }
        }
        if (ok) {
          best = e;
          break;
        }
      }
    };
    consider(index.byWord.get(u.norm), false);
    if (u.base !== undefined) consider(index.byWord.get(u.base), false);
    if (u.lower !== undefined) consider(index.byWord.get(u.lower), false);
    if (index.byStem.size > 0) {
      const s = stemOf(u);
      if (s !== undefined && s !== u.norm && s !== u.base) consider(index.byStem.get(s), true);
    }
    if (best === undefined) {
      i++;
      continue;
    }
    const last = units[i + best.words.length - 1]!;
    out.push({ entry: best, start: u.start, end: last.end });
    i += best.words.length;
  }
  return out;
}
