/**
 * The cue matcher: a first-word index over normalized cue words, walked once
 * over the tokens (see {@link createCueMatcher} for the hot path). Each token is looked up by its norm, its norm without a
 * clitic or reduplication (`lubangnya` → `lubang`, `retak-retak` → `retak`),
 * its lowercase surface when that differs from the norm, and — for cue words
 * marked `*` — its stem. At each token the longest entry wins (blockers win
 * ties) and its tokens are consumed, so `jalan-jalan` or `air mata` stop the
 * cues inside them.
 */
import { createBoundedCache } from '../lexicons/cache';
import { tokenArraySource, type TokenSource } from '../text/tape';
import { vocabMemo } from '../text/vocab-memo';
import type { Token, TokenType } from '../text/types';
import { codeAt } from '../text/chars';

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
  /** Weight per topic (parallel to `topics`). */
  weights: number[];
  /** Per topic: −1 complaint cue, +1 praise cue, 0 neither. */
  aspects: (-1 | 0 | 1)[];
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
export function compileCues(cues: readonly { cue: string; weight: number; topic: number; aspect?: 'negative' | 'positive' | undefined }[], blockers: readonly string[]): CueIndex {
  const byWord = new Map<string, MatchEntry[]>();
  const byStem = new Map<string, MatchEntry[]>();
  const seen = new Map<string, MatchEntry>();
  let usesStems = false;
  // one entry per cue text (and per blocker text): a cue of several topics counts for each with its own weight
  const add = (cue: string, topic: number, weight: number, block: boolean, aspect: -1 | 0 | 1): void => {
    const key = `${block ? '-' : '+'}\u0000${cue}`;
    const prev = seen.get(key);
    if (prev !== undefined) {
      if (!block && !prev.topics.includes(topic)) {
        prev.topics.push(topic);
        prev.weights.push(weight);
        prev.aspects.push(aspect);
      }
      return;
    }
    const words = parseCue(cue);
    const e: MatchEntry = block ? { words, topics: [], weights: [], aspects: [], block } : { words, topics: [topic], weights: [weight], aspects: [aspect], block };
    seen.set(key, e);
    if (words.some((w) => w.stem)) usesStems = true;
    push(byWord, words[0]!.word, e);
    if (words[0]!.stem) push(byStem, words[0]!.word, e);
  };
  for (const b of blockers) add(b, -1, 0, true, 0);
  for (const c of cues) add(c.cue, c.topic, c.weight, false, c.aspect === 'negative' ? -1 : c.aspect === 'positive' ? 1 : 0);
  for (const list of byWord.values()) list.sort(byLength);
  for (const list of byStem.values()) list.sort(byLength);
  return { byWord, byStem, usesStems };
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
    const c = codeAt(w, i);
    if ((c < 97 || c > 122) && c !== 45) return false;
  }
  return true;
}

/** One matched entry. */
export interface MatchResult {
  entry: MatchEntry;
  /** Start offset of the first token. */
  start: number;
  /** End offset of the last token. */
  end: number;
}

const NONE: readonly MatchEntry[] = [];

/**
 * A matcher over one {@link CueIndex}: `match(tokens)` returns the matches
 * left to right, non-overlapping (blockers included, so callers can skip
 * them).
 *
 * Hot path: for each word the candidate entries (by norm, base and stem,
 * merged and sorted) are memoized in a bounded map keyed by the norm, so a
 * token costs one Map lookup once its word has been seen; bases, surfaces
 * and stems of later words are computed only while a multi-word candidate
 * is being checked. A token whose norm is several words (slang `ojol` →
 * `ojek online`, a segmented hashtag) is matched inside itself.
 */
