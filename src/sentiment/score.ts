/**
 * The scorer: one left-to-right pass over tokens with a little state
 * (negation scope, pending modifier, clause and sentence boundaries). Rules
 * come from the compiled tables in {@link SentimentIndex}; nothing about
 * particular words is written here.
 */
import { tokenArraySource, type TokenSource } from '../text/tape';
import { vocabMemo } from '../text/vocab-memo';
import type { Token, TokenType } from '../text/types';
import { compound, labelFor } from './compound';
import { isAllCaps, termOf } from './hit-text';
import { Role, type SentimentIndex } from './lexicon';
import type { PhraseEntry } from './rules';
import { applyStance, SEEN_DIRECTION, SEEN_INDICATOR, SEEN_NOTICE } from './stance';
import type { SentimentHit, SentimentResult, SentimentRule } from './types';
import { codeAt } from '../text/chars';

/**
 * Looks a word up through its stem: returns the lexicon key that matched
 * (the stem), or `undefined`. Implementations memoize (see create-scorer).
 */
export type StemLookup = (norm: string) => string | undefined;

/** What the scorer needs besides the tokens. */
export interface ScoreContext {
  index: SentimentIndex;
  /** Stem fallback; omit to disable stemming. */
  stemLookup?: StemLookup | undefined;
  /** Per-scorer memo of {@link WordInfo} by token key (see {@link TokenSource.key}); omit to look every word up. */
  memo?: WordMemo | undefined;
  /** Per-scorer memo of {@link WordInfo} by norm, for word tokens without a key (caller `Token[]`); bounded by the scorer. */
  normMemo?: Map<string, WordInfo> | undefined;
}

/**
 * What the lexicon says about one norm: its rule roles, the phrases it
 * starts, and its weight through the exact / reduplication / particle / stem
 * fallbacks. A pure function of the norm (and whether the token is a word),
 * so it is computed once per interned norm and memoized.
 */
export interface WordInfo {
  mask: number;
  plist: PhraseEntry[] | undefined;
  /**
   * `plist` split by second word: each list holds the phrases with that
   * second word and the one-word entries, in `plist` order (longest first),
   * so a frequent first word ("tidak" opens dozens of phrases) costs one
   * lookup instead of a walk over all of them.
   */
  pBySecond: Map<string, PhraseEntry[]> | undefined;
  /** The one-word entries of `plist` (what is left when the next word opens none). */
  pSingles: PhraseEntry[] | undefined;
  /** Entry for a norm that is already several words (slang `kopdar` → `kopi darat`). */
  whole: PhraseEntry | undefined;
  /** The norm is several words (holds a space): read per token, so kept here instead of an `indexOf` per token. */
  multi: boolean;
  w: number | undefined;
  lemma: string;
  via: SentimentRule | undefined;
  /** Emoji and emoticons: the weight of the symbol (exact, norm, or without variation selector / skin tone). */
  emojiW: number | undefined;
  /** Hashtags: the scored words of the segmented norm. */
  tagParts: { lemma: string; w: number; stem: boolean }[] | undefined;
  /** Hashtags: a sentiment phrase the whole segmented norm spells (`#AyoVaksin`). */
  tagWhole: PhraseEntry | undefined;
}

/** The memoized info of token `i` (per key; computed by `make` when new or keyless). */
function infoAt(infos: (WordInfo | undefined)[] | undefined, tokens: TokenSource, i: number, make: (k: number) => WordInfo): WordInfo {
  const key = infos !== undefined ? tokens.key(i) : -1;
  let info = key >= 0 ? infos![key] : undefined;
  if (info === undefined) {
    info = make(i);
    if (key >= 0) {
      while (infos!.length < key) infos!.push(undefined);
      infos![key] = info;
    }
  }
  return info;
}

const NO_INFO = { mask: 0, plist: undefined, pBySecond: undefined, pSingles: undefined, whole: undefined, multi: false, w: undefined, lemma: '', via: undefined, emojiW: undefined, tagParts: undefined, tagWhole: undefined } as const;

function emojiInfo(index: SentimentIndex, text: string, norm: string): WordInfo {
  let w = index.emoji.get(text);
  if (w === undefined) w = index.emoji.get(norm);
  // Fallback without variation selector and skin tone (memoized per symbol, so the regex runs once per distinct emoji).
  if (w === undefined) w = index.emoji.get(text.replace(/\uFE0F|\uD83C[\uDFFB-\uDFFF]|\u200D[\u2640\u2642]/g, ''));
  return { ...NO_INFO, emojiW: w };
}

function hashtagInfo(index: SentimentIndex, stemLookup: StemLookup | undefined, norm: string): WordInfo {
  // Hashtag norms are segmented words ("pangkalpinang hebat"): each word is scored, no rules across them.
  const whole = norm.indexOf(' ') > 0 ? index.phraseByText.get(norm) : undefined;
  if (whole !== undefined && whole.kind === 'sentiment' && whole.value !== 0) return { ...NO_INFO, tagParts: [], tagWhole: whole };
  const parts: { lemma: string; w: number; stem: boolean }[] = [];
  for (const p of norm.split(' ')) {
    let lemma: string | undefined = p;
    let w = index.words.get(p);
    if (w === undefined && stemLookup) {
      lemma = stemLookup(p);
      if (lemma !== undefined) w = index.words.get(lemma);
    }
    if (w !== undefined && w !== 0 && lemma !== undefined) parts.push({ lemma, w, stem: lemma !== p });
  }
  return { ...NO_INFO, tagParts: parts };
}

