/**
 * The scorer: one left-to-right pass over tokens with a little state
 * (negation scope, pending modifier, clause and sentence boundaries). Rules
 * come from the compiled tables in {@link SentimentIndex}; nothing about
 * particular words is written here.
 */
import type { Token } from '../text/types';
import { compound, labelFor } from './compound';
import { Role, type SentimentIndex } from './lexicon';
import type { PhraseEntry } from './rules';
import { applyStance, SEEN_DIRECTION, SEEN_INDICATOR, SEEN_NOTICE } from './stance';
import type { SentimentHit, SentimentResult, SentimentRule } from './types';

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

/** True when the surface has at least two letters and no lowercase letter. */
function isAllCaps(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/** True when the surface repeats one letter three or more times (`bagusss`). */
function isElongated(s: string): boolean {
  let run = 1;
  for (let i = 1; i < s.length; i++) {
    const a = s.charCodeAt(i) | 32;
    const b = s.charCodeAt(i - 1) | 32;
    if (a === b && a >= 97 && a <= 122) {
      if (++run >= 3) return true;
    } else run = 1;
  }
  return false;
}

/** Base of a reduplicated norm (`ramah-ramah` → `ramah`, `ramah2` → `ramah`), else `undefined`. */
export function reduplicationBase(norm: string): string | undefined {
  const n = norm.length;
  if (n >= 4 && norm.charCodeAt(n - 1) === 50 /* 2 */) return norm.slice(0, n - 1);
  const dash = norm.indexOf('-');
  if (dash <= 0 || dash * 2 + 1 !== n) return undefined;
  for (let i = 0; i < dash; i++) if (norm.charCodeAt(i) !== norm.charCodeAt(dash + 1 + i)) return undefined;
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
  const a = norm.charCodeAt(n - 3);
  const b = norm.charCodeAt(n - 2);
  const c = norm.charCodeAt(n - 1);
  // nya, lah, kah, pun
  if ((a === 110 && b === 121 && c === 97) || (a === 108 && b === 97 && c === 104) || (a === 107 && b === 97 && c === 104) || (a === 112 && b === 117 && c === 110)) return norm.slice(0, n - 3);
  // ku, mu
  if (c === 117 && (b === 107 || b === 109)) return norm.slice(0, n - 2);
  return undefined;
}

function isWordLike(t: Token): boolean {
  const ty = t.type;
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
function startModifier(st: State, kind: Mod, mult: number, tokenIdx: number, own: number | undefined, t: Token, lemma: string, input: string): void {
  expireModifier(st, input);
  st.modKind = kind;
  st.modMult = mult;
  st.modToken = tokenIdx;
  st.modOwn = own === undefined ? 0 : own;
  st.modStart = t.start;
  st.modEnd = t.end;
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
function matchPhrase(list: PhraseEntry[], tokens: readonly Token[], i: number): [PhraseEntry, number] | undefined {
  for (let e = 0; e < list.length; e++) {
    const p = list[e]!;
    const ws = p.words;
    let j = i + 1;
    let k = 1;
    for (; k < ws.length; k++, j++) {
      const t = tokens[j];
      if (t === undefined || !isWordLike(t) || t.norm !== ws[k]) break;
    }
    if (k === ws.length) return [p, j];
  }
  return undefined;
}

/**
 * A token whose norm is several words (`kemana` → `ke mana`) can open a longer
 * phrase that continues in the next tokens (`ke mana dana`). Rare (slang
 * expansions only), so the split is fine here.
 */
function matchSplitPhrase(index: SentimentIndex, norm: string, tokens: readonly Token[], i: number): [PhraseEntry, number] | undefined {
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
      const t = tokens[j];
      if (t === undefined || !isWordLike(t) || t.norm !== ws[k]) break;
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
function hasOpinionCue(tokens: readonly Token[], r: SentimentIndex['rules']): boolean {
  const marks = r.opinionMarks;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const ty = t.type;
    if (ty === 'emoji' || ty === 'emoticon' || ty === 'laughter') return true;
    if (ty === 'punctuation' || ty === 'symbol') {
      const s = t.text;
      for (let k = 0; k < s.length; k++) if (marks.indexOf(s[k]!) >= 0) return true;
    } else if (r.opinionWords.has(t.norm)) return true;
  }
  return false;
}

/**
 * Reportage: with no opinion cue in the text, `event` words (what happened)
 * are scaled by `eventMultiplier`; evaluations keep their weight. Runs only
 * when an event word was hit, so most texts pay nothing.
 */
/** The lexicon term of a hit: its lemma without the negator of a negated term. */
export function termOf(h: SentimentHit): string {
  return h.negator === undefined ? h.lemma : h.lemma.slice(h.negator.length + 1);
}

function applyReportage(hits: SentimentHit[], tokens: readonly Token[], index: SentimentIndex): void {
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
function applyClosing(hits: SentimentHit[], tokens: readonly Token[], thanks: Set<string>, requests: Set<string>, multiplier: number): void {
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
  for (const t of tokens) {
    if (t.start >= firstThanks) break;
    if (requests.has(t.norm)) {
      from = t.start;
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
  const index = ctx.index;
  const r = index.rules;
  const words = index.words;
  const stemLookup = ctx.stemLookup;
  const roles = index.roles;
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
  const n = tokens.length;

  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const type = t.type;

    if (type === 'punctuation' || type === 'symbol') {
      const c = t.text.charCodeAt(0);
      if (isSentenceEnd(c)) {
        // Count "!" over this and any directly following punctuation ("!!!", "?!").
        let ex = 0;
        let j = i;
        for (; j < n; j++) {
          const u = tokens[j]!;
          if (u.type !== 'punctuation' && u.type !== 'symbol') break;
          const s = u.text;
          for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === 33) ex++;
        }
        i = j - 1;
        endSentence(st, text, ex, index);
      } else if (!isTransparentPunct(c)) endClause(st, text);
      continue;
    }

    if (type === 'emoji' || type === 'emoticon') {
      let w = index.emoji.get(t.text);
      if (w === undefined) w = index.emoji.get(t.norm);
      // Fallback without variation selector and skin tone (rare, so the regex allocation is fine).
      if (w === undefined) w = index.emoji.get(t.text.replace(/\uFE0F|\uD83C[\uDFFB-\uDFFF]|\u200D[\u2640\u2642]/g, ''));
      if (w !== undefined && w !== 0) pushHit(st, t.text, t.start, t.end, t.norm, t.norm, w, []);
      continue;
    }

    if (type === 'laughter') {
      if (r.laughter !== 0) pushHit(st, t.text, t.start, t.end, t.norm, t.norm, r.laughter, []);
      continue;
    }

    if (type === 'hashtag') {
      // Hashtag norms are segmented words ("pangkalpinang hebat"): a whole phrase (#AyoVaksin → "ayo vaksin")
      // scores as the phrase, else each word scores alone, no rules across them.
      const whole = t.norm.indexOf(' ') > 0 ? index.phraseByText.get(t.norm) : undefined;
      if (whole !== undefined && whole.kind === 'sentiment' && whole.value !== 0) {
        pushHit(st, t.text, t.start, t.end, t.norm, whole.phrase, whole.value, ['phrase']);
        continue;
      }
      const parts = t.norm.split(' ');
      for (const p of parts) {
        let lemma: string | undefined = p;
        let w = words.get(p);
        if (w === undefined && stemLookup) {
          lemma = stemLookup(p);
          if (lemma !== undefined) w = words.get(lemma);
        }
        if (w !== undefined && w !== 0 && lemma !== undefined) pushHit(st, t.text, t.start, t.end, t.norm, lemma, w, lemma === p ? [] : ['stem']);
      }
      continue;
    }

    if (!isWordLike(t)) continue; // url, email, mention
    wordCount++;
    st.wordsInSentence++;
    st.wordsInClause++;
    const norm = t.norm;
    const c0 = t.text.charCodeAt(0);
    const caps = c0 >= 65 && c0 <= 90 && isAllCaps(t.text);
    if (caps) capsCount++;

    // Scopes count word tokens: expire them before looking at this one.
    if (st.negLeft > 0 && i - st.negToken > st.negWin) expireNegation(st, text);
    if (st.modKind !== Mod.None && i - st.modToken > 2) expireModifier(st, text);
    if (st.mitLeft > 0 && i - st.mitToken > (st.mitSign > 0 ? r.irrWindow : r.negWindow)) expireMitigator(st, text);

    // 1. Phrases and idioms, longest first. A token whose norm is already
    // several words (slang expansion) is looked up whole.
    // One Map lookup tells which rule tables this word is in (most words: none).
    const mask = roles.get(norm) ?? 0;
    let m: [PhraseEntry, number] | undefined;
    const plist = mask & Role.PhraseStart ? index.phrases.get(norm) : undefined;
    if (plist !== undefined) m = matchPhrase(plist, tokens, i);
    else if (norm.indexOf(' ') > 0) {
      const e = matchSplitPhrase(index, norm, tokens, i) ?? index.phraseByText.get(norm);
      if (e !== undefined && !Array.isArray(e)) m = [e, i + 1];
      else if (e !== undefined) m = e;
      else if (r.negators.has(norm.slice(0, norm.indexOf(' '))))
        m = [{ words: [norm], phrase: norm, kind: 'negator', value: 0, before: 1, after: 1, idiom: false }, i + 1];
    }
    {
      if (m !== undefined) {
        const [p, j] = m;
        const last = tokens[j - 1]!;
        const start = t.start;
        const end = last.end;
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
        if (own !== undefined && own !== 0) scoreHit(st, index, t.text, t.start, t.end, norm, norm, own, [], i);
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
        st.negStart = t.start;
        st.negEnd = t.end;
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
        startMitigator(st, mit !== undefined ? -1 : 1, mit ?? irr!, i, own === undefined ? 0 : own, t.start, t.end, norm, r.negWindow, text);
        continue;
      }

      // 4. Intensifiers: after a hit they strengthen it; before a word they wait for it.
      const im = mask & Role.Intensifier ? r.intensifiers.get(norm) : undefined;
      if (im !== undefined) {
        const pos = r.intensifierPos.get(norm) ?? 3;
        if (pos & 2 && st.lastHitEnd >= 0 && (st.lastHitEnd === i || (st.lastHitEnd === i - 1 && tokens[i - 1]!.norm.length <= 3))) {
          const h = st.hits[st.hits.length - 1]!;
          h.weight *= im;
          if (!h.rules.includes('intensified')) h.rules.push('intensified');
          st.lastHitEnd = i + 1;
          continue;
        }
        if (pos & 1) {
          startModifier(st, Mod.Intens, im, i, words.get(norm), t, norm, text);
          continue;
        }
        // An after-only intensifier with nothing before it falls through to the lexicon ("parah" alone is negative).
      }

      // 5. Diminishers wait for their word; unused, they count as their own weight ("lumayan").
      const dm = mask & Role.Diminisher ? r.diminishers.get(norm) : undefined;
      if (dm !== undefined) {
        startModifier(st, Mod.Dimin, dm, i, words.get(norm), t, norm, text);
        continue;
      }
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
    if (w === undefined || w === 0) continue;
    const rules: SentimentRule[] = [];
    if (via !== undefined) rules.push(via);
    let base = w;
    if (via === 'reduplicated') base *= r.reduplicated;
    if (isElongated(t.text)) {
      base *= r.elongated;
      rules.push('elongated');
    }
    scoreHit(st, index, t.text, t.start, t.end, norm, lemma, base, rules, i);
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