export function createCueMatcher(
  index: CueIndex,
  stem: (word: string) => string,
  cacheSize = 50_000,
): { match(tokens: readonly Token[]): MatchResult[]; matchSource(tokens: TokenSource): MatchResult[] } {
  /** What is known about one word, memoized by its norm: its candidate entries, its base, its stem (lazily). */
  interface WordInfo {
    cands: readonly MatchEntry[];
    /** The one-word candidate that wins here (blockers first), if any. */
    single: MatchEntry | undefined;
    /** Multi-word candidates by their exact second word, longest first. */
    bySecond: Map<string, MatchEntry[]> | undefined;
    /** Multi-word candidates whose second word is marked `*` (matched by stem). */
    starSecond: MatchEntry[];
    base: string | undefined;
    /** `null` until computed; `undefined` when the word is not stemmable. */
    stem: string | undefined | null;
  }
  const memo = createBoundedCache<WordInfo>(cacheSize);
  const stemOf = (norm: string, info: WordInfo): string | undefined => {
    if (info.stem === null) {
      const w = info.base ?? norm;
      info.stem = stemmable(w) ? stem(w) : undefined;
    }
    return info.stem;
  };
  const infoOf = (norm: string): WordInfo => {
    const hit = memo.get(norm);
    if (hit !== undefined) return hit;
    const base = baseOf(norm);
    const info: WordInfo = { cands: NONE, single: undefined, bySecond: undefined, starSecond: [], base, stem: null };
    const lists: MatchEntry[][] = [];
    const a = index.byWord.get(norm);
    if (a !== undefined) lists.push(a);
    if (base !== undefined) {
      const b = index.byWord.get(base);
      if (b !== undefined) lists.push(b);
    }
    if (index.byStem.size > 0) {
      const st = stemOf(norm, info);
      if (st !== undefined && st !== norm && st !== base) {
        const c = index.byStem.get(st);
        if (c !== undefined) lists.push(c.filter((e) => e.words[0]!.stem));
      }
    }
    if (lists.length === 1) info.cands = lists[0]!;
    else if (lists.length > 1) info.cands = [...new Set(lists.flat())].sort(byLength);
    for (const e of info.cands) {
      if (e.words.length < 2) {
        info.single ??= e; // cands are sorted: the first one-word entry is the winner among them
        continue;
      }
      const w = e.words[1]!;
      if (w.stem) info.starSecond.push(e);
      else {
        const by = (info.bySecond ??= new Map());
        const list = by.get(w.word);
        if (list === undefined) by.set(w.word, [e]);
        else list.push(e);
      }
    }
    if (norm.length <= 64) memo.set(norm, info);
    return info;
  };
  // lowercase surface → its own entries, for words slang rewrote (`lemot` → `lambat`); NONE when the surface adds nothing
  const surfaceMemo = createBoundedCache<readonly MatchEntry[]>(cacheSize);
  const surfaceCands = (surface: string, norm: string): readonly MatchEntry[] => {
    const hit = surfaceMemo.get(surface);
    if (hit !== undefined) return hit;
    const lower = surface.toLowerCase();
    const out = lower === norm ? NONE : (index.byWord.get(lower) ?? NONE);
    if (surface.length <= 64) surfaceMemo.set(surface, out);
    return out;
  };
  const merged = (a: readonly MatchEntry[], b: readonly MatchEntry[]): readonly MatchEntry[] =>
    b.length === 0 ? a : a.length === 0 ? b : [...new Set([...a, ...b])].sort(byLength);
  const tokenMatches = (norm: string, text: string, w: CueWord): boolean => {
    if (norm === w.word) return true;
    const info = infoOf(norm);
    if (info.base === w.word) return true;
    if (text !== norm && text.length === w.word.length && text.toLowerCase() === w.word) return true;
    return w.stem && stemOf(norm, info) === w.word;
  };
  const isWordOrNumber = (ty: TokenType): boolean => ty === 'word' || ty === 'number';

  /** The first (longest, blockers first) of `cands` that matches at token `i`. */
  const firstMatch = (tokens: TokenSource, i: number, cands: readonly MatchEntry[]): MatchEntry | undefined => {
    const n = tokens.count;
    for (const e of cands) {
      const len = e.words.length;
      if (i + len > n) continue;
      let ok = true;
      for (let k = 1; k < len; k++) {
        const j = i + k;
        if (!isWordOrNumber(tokens.type(j)) || tokens.norm(j).indexOf(' ') >= 0 || tokens.type(j - 1) === 'hashtag' || !tokenMatches(tokens.norm(j), tokens.text(j), e.words[k]!)) {
          ok = false;
          break;
        }
      }
      if (ok) return e;
    }
    return undefined;
  };

  /** The entries matched inside one token whose norm is several words (each match spans the whole token). */
  const piecesEntries = (pieces: readonly string[]): MatchEntry[] => {
    const out: MatchEntry[] = [];
    let j = 0;
    while (j < pieces.length) {
      const info = infoOf(pieces[j]!);
      let len = 0;
      for (const e of info.cands) {
        const l = e.words.length;
        if (j + l > pieces.length) continue;
        let ok = true;
        for (let k = 1; k < l && ok; k++) {
          const w = e.words[k]!;
          const pn = pieces[j + k]!;
          const pi = infoOf(pn);
          ok = pn === w.word || pi.base === w.word || (w.stem && stemOf(pn, pi) === w.word);
        }
        if (ok) {
          out.push(e);
          len = l;
          break;
        }
      }
      j += len > 0 ? len : 1;
    }
    return out;
  };

  // Per token key (see TokenSource.key): the word's info and its surface candidates, so a word seen
  // before costs an array read instead of two Map lookups. One table per vocabulary and generation.
  // A multi-word norm's matches (`pieces`) depend on the norm only, so they are kept per key too.
  interface KeyTables {
    infos: (WordInfo | undefined)[];
    extras: (readonly MatchEntry[] | undefined)[];
    pieces: (readonly MatchEntry[] | undefined)[];
  }
  const keyMemo = new WeakMap<object, { generation: number; tables: KeyTables }>();
  const keyTables = (tokens: TokenSource): KeyTables | undefined =>
    vocabMemo(keyMemo, tokens, (generation) => ({ generation, tables: { infos: [], extras: [], pieces: [] } }))?.tables;
  /** Grows the key tables to hold `key` (dense, no holes; `undefined` = not computed yet). */
  const reach = (t: KeyTables, key: number): void => {
    while (t.infos.length <= key) {
      t.infos.push(undefined);
      t.extras.push(undefined);
      t.pieces.push(undefined);
    }
  };

  /** One pass over the tokens. */
  const matchTokens = (tokens: TokenSource): MatchResult[] => {
    const out: MatchResult[] = [];
    const n = tokens.count;
    const tables = keyTables(tokens);
    let i = 0;
    while (i < n) {
      const type = tokens.type(i);
      if (type !== 'word' && type !== 'number' && type !== 'hashtag') {
        i++;
        continue;
      }
      const key = tables !== undefined ? tokens.key(i) : -1;
      let pieces = key >= 0 ? tables!.pieces[key] : undefined;
      let info = key >= 0 ? tables!.infos[key] : undefined;
      let extra = key >= 0 ? tables!.extras[key] : undefined;
      if (pieces === undefined && (info === undefined || extra === undefined)) {
        const norm = tokens.norm(i);
        if (norm.indexOf(' ') >= 0) {
          // slang that expands to several words (`ojol` → `ojek online`) or a segmented hashtag: match inside it, span = the token
          pieces = piecesEntries(norm.split(' '));
          if (key >= 0) {
            reach(tables!, key);
            tables!.pieces[key] = pieces;
          }
        } else {
          info = infoOf(norm);
          const text = tokens.text(i);
          extra = text !== norm ? surfaceCands(text, norm) : NONE;
          if (key >= 0) {
            // a key's norm and (case-folded) surface never change within a generation
            reach(tables!, key);
            tables!.infos[key] = info;
            tables!.extras[key] = extra;
          }
        }
      }
      if (pieces !== undefined) {
        const start = tokens.start(i);
        const end = tokens.end(i);
        for (const e of pieces) out.push({ entry: e, start, end });
        i++;
        continue;
      }
      // not a multi-word norm, so both were read from the memo or computed just above
      info = info!;
      extra = extra!;
      let best: MatchEntry | undefined;
      if (extra !== NONE) best = firstMatch(tokens, i, merged(info.cands, extra)); // rare: slang whose own spelling is a cue
      else if (info.cands.length > 0) {
        // phrases: only those whose second word is the next token's (one Map lookup per key of that token)
        if ((info.bySecond !== undefined || info.starSecond.length > 0) && i + 1 < n && type !== 'hashtag') {
          const vType = tokens.type(i + 1);
          const vNorm = tokens.norm(i + 1);
          if ((vType === 'word' || vType === 'number') && vNorm.indexOf(' ') < 0) {
            const vi = infoOf(vNorm);
            const vText = tokens.text(i + 1);
            const lists: (readonly MatchEntry[])[] = [];
            const a = info.bySecond?.get(vNorm);
            if (a !== undefined) lists.push(a);
            if (vi.base !== undefined) {
              const b = info.bySecond?.get(vi.base);
              if (b !== undefined) lists.push(b);
            }
            if (vText !== vNorm) {
              const c = info.bySecond?.get(vText.toLowerCase());
              if (c !== undefined) lists.push(c);
            }
            if (info.starSecond.length > 0) lists.push(info.starSecond);
            if (lists.length > 0) best = firstMatch(tokens, i, lists.length === 1 ? lists[0]! : [...new Set(lists.flat())].sort(byLength));
          }
        }
        best ??= info.single;
      }
      if (best === undefined) {
        i++;
        continue;
      }
      out.push({ entry: best, start: tokens.start(i), end: tokens.end(i + best.words.length - 1) });
      i += best.words.length;
    }
    return out;
  };

  return {
    match: (tokens) => matchTokens(tokenArraySource(tokens)),
    matchSource: matchTokens,
  };
}