/** Memo of {@link WordInfo} per token key, one table per vocabulary (keys are only comparable within one). */
export type WordMemo = WeakMap<object, { generation: number; infos: (WordInfo | undefined)[] }>;

function lexiconInfo(norm: string, type: TokenType, index: SentimentIndex, stemLookup: StemLookup | undefined): WordInfo {
  const r = index.rules;
  const words = index.words;
  const mask = index.roles.get(norm) ?? 0;
  const plist = mask & Role.PhraseStart ? index.phrases.get(norm) : undefined;
  let whole: PhraseEntry | undefined;
  if (plist === undefined && norm.indexOf(' ') > 0) {
    whole = index.phraseByText.get(norm);
    if (whole === undefined && r.negators.has(norm.slice(0, norm.indexOf(' '))))
      whole = { words: [norm], phrase: norm, kind: 'negator', value: 0, before: 1, after: 1, idiom: false };
  }
  // 6. Lexicon: exact norm, then reduplication base, then stem.
  let lemma = norm;
  let w = words.get(norm);
  let via: SentimentRule | undefined;
  if (w === undefined) {
    const base = reduplicationBase(norm);
    if (base !== undefined) {
      w = words.get(base);
      if (w !== undefined) {
        lemma = base;
        via = 'reduplicated';
      }
    }
    if (w === undefined) {
      // A clitic or particle on a known word: "kebersihannya" is "kebersihan"
      // (a neutral aspect noun), not its stem "bersih".
      const bare = stripParticle(base ?? norm);
      if (bare !== undefined) {
        w = words.get(bare);
        if (w !== undefined) lemma = bare;
      }
    }
    if (w === undefined && stemLookup !== undefined && type === 'word') {
      const s = stemLookup(base ?? norm);
      if (s !== undefined) {
        w = words.get(s);
        lemma = s;
        via = 'stem';
      }
    }
  }
  let pBySecond: Map<string, PhraseEntry[]> | undefined;
  let pSingles: PhraseEntry[] | undefined;
  if (plist !== undefined) {
    pSingles = plist.filter((p) => p.words.length === 1);
    pBySecond = new Map();
    for (const p of plist) {
      const second = p.words[1];
      if (second === undefined || pBySecond.has(second)) continue;
      pBySecond.set(second, plist.filter((q) => q.words.length === 1 || q.words[1] === second));
    }
  }
  return { mask, plist, pBySecond, pSingles, whole, multi: norm.indexOf(' ') > 0, w, lemma, via, emojiW: undefined, tagParts: undefined, tagWhole: undefined };
}

const enum Mod {
  None = 0,
  Intens = 1,
  Dimin = 2,
}

// Sentence-ending punctuation: . ! ? ; and the ellipsis character.
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 0x2026;
}

// Punctuation that does not cut a negation scope (quotes, apostrophe, hyphen).
function isTransparentPunct(c: number): boolean {
  return c === 34 || c === 39 || c === 45 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;
}

/** True when the surface repeats one letter three or more times (`bagusss`). */
function isElongated(s: string): boolean {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    const a = codeAt(s, i) | 32;
    const b = codeAt(s, i - 1) | 32;
    if (a === b && a >= 97 && a <= 122) {
      if (++run >= 3) return true;
    } else run = 1;
  }
  return false;
}

/** Base of a reduplicated norm (`ramah-ramah` → `ramah`, `ramah2` → `ramah`), else `undefined`. */
export function reduplicationBase(norm: string): string | undefined {
  const n = norm.length;
  if (n >= 4 && codeAt(norm, n - 1) === 50 /* 2 */) return norm.slice(0, n - 1);
  const dash = norm.indexOf('-');
  if (dash <= 0 || dash * 2 + 1 !== n) return undefined;
  for (let i = 0; i < dash; i++) if (codeAt(norm, i) !== codeAt(norm, dash + 1 + i)) return undefined;
  return norm.slice(0, dash);
}

/**
 * The word without a trailing clitic or particle (`-nya -lah -kah -pun -ku -mu`),
 * when at least four letters remain; else `undefined`. Char-code tests, no regex.
 *
 * @example
 * ```ts
 * stripParticle('kebersihannya'); // 'kebersihan'
 * stripParticle('bukumu'); // 'buku'
 * stripParticle('nya'); // undefined
 * ```
 */
export function stripParticle(norm: string): string | undefined {
  const n = norm.length;
  if (n < 6) return undefined;
  const a = codeAt(norm, n - 3);
  const b = codeAt(norm, n - 2);
  const c = codeAt(norm, n - 1);
  // nya, lah, kah, pun
  if ((a === 110 && b === 121 && c === 97) || (a === 108 && b === 97 && c === 104) || (a === 107 && b === 97 && c === 104) || (a === 112 && b === 117 && c === 110)) return norm.slice(0, n - 3);
  // ku, mu
  if (c === 117 && (b === 107 || b === 109)) return norm.slice(0, n - 2);
  return undefined;
}

function isWordLike(ty: TokenType): boolean {
  return ty === 'word' || ty === 'abbreviation' || ty === 'number' || ty === 'currency' || ty === 'time';
}

/** Where the scorer keeps its per-call state. Plain locals would do, but the helpers below need to share them. */
interface State {
  hits: SentimentHit[];
  /** Index of the token after the last token of the last hit, or -1. */
  lastHitEnd: number;
  sentenceStart: number;
  prevSentenceStart: number;
  contrastFrom: number;
  afterMult: number;
  concMult: number;
  wordsInSentence: number;
  /** Word tokens since the last clause boundary (comma, contrast, sentence end). */
  wordsInClause: number;
  // negation
  negLeft: number;
  negToken: number;
  negOwn: number;
  negStart: number;
  negEnd: number;
  negLemma: string;
  /** Window of the open negation (per-negator: `bebas` reaches one word). */
  negWin: number;
  // pending modifier (intensifier or diminisher before its word)
  modKind: Mod;
  modMult: number;
  modLeft: number;
  modToken: number;
  modOwn: number;
  modStart: number;
  modEnd: number;
  modLemma: string;
  modIdiom: boolean;
  // pending mitigator ("penanganan" before "banjir")
  mitLeft: number;
  mitToken: number;
  mitMult: number;
  mitOwn: number;
  mitStart: number;
  mitEnd: number;
  mitLemma: string;
  /** -1: the pending modifier acts on negative words (mitigator); +1: on positive words (irrealis). */
  mitSign: number;
  capsHits: number[] | undefined;
  /** The caller's text (hits slice their surface from it). */
  input: string;
}

function pushHit(st: State, text: string, start: number, end: number, norm: string, lemma: string, weight: number, rules: SentimentRule[]): SentimentHit {
  const h: SentimentHit = { text, start, end, norm, lemma, weight, rules };
  st.hits.push(h);
  return h;
}

/** A negator or modifier whose scope ran out unused contributes its own weight, if it has one. */
function expireNegation(st: State, input: string): void {
  if (st.negLeft > 0 && st.negOwn !== 0) {
    pushHit(st, input.slice(st.negStart, st.negEnd), st.negStart, st.negEnd, st.negLemma, st.negLemma, st.negOwn * st.afterMult * st.concMult, ownRules(st));
  }
  st.negLeft = 0;
  st.negOwn = 0;
}

function expireModifier(st: State, input: string): void {
  if (st.modKind !== Mod.None && st.modOwn !== 0) {
    pushHit(st, input.slice(st.modStart, st.modEnd), st.modStart, st.modEnd, st.modLemma, st.modLemma, st.modOwn * st.afterMult * st.concMult, ownRules(st));
  }
  st.modKind = Mod.None;
  st.modOwn = 0;
}

function expireMitigator(st: State, input: string): void {
  if (st.mitLeft > 0 && st.mitOwn !== 0) {
    pushHit(st, input.slice(st.mitStart, st.mitEnd), st.mitStart, st.mitEnd, st.mitLemma, st.mitLemma, st.mitOwn * st.afterMult * st.concMult, ownRules(st));
  }
  st.mitLeft = 0;
  st.mitOwn = 0;
}

/** An intensifier or diminisher waits for the word it modifies; unused, it counts its own weight. */
function startModifier(st: State, kind: Mod, mult: number, tokenIdx: number, own: number | undefined, start: number, end: number, lemma: string, input: string): void {
  expireModifier(st, input);
  st.modKind = kind;
  st.modMult = mult;
  st.modToken = tokenIdx;
  st.modOwn = own === undefined ? 0 : own;
  st.modStart = start;
  st.modEnd = end;
  st.modLemma = lemma;
  st.modIdiom = false;
}

function startMitigator(
  st: State,
  sign: number,
  mult: number,
  tokenIdx: number,
  own: number,
  start: number,
  end: number,
  lemma: string,
  window: number,
  input: string
): void {
  expireMitigator(st, input);
  st.mitSign = sign;
  st.mitLeft = window;
  st.mitToken = tokenIdx;
  st.mitMult = mult;
  st.mitOwn = own;
  st.mitStart = start;
  st.mitEnd = end;
  st.mitLemma = lemma;
}

function ownRules(st: State): SentimentRule[] {
  const r: SentimentRule[] = [];
  if (st.afterMult !== 1) r.push('contrast');
  if (st.concMult !== 1) r.push('concessive');
  return r;
}

function endClause(st: State, input: string): void {
  expireNegation(st, input);
  expireModifier(st, input);
  expireMitigator(st, input);
  st.concMult = 1;
  st.lastHitEnd = -1;
  st.wordsInClause = 0;
}

function endSentence(st: State, input: string, exclamations: number, index: SentimentIndex): void {
  endClause(st, input);
  const n = Math.min(exclamations, index.rules.maxExclamation);
  if (n > 0 && index.rules.exclamation > 0) {
    const m = 1 + index.rules.exclamation * n;
    for (let k = st.sentenceStart; k < st.hits.length; k++) {
      const h = st.hits[k]!;
      h.weight *= m;
      h.rules.push('emphasis');
    }
  }
  st.prevSentenceStart = st.sentenceStart;
  st.sentenceStart = st.hits.length;
  st.contrastFrom = st.hits.length;
  st.afterMult = 1;
  st.wordsInSentence = 0;
}

function applyContrast(st: State, input: string, before: number, after: number): void {
  expireNegation(st, input);
  expireModifier(st, input);
  expireMitigator(st, input);
  // A contrast word opening a sentence ("… enak. Tapi mahal.") reaches back into the previous sentence.
  // (wordsInSentence already counts the contrast word itself.)
  const from = st.wordsInSentence <= 1 && st.sentenceStart === st.hits.length ? st.prevSentenceStart : st.contrastFrom;
  if (before !== 1) {
    for (let k = from; k < st.hits.length; k++) {
      const h = st.hits[k]!;
      h.weight *= before;
      if (!h.rules.includes('contrast')) h.rules.push('contrast');
    }
  }
  st.contrastFrom = st.hits.length;
  st.afterMult = after;
  st.concMult = 1;
  st.lastHitEnd = -1;
  st.wordsInClause = 0;
}

/** Matches the longest phrase starting at token `i`; returns the entry and sets `matchEnd` via the returned index. */
function matchPhrase(info: WordInfo, tokens: TokenSource, i: number): [PhraseEntry, number] | undefined {
  // The next token's norm, read once: a frequent first word ("tidak") starts
  // dozens of phrases, and most of them fail on their second word.
  const n1 = i + 1 < tokens.count && isWordLike(tokens.type(i + 1)) ? tokens.norm(i + 1) : undefined;
  // A next token whose norm is several words (`no thanks` → `no` + `terima kasih`) may cover several
  // phrase words, so the second-word shortcut does not apply to it.
  const n1Multi = n1 !== undefined && n1.indexOf(' ') > 0;
  // only the phrases whose second word is the next token's (and the one-word entries), in order
  const list = n1Multi ? info.plist! : ((n1 !== undefined ? info.pBySecond!.get(n1) : undefined) ?? info.pSingles!);
  for (let e = 0; e < list.length; e++) {
    const p = list[e]!;
    const ws = p.words;
    if (ws.length > 1 && ws[1] !== n1 && !n1Multi) continue;
    let j = i + 2;
    let k = 2;
    if (ws.length === 1 || n1Multi) {
      j = i + 1;
      k = 1;
    }
    for (; k < ws.length; k++, j++) {
      if (j >= tokens.count || !isWordLike(tokens.type(j))) break;
      const norm = tokens.norm(j);
      if (norm === ws[k]) continue;
      // A later token whose norm is several words covers as many phrase words.
      const m = coveredWords(norm, ws, k);
      if (m === 0) break;
      k += m - 1;
    }
    if (k === ws.length) return [p, j];
  }
  return undefined;
}

/** How many of `ws[k..]` the multi-word norm spells exactly (0 when it does not); no allocation. */
function coveredWords(norm: string, ws: readonly string[], k: number): number {
  let pos = 0;
  for (let n = 0; ; n++) {
    const w = ws[k + n];
    if (w === undefined || !norm.startsWith(w, pos)) return 0;
    pos += w.length;
    if (pos === norm.length) return n + 1;
    if (codeAt(norm, pos) !== 32) return 0;
    pos++;
  }
}

/**
 * A token whose norm is several words (`kemana` → `ke mana`) can open a longer
 * phrase that continues in the next tokens (`ke mana dana`). Rare (slang
 * expansions only), so the split is fine here.
 */
function matchSplitPhrase(index: SentimentIndex, norm: string, tokens: TokenSource, i: number): [PhraseEntry, number] | undefined {
  const parts = norm.split(' ');
  const list = index.phrases.get(parts[0]!);
  if (list === undefined) return undefined;
  for (const p of list) {
    const ws = p.words;
    if (ws.length <= parts.length) break; // longest first: the rest are no longer than the token
    let k = 1;
    while (k < parts.length && ws[k] === parts[k]) k++;
    if (k < parts.length) continue;
    let j = i + 1;
    for (; k < ws.length; k++, j++) {
      if (j >= tokens.count || !isWordLike(tokens.type(j)) || tokens.norm(j) !== ws[k]) break;
    }
    if (k === ws.length) return [p, j];
  }
  return undefined;
}

/**
 * Scores a hit's base weight with the pending negation, modifier and clause
 * multipliers, and records it.
 */
function scoreHit(
  st: State,
  index: SentimentIndex,
  text: string,
  start: number,
  end: number,
  norm: string,
  lemma: string,
  base: number,
  rules: SentimentRule[],
  tokenIdx: number
): SentimentHit {
  const r = index.rules;
  let w = base;
  let negator: string | undefined;
  const intensified = st.modKind === Mod.Intens;
  if (st.modKind !== Mod.None) {
    w *= st.modMult;
    if (st.modIdiom) rules.push('idiom');
    rules.push(intensified ? 'intensified' : 'diminished');
    st.modKind = Mod.None;
    st.modOwn = 0;
  }
  if (st.negLeft > 0) {
    // "tidak terlalu bagus" (negator before intensifier) is a softened negation;
    // "sangat tidak bagus" (intensifier before negator) is an intensified one.
    const negFirst = intensified && st.negToken < st.modToken;
    w *= negFirst ? r.negIntensified * (1 / st.modMult) : base > 0 ? r.negPositive : (r.negNegativeBy.size > 0 ? r.negNegativeBy.get(st.negLemma) : undefined) ?? r.negNegative;
    rules.push('negated');
    st.negLeft = 0;
    st.negOwn = 0;
    // The hit is the negated term: it spans the negator ("gak pake ribet") and
    // its lemma says what scored ("gak rumit", positive), not a positive "rumit".
    if (st.negStart < start) {
      negator = st.negLemma;
      lemma = `${st.negLemma} ${lemma}`;
      start = st.negStart;
      text = st.input.slice(start, end);
    }
  }
  if (st.mitLeft > 0 && w * st.mitSign > 0) {
    w *= st.mitMult;
    rules.push(st.mitSign < 0 ? 'mitigated' : 'irrealis');
    st.mitLeft = 0;
    st.mitOwn = 0;
  }
  if (st.afterMult !== 1) {
    w *= st.afterMult;
    rules.push('contrast');
  }
  if (st.concMult !== 1) {
    w *= st.concMult;
    rules.push('concessive');
  }
  const h = pushHit(st, text, start, end, norm, lemma, w, rules);
  if (negator !== undefined) h.negator = negator;
  st.lastHitEnd = tokenIdx + 1;
  return h;
}

/**
 * True when the text shows the writer's own voice: an opinion word (first or
 * second person, chat particle), an opinion mark (`!`, `?`), an emoji,
 * emoticon or laughter.
 */
function hasOpinionCue(tokens: TokenSource, r: SentimentIndex['rules']): boolean {
  const marks = r.opinionMarks;
  for (let i = 0; i < tokens.count; i++) {
    const ty = tokens.type(i);
    if (ty === 'emoji' || ty === 'emoticon' || ty === 'laughter') return true;
    if (ty === 'punctuation' || ty === 'symbol') {
      const s = tokens.text(i);
      for (let k = 0; k < s.length; k++) if (marks.indexOf(s[k]!) >= 0) return true;
    } else if (r.opinionWords.has(tokens.norm(i))) return true;
  }
  return false;
}

/**
 * Reportage: with no opinion cue in the text, `event` words (what happened)
 * are scaled by `eventMultiplier`; evaluations keep their weight. Runs only
 * when an event word was hit, so most texts pay nothing.
 */
function applyReportage(hits: SentimentHit[], tokens: TokenSource, index: SentimentIndex): void {
  let any = false;
  for (const h of hits) if (index.events.has(termOf(h))) any = true;
  if (!any || hasOpinionCue(tokens, index.rules)) return;
  const m = index.rules.eventMultiplier;
  for (const h of hits) {
    if (!index.events.has(termOf(h))) continue;
    h.weight = h.weight * m + 0; // + 0: a zeroed negative weight is 0, not -0
    h.rules.push('reportage');
  }
}

/**
 * Polite closing: a thanks hit after a request word signs off a request; the
 * thanks and the request words' own hits are scaled by `multiplier` (0 in the
 * built-in rules, so "mohon dicek, terima kasih" is neutral).
 */
function applyClosing(hits: SentimentHit[], tokens: TokenSource, thanks: Set<string>, requests: Set<string>, multiplier: number): void {
  let firstThanks = -1;
  for (const h of hits) {
    if (thanks.has(h.lemma)) {
      firstThanks = h.start;
      break;
    }
  }
  if (firstThanks < 0) return;
  // Where the request starts: the first request word before the thanks. (A
  // negative hit is not enough: "lampu mati, langsung diperbaiki. Terima
  // kasih!" thanks for a fix; measured, it cost the fixture a sentence.)
  let from = Infinity;
  for (let i = 0; i < tokens.count; i++) {
    if (tokens.start(i) >= firstThanks) break;
    if (requests.has(tokens.norm(i))) {
      from = tokens.start(i);
      break;
    }
  }
  let closed = false;
  for (const h of hits) {
    if (h.start > from && thanks.has(h.lemma)) {
      h.weight = h.weight * multiplier + 0;
      h.rules.push('closing');
      closed = true;
    }
  }
  // The request words' own weight (`mohon` −1) goes too: a request closed with
  // thanks is neither praise nor complaint unless other words say so.
  if (closed) {
    for (const h of hits) {
      if (h.start >= from && requests.has(h.lemma)) {
        h.weight = h.weight * multiplier + 0;
        h.rules.push('closing');
      }
    }
  }
}

/**
 * Scores pre-tokenized text. `tokens` must come from `tokenize(text)` (or
 * have the same shape: offsets into `text`, lowercase `norm`). Use this when
 * you already have the tokens (as `analyze()` does) to avoid tokenizing twice.
 *
 * @example
 * ```ts
 * import { tokenize } from 'suara';
 * import { scoreTokens, defaultSentimentIndex } from 'suara/sentiment';
 * const text = 'Pelayanan tidak ramah';
 * scoreTokens(tokenize(text), text, { index: defaultSentimentIndex() }).label; // 'negative'
 * ```
 */
export function scoreTokens(tokens: readonly Token[], text: string, ctx: ScoreContext): SentimentResult {
  return scoreSource(tokenArraySource(tokens), text, ctx);
}

/**
 * Scores the tokens of `text` read through a {@link TokenSource} (the token
 * tape, or {@link tokenArraySource} over `Token` objects): what
 * {@link scoreTokens} and `analyze()` run. With `ctx.memo`, each distinct
 * norm is looked up in the lexicon once per vocabulary, not once per token.
 *
 * @example
 * ```ts no-run
 * // internal: TokenSource and createTapeTokenizer live in src/text/tape.ts
 * const text = 'Pelayanan tidak ramah';
 * const tape = createTapeTokenizer({}).tape(text);
 * scoreSource(tape, text, { index: defaultSentimentIndex(), memo: new WeakMap() }).label; // 'negative'
 * ```
 */
export function scoreSource(tokens: TokenSource, text: string, ctx: ScoreContext): SentimentResult {
  const index = ctx.index;
  const r = index.rules;
  const words = index.words;
  const stemLookup = ctx.stemLookup;
  // lexicon lookups memoized per token key (interned norm), when the source has keys
  const infos = ctx.memo === undefined ? undefined : vocabMemo(ctx.memo, tokens, (generation) => ({ generation, infos: [] }))?.infos;
  const st: State = {
    hits: [],
    lastHitEnd: -1,
    sentenceStart: 0,
    prevSentenceStart: 0,
    contrastFrom: 0,
    afterMult: 1,
    concMult: 1,
    wordsInSentence: 0,
    wordsInClause: 0,
    negLeft: 0,
    negToken: -1,
    negOwn: 0,
    negStart: 0,
    negEnd: 0,
    negLemma: '',
    negWin: 0,
    modKind: Mod.None,
    modMult: 1,
    modLeft: 0,
    modToken: -1,
    modOwn: 0,
    modStart: 0,
    modEnd: 0,
    modLemma: '',
    modIdiom: false,
    mitLeft: 0,
    mitToken: -1,
    mitMult: 1,
    mitOwn: 0,
    mitStart: 0,
    mitEnd: 0,
    mitLemma: '',
    mitSign: -1,
    capsHits: undefined,
    input: text,
  };
  let stanceSeen = 0; // SEEN_* bits for the stance pass
  let indicatorAt: number[] | undefined;
  let wordCount = 0;
  let capsCount = 0;
  const n = tokens.count;

  for (let i = 0; i < n; i++) {
    const type = tokens.type(i);

    if (type === 'punctuation' || type === 'symbol') {
      const c = codeAt(text, tokens.start(i));
      if (isSentenceEnd(c)) {
        // Count "!" over this and any directly following punctuation ("!!!", "?!").
        let ex = 0;
        let j = i;
        for (; j < n; j++) {
          const uType = tokens.type(j);
          if (uType !== 'punctuation' && uType !== 'symbol') break;
          for (let k = tokens.start(j), e = tokens.end(j); k < e; k++) if (codeAt(text, k) === 33) ex++;
        }
        i = j - 1;
        endSentence(st, text, ex, index);
      } else if (!isTransparentPunct(c)) endClause(st, text);
      continue;
    }

    if (type === 'emoji' || type === 'emoticon') {
      const w = infoAt(infos, tokens, i, (k) => emojiInfo(index, tokens.text(k), tokens.norm(k))).emojiW;
      if (w !== undefined && w !== 0) pushHit(st, tokens.text(i), tokens.start(i), tokens.end(i), tokens.norm(i), tokens.norm(i), w, []);
      continue;
    }

    if (type === 'laughter') {
      const t = tokens.token(i);
      if (r.laughter !== 0) pushHit(st, t.text, t.start, t.end, t.norm, t.norm, r.laughter, []);
      continue;
    }

    if (type === 'hashtag') {
      // Hashtag norms are segmented words ("pangkalpinang hebat"): a whole phrase (#AyoVaksin → "ayo vaksin")
      // scores as the phrase, else each word scores alone, no rules across them (see hashtagInfo).
      const tag = infoAt(infos, tokens, i, (k) => hashtagInfo(index, stemLookup, tokens.norm(k)));
      if (tag.tagWhole !== undefined) {
        pushHit(st, tokens.text(i), tokens.start(i), tokens.end(i), tokens.norm(i), tag.tagWhole.phrase, tag.tagWhole.value, ['phrase']);
        continue;
      }
      for (const p of tag.tagParts!) pushHit(st, tokens.text(i), tokens.start(i), tokens.end(i), tokens.norm(i), p.lemma, p.w, p.stem ? ['stem'] : []);
      continue;
    }

    if (!isWordLike(type)) continue; // url, email, mention
    wordCount++;
    st.wordsInSentence++;
    st.wordsInClause++;
    const norm = tokens.norm(i);
    const tStart = tokens.start(i);
    const tEnd = tokens.end(i);
    const c0 = codeAt(text, tStart);
    const caps = c0 >= 65 && c0 <= 90 && isAllCaps(text, tStart, tEnd);
    if (caps) capsCount++;

    // Scopes count word tokens: expire them before looking at this one.
    if (st.negLeft > 0 && i - st.negToken > st.negWin) expireNegation(st, text);
    if (st.modKind !== Mod.None && i - st.modToken > 2) expireModifier(st, text);
    if (st.mitLeft > 0 && i - st.mitToken > (st.mitSign > 0 ? r.irrWindow : r.negWindow)) expireMitigator(st, text);

    // 1. Phrases and idioms, longest first. A token whose norm is already
    // several words (slang expansion) is looked up whole.
    // One lookup (memoized per interned norm) tells which rule tables this word is in (most words: none).
    const key = infos !== undefined ? tokens.key(i) : -1;
    let info = key >= 0 ? infos![key] : undefined;
    if (info === undefined) {
      // caller tokens (no keys): memo by norm for words, bounded
      const byNorm = key < 0 && type === 'word' ? ctx.normMemo : undefined;
      info = byNorm?.get(norm);
      if (info === undefined) {
        info = lexiconInfo(norm, type, index, stemLookup);
        if (key >= 0) {
          while (infos!.length < key) infos!.push(undefined);
          infos![key] = info;
        } else if (byNorm !== undefined) {
          if (byNorm.size >= 50_000) byNorm.clear();
          byNorm.set(norm, info);
        }
      }
    }
    const mask = info.mask;
    let m: [PhraseEntry, number] | undefined;
    const plist = info.plist;
    if (plist !== undefined) m = matchPhrase(info, tokens, i);
    else if (info.multi) {
      // a multi-word norm can open a longer phrase that continues in the next tokens (matchSplitPhrase)
      m = matchSplitPhrase(index, norm, tokens, i) ?? (info.whole !== undefined ? [info.whole, i + 1] : undefined);
    }
    {
      if (m !== undefined) {
        const [p, j] = m;
        const start = tStart;
        const end = tokens.end(j - 1);
        switch (p.kind) {
          case 'sentiment': {
            // An idiom that starts with a negator is not negated by itself.
            if (p.value !== 0) scoreHit(st, index, text.slice(start, end), start, end, p.phrase, p.phrase, p.value, [p.idiom ? 'idiom' : 'phrase'], j - 1);
            else st.lastHitEnd = -1;
            break;
          }
          case 'intensifier':
          case 'diminisher': {
            if (p.kind === 'intensifier' && st.lastHitEnd === i) {
              const h = st.hits[st.hits.length - 1]!;
              h.weight *= p.value;
              h.rules.push('idiom', 'intensified');
              st.lastHitEnd = j;
            } else {
              expireModifier(st, text);
              st.modKind = p.kind === 'intensifier' ? Mod.Intens : Mod.Dimin;
              st.modMult = p.value;
              st.modToken = j - 1;
              st.modOwn = 0;
              st.modIdiom = p.idiom;
            }
            break;
          }
          case 'neutral':
            // "tidak hanya", "jangan lupa": a negator that is not a negation; cancel any open scope.
            expireNegation(st, text);
            st.negLeft = 0;
            break;
          case 'negator':
            expireNegation(st, text);
            st.negLeft = r.negWindow;
            st.negWin = r.negWindow;
            st.negToken = j - 1;
            st.negOwn = p.value;
            st.negStart = start;
            st.negEnd = end;
            st.negLemma = p.phrase;
            break;
          case 'contrast':
            applyContrast(st, text, p.before, p.after);
            break;
          case 'mitigator':
            startMitigator(st, -1, p.value, j - 1, 0, start, end, p.phrase, r.negWindow, text);
            break;
          case 'irrealis':
            startMitigator(st, 1, p.value, j - 1, 0, start, end, p.phrase, r.negWindow, text);
            break;
        }
        wordCount += j - i - 1;
        st.wordsInSentence += j - i - 1;
        i = j - 1;
        continue;
      }
    }

    // 2. Contrast and concessive words.
    if (mask !== 0) {
      const con = mask & Role.Contrast ? r.contrast.get(norm) : undefined;
      if (con !== undefined) {
        applyContrast(st, text, con.before, con.after);
        const own = words.get(norm);
        if (own !== undefined && own !== 0) scoreHit(st, index, tokens.text(i), tStart, tEnd, norm, norm, own, [], i);
        continue;
      }
      // 2b. "hanya"/"cuma" opening a clause: "bagus, hanya AC-nya kurang dingin".
      const ccon = mask & Role.ClauseContrast && st.wordsInClause === 1 ? r.clauseContrast.get(norm) : undefined;
      if (ccon !== undefined) {
        applyContrast(st, text, ccon.before, ccon.after);
        continue;
      }
      const conc = mask & Role.Concessive ? r.concessive.get(norm) : undefined;
      if (conc !== undefined) {
        expireNegation(st, text);
        expireModifier(st, text);
        st.concMult = conc;
        st.lastHitEnd = -1;
        continue;
      }

      // 2c. Scope enders ("alias", "kecuali") close a negation like a comma does.
      if (mask & Role.ScopeEnd) expireNegation(st, text);
      if (mask & (Role.Stance | Role.Notice | Role.Direction)) {
        stanceSeen |= (mask & Role.Stance ? SEEN_INDICATOR : 0) | (mask & Role.Direction ? SEEN_DIRECTION : 0) | (mask & Role.Notice ? SEEN_NOTICE : 0);
        if (mask & Role.Stance) (indicatorAt ??= []).push(i); // so the stance pass visits only these tokens
      }

      // 3. Negators.
      if (mask & Role.Negator) {
        expireNegation(st, text);
        st.negLeft = r.negWindow;
        st.negWin = r.negWindowBy.size > 0 ? (r.negWindowBy.get(norm) ?? r.negWindow) : r.negWindow;
        st.negToken = i;
        const own = r.negatorOwn.get(norm);
        st.negOwn = own === undefined ? 0 : own;
        st.negStart = tStart;
        st.negEnd = tEnd;
        st.negLemma = norm;
        st.lastHitEnd = -1;
        continue;
      }

      // 3b. Mitigators wait for a negative word; unused, they count as their own weight ("menolak").
      const mit = mask & Role.Mitigator ? r.mitigators.get(norm) : undefined;
      const irr = mit === undefined && mask & Role.Irrealis ? r.irrealis.get(norm) : undefined;
      // A fix inside an open request ("mohon DLH mengangkut sampah") is wished for, not done:
      // it does not turn the problem positive and scores as a plain word.
      const requested = mit !== undefined && mit < 0 && st.mitLeft > 0 && st.mitSign > 0;
      if ((mit !== undefined || irr !== undefined) && !requested) {
        const own = words.get(norm);
        startMitigator(st, mit !== undefined ? -1 : 1, mit ?? irr!, i, own === undefined ? 0 : own, tStart, tEnd, norm, r.negWindow, text);
        continue;
      }

      // 4. Intensifiers: after a hit they strengthen it; before a word they wait for it.
      const im = mask & Role.Intensifier ? r.intensifiers.get(norm) : undefined;
      if (im !== undefined) {
        const pos = r.intensifierPos.get(norm) ?? 3;
        if (pos & 2 && st.lastHitEnd >= 0 && (st.lastHitEnd === i || (st.lastHitEnd === i - 1 && tokens.norm(i - 1).length <= 3))) {
          const h = st.hits[st.hits.length - 1]!;
          h.weight *= im;
          if (!h.rules.includes('intensified')) h.rules.push('intensified');
          st.lastHitEnd = i + 1;
          continue;
        }
        if (pos & 1) {
          startModifier(st, Mod.Intens, im, i, words.get(norm), tStart, tEnd, norm, text);
          continue;
        }
        // An after-only intensifier with nothing before it falls through to the lexicon ("parah" alone is negative).
      }

      // 5. Diminishers wait for their word; unused, they count as their own weight ("lumayan").
      const dm = mask & Role.Diminisher ? r.diminishers.get(norm) : undefined;
      if (dm !== undefined) {
        startModifier(st, Mod.Dimin, dm, i, words.get(norm), tStart, tEnd, norm, text);
        continue;
      }
    }

    // 6. Lexicon: exact norm, then reduplication base, then stem (see lexiconInfo).
    const lemma = info.lemma;
    const w = info.w;
    const via = info.via;
    if (w === undefined || w === 0) continue;
    const rules: SentimentRule[] = [];
    if (via !== undefined) rules.push(via);
    let base = w;
    if (via === 'reduplicated') base *= r.reduplicated;
    const surface = tokens.text(i);
    if (isElongated(surface)) {
      base *= r.elongated;
      rules.push('elongated');
    }
    scoreHit(st, index, surface, tStart, tEnd, norm, lemma, base, rules, i);
    if (caps) (st.capsHits ??= []).push(st.hits.length - 1);
  }
  endSentence(st, text, 0, index);

  // ALL-CAPS emphasis only counts when the text is not mostly caps (headlines, shouting posts).
  if (st.capsHits !== undefined && capsCount * 2 < wordCount) {
    for (const k of st.capsHits) {
      const h = st.hits[k]!;
      h.weight *= r.caps;
      h.rules.push('caps');
    }
  }

  if (st.hits.length > 0) {
    if (r.eventMultiplier !== 1 && index.events.size > 0) applyReportage(st.hits, tokens, index);
    if (r.closingMultiplier !== 1 && r.closingThanks.size > 0) applyClosing(st.hits, tokens, r.closingThanks, r.requestWords, r.closingMultiplier);
  }
  if (r.stance !== undefined) applyStance(st.hits, tokens, text, index, r.stance, stanceSeen, indicatorAt);

  let score = 0;
  for (const h of st.hits) score += h.weight;
  if (!Number.isFinite(score)) score = 0;
  const c = compound(score, r.alpha);
  return { score, compound: c, label: labelFor(c, r.positiveThreshold, r.negativeThreshold), hits: st.hits };
}
