/**
 * Stance rules for public-affairs text, run once after the token pass over
 * its hits: on a problem (`banjir`, `jalan rusak`, `kemiskinan`) the writer's
 * stance comes from what is said about it. A fix after it mitigates it, a
 * persistence marker keeps it negative, news and announcements damp it; an
 * indicator with a direction (`kemiskinan turun`) is scored by the direction;
 * praise that opens a complaint is sarcasm. Every table is data
 * (`rules.json` → `stance`); nothing here names a word.
 */
import type { TokenSource } from '../text/tape';
import { vocabMemo } from '../text/vocab-memo';
import type { TokenType } from '../text/types';
import { isAllCaps, termOf } from './hit-text';
import type { SentimentIndex } from './lexicon';
import type { CompiledStance } from './rules';
import type { SentimentHit } from './types';
import { codeAt } from '../text/chars';

function isWordLike(ty: TokenType): boolean {
  return ty === 'word' || ty === 'abbreviation' || ty === 'number' || ty === 'currency' || ty === 'time';
}

// . ! ? ; and the ellipsis end a sentence; other punctuation but quotes and hyphens ends a clause.
function isSentenceEnd(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 59 || c === 0x2026;
}
function isTransparentPunct(c: number): boolean {
  return c === 34 || c === 39 || c === 45 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d;
}

/** Bits of {@link CompiledStance.wordBits}. */
const W_OPINION = 1;
const W_COMPLAINT = 2;
const W_PERSIST = 4;
const W_PERSIST_FIRST = 8;
const W_DURATION = 16;
const W_SINCE = 32;
const W_PAST = 64;

/**
 * Per-token positions (sentence and clause ids, the word's position in its
 * sentence, -1 for non-words) and what the stance rules ask of the whole text,
 * from ONE pass: word count, whether the writer's own voice shows, and which
 * sentences hold a persistence marker.
 */
interface Layout {
  sent: Int32Array;
  clause: Int32Array;
  pos: Int32Array;
  /** Word tokens. */
  words: number;
  /** An opinion cue (first/second person, chat particle, `!`/`?`, emoji, laughter) or a complaint cue (`mengeluhkan`). */
  voiced: boolean;
  /** Per sentence: bit 1 a persistence marker (or a duration after `sudah`/`sejak`), bit 2 a past marker (`dulu`). */
  persist: Uint8Array;
}

// Scratch buffers reused across calls (scoring is synchronous), grown on demand: most texts allocate nothing.
// One 10 MB text would otherwise pin ~3 × 4 bytes per token for the life of the process, so a text above
// SCRATCH_CAP tokens gets buffers of its own (garbage once it is scored) and the shared ones stay small.
const SCRATCH_CAP = 1 << 16; // tokens: 768 KB of Int32 layout; larger texts are rare and already pay O(n)
let scratch = new Int32Array(0);
let scratchPersist = new Uint8Array(0);

function layout(tokens: TokenSource, st: CompiledStance, r: SentimentIndex['rules']): Layout {
  const n = tokens.count;
  if (n > SCRATCH_CAP) return fillLayout(tokens, st, r, new Int32Array(3 * n), new Uint8Array(n + 1));
  if (scratch.length < 3 * n) scratch = new Int32Array(Math.max(3 * n, 3 * 64));
  if (scratchPersist.length < n + 1) scratchPersist = new Uint8Array(Math.max(n + 1, 64));
  return fillLayout(tokens, st, r, scratch, scratchPersist);
}

/**
 * Tokens the shared stance scratch buffers can hold now (for tests of the size cap).
 *
 * @internal
 * @example
 * ```ts
 * stanceScratchTokens() <= 65536; // true, whatever was scored before
 * ```
 */
export function stanceScratchTokens(): number {
  return Math.min(scratch.length / 3, scratchPersist.length - 1);
}

/**
 * `wordBits` per token key (see {@link TokenSource.key}), per stance table and
 * vocabulary: a word's bits are looked up in the Map once per vocabulary, then
 * read by index (the layout pass visits every word of every text it runs on).
 * Bounded like the keys: a cleared vocabulary bumps its generation.
 */
const bitsMemo = new WeakMap<CompiledStance, WeakMap<object, { generation: number; bits: number[] }>>();

function bitsCache(tokens: TokenSource, st: CompiledStance): number[] | undefined {
  if (tokens.memoScope === undefined) return undefined;
  let byScope = bitsMemo.get(st);
  if (byScope === undefined) bitsMemo.set(st, (byScope = new WeakMap()));
  return vocabMemo(byScope, tokens, (generation) => ({ generation, bits: [] }))!.bits;
}

/** Fills the layout of `tokens` into `buf` (3 × n) and `persistBuf` (n + 1). */
function fillLayout(tokens: TokenSource, st: CompiledStance, r: SentimentIndex['rules'], buf: Int32Array, persistBuf: Uint8Array): Layout {
  const n = tokens.count;
  const sent = buf.subarray(0, n);
  const clause = buf.subarray(n, 2 * n);
  const pos = buf.subarray(2 * n, 3 * n);
  const persist = persistBuf.subarray(0, n + 1);
  persist.fill(0);
  const marks = r.opinionMarks;
  const bits = st.wordBits;
  let s = 0;
  let c = 0;
  let p = 0;
  let words = 0;
  let voiced = false;
  let sinceAt = -10; // index of the last duration opener ("sudah", "sejak")
  const cache = bitsCache(tokens, st);
  for (let i = 0; i < n; i++) {
    const ty = tokens.type(i);
    sent[i] = s;
    clause[i] = c;
    if (ty === 'punctuation' || ty === 'symbol') {
      pos[i] = -1;
      const text = tokens.text(i);
      const ch = codeAt(text, 0);
      if (!voiced) for (let k = 0; k < text.length; k++) if (marks.indexOf(text[k]!) >= 0) voiced = true;
      if (isSentenceEnd(ch)) {
        s++;
        c++;
        p = 0;
      } else if (!isTransparentPunct(ch)) c++;
      continue;
    }
    if (ty === 'emoji' || ty === 'emoticon' || ty === 'laughter') voiced = true;
    if (!isWordLike(ty)) {
      pos[i] = -1;
      continue;
    }
    pos[i] = p++;
    words++;
    const key = cache !== undefined ? tokens.key(i) : -1;
    let b = key >= 0 ? cache![key] : undefined;
    if (b === undefined || b < 0) {
      b = bits.get(tokens.norm(i)) ?? 0;
      if (key >= 0) {
        while (cache!.length < key) cache!.push(-1); // dense, no holes; -1: not looked up yet
        cache![key] = b;
      }
    }
    if (b === 0) continue;
    const norm = tokens.norm(i);
    if (b & (W_OPINION | W_COMPLAINT)) voiced = true;
    if (b & W_PERSIST) persist[s] = persist[s]! | 1;
    if (b & W_PERSIST_FIRST) {
      if (i + 1 < n && st.persistBefore.has(`${norm} ${tokens.norm(i + 1)}`)) persist[s] = persist[s]! | 1;
    }
    if (b & W_DURATION && i - sinceAt <= 3) persist[s] = persist[s]! | 1;
    if (b & W_PAST && i - sinceAt > 1) persist[s] = persist[s]! | 2; // "dulu", but not "dari dulu"
    if (b & W_SINCE) sinceAt = i;
  }
  return { sent, clause, pos, words, voiced, persist };
}

/** Index of the token that starts at `offset` (or the first after it); tokens are in text order. */
function tokenAt(tokens: TokenSource, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.start(mid) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The hit that ends at `end` and contains `start` (hits are in text order; binary search). */
function hitEndingAt(hits: readonly SentimentHit[], start: number, end: number): SentimentHit | undefined {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const h = hits[lo - 1];
  return h !== undefined && h.end === end ? h : undefined;
}

/** Index of the last token that ends at or before `offset`. */
function tokenEndingAt(tokens: TokenSource, offset: number): number {
  let lo = 0;
  let hi = tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens.end(mid) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// `problems` holds the problem words and every phrase that contains one (built in lexicon.ts).
function isProblem(h: SentimentHit, problems: Set<string>): boolean {
  return problems.has(termOf(h));
}

/** True when the first word of the text is an announcement marker (`Info:`, `PENGUMUMAN`, `[Jadwal]`). */
function isAnnouncement(tokens: TokenSource, st: CompiledStance): boolean {
  const n = tokens.count;
  for (let i = 0; i < n; i++) if (st.noticeCues.has(tokens.norm(i))) return true;
  for (let i = 0; i < n; i++) {
    const ty = tokens.type(i);
    if (isWordLike(ty) || ty === 'hashtag') {
      const norm = tokens.norm(i);
      const w = ty === 'hashtag' ? norm.split(' ')[0]! : norm;
      if (st.announcement.has(w)) return true;
      return st.announcementColon.has(w) && i + 1 < n && codeAt(tokens.text(i + 1), 0) === 58; // ':'
    }
    if (ty !== 'punctuation' && ty !== 'symbol' && ty !== 'emoji') return false;
  }
  return false;
}

function addRule(h: SentimentHit, rule: SentimentHit['rules'][number]): void {
  if (!h.rules.includes(rule)) h.rules.push(rule);
}

/**
 * Indicator + direction: replaces the hits of `kemiskinan … turun` (either
 * order, same clause, within the window) with one hit spanning both, signed
 * by indicator × direction. Returns true when it changed the hits.
 */
function applyIndicators(hits: SentimentHit[], tokens: TokenSource, text: string, L: Layout, st: CompiledStance, negators: Set<string>, at: readonly number[]): boolean {
  const pairs: SentimentHit[] = [];
  const n = tokens.count;
  let used = -1; // last token consumed by an indicator pair
  for (const i of at) {
    if (i <= used) continue;
    if (L.pos[i]! < 0) continue;
    const sign = st.indicator.get(tokens.norm(i));
    if (sign === undefined) continue;
    // Direction after the indicator ("kemiskinan turun"), else before it ("penurunan angka kemiskinan").
    let d = 0;
    let j = -1;
    let negated = false;
    let negAt = -1; // a negator before a direction that precedes the indicator starts the pair
    let words = 0;
    for (let k = i + 1; k < n && words < st.indicatorWindow; k++) {
      if (L.clause[k] !== L.clause[i]) break;
      if (L.pos[k]! < 0) continue;
      words++;
      const un = tokens.norm(k);
      const dir = st.direction.get(un);
      if (dir !== undefined) {
        d = dir;
        j = k;
        break;
      }
      // A nearer indicator takes the direction ("pasien sembuh bertambah").
      if (st.indicator.has(un)) break;
      if (negators.has(un)) negated = true;
    }
    if (j < 0) {
      words = 0;
      negated = false;
      for (let k = i - 1; k > used && words < st.indicatorWindow; k--) {
        if (L.clause[k] !== L.clause[i]) break;
        if (L.pos[k]! < 0) continue;
        words++;
        const dir = st.direction.get(tokens.norm(k));
        if (dir !== undefined) {
          d = dir;
          j = k;
          // "tidak menurunkan angka kemiskinan": the pair starts at the negator, so the negator's own
          // hit ("tidak kemiskinan") is inside it and replaced, not counted against it.
          for (let m = k - 1; m > used && m >= k - 2; m--) {
            if (L.pos[m]! >= 0 && L.clause[m] === L.clause[i] && negators.has(tokens.norm(m))) {
              negated = true;
              negAt = m;
              break;
            }
          }
          break;
        }
      }
    }
    if (j < 0) continue;
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const from = negAt >= 0 ? negAt : a;
    const start = tokens.start(from);
    const end = tokens.end(b);
    let w = sign * d * st.indicatorWeight;
    if (negated) w = -w * 0.5;
    // A plan or a meeting topic ("rapat percepatan penurunan stunting", "upaya menekan inflasi") is not a result.
    let topic = false;
    for (let k = a - 1, seen = 0; k >= 0 && seen < 3 && L.sent[k] === L.sent[a]; k--) {
      if (L.pos[k]! < 0) continue;
      seen++;
      if (st.indicatorTopics.has(tokens.norm(k))) topic = true;
    }
    if (topic) w = 0;
    const norm = `${tokens.norm(a)} ${tokens.norm(b)}`;
    const neg = negAt >= 0 ? tokens.norm(negAt) : undefined;
    const lemma = neg === undefined ? norm : `${neg} ${norm}`;
    const hit: SentimentHit = { text: text.slice(start, end), start, end, norm, lemma, weight: w + 0, rules: ['indicator'] };
    if (negated) hit.rules.push('negated');
    if (neg !== undefined) hit.negator = neg;
    pairs.push(hit);
    used = b;
  }
  if (pairs.length === 0) return false;
  // Each pair replaces every hit that overlaps it (a negated "tidak turun", "meningkat" +1.5,
  // "kemiskinan" −2, a negated "tidak kemiskinan" that starts at the pair's negator): one merge of
  // two start-ordered lists, so a flood of pairs stays linear. Pairs do not overlap each other, so
  // the first pair ending after a hit's start is the only one that can overlap it first.
  const out: SentimentHit[] = [];
  let p = 0;
  for (const h of hits) {
    while (p < pairs.length && pairs[p]!.end <= h.start) out.push(pairs[p++]!);
    const cur = pairs[p];
    if (cur !== undefined && cur.start < h.end) continue;
    out.push(h);
  }
  while (p < pairs.length) out.push(pairs[p++]!);
  out.sort((x, y) => x.start - y.start); // already ordered but for a pair that starts inside an earlier hit
  hits.length = 0;
  for (const h of out) hits.push(h);
  return true;
}

function isCapitalized(s: string): boolean {
  const c = codeAt(s, 0);
  if (c < 65 || c > 90) return false;
  for (let i = 1; i < s.length; i++) {
    const d = codeAt(s, i);
    if (d >= 97 && d <= 122) return true;
  }
  return false;
}

/**
 * Words inside a proper name are not sentiment: `Kelurahan Opas Indah`, `Tim
 * Saber Pungli`, `Jumat Bersih`, `Pemadam Kebakaran Kota`. A capitalized hit
 * whose previous word is capitalized too (and is not the first word of its
 * sentence, unless the next word is capitalized as well) is dropped — only in
 * text that is not mostly capitalized (Title Case headlines keep their words).
 */
function dropNameParts(hits: SentimentHit[], tokens: TokenSource, heads: Set<string>): void {
  let ratio = -1; // capitalized share of non-initial words, computed only when a candidate shows up
  let drop: Set<SentimentHit> | undefined;
  for (let k = hits.length - 1; k >= 0; k--) {
    const h = hits[k]!;
    const c = codeAt(h.text, 0);
    if (c < 65 || c > 90) continue;
    // A short ALL-CAPS acronym the normalizer read as slang ("Penyerahan SK" is not "suka").
    if (h.text.length <= 3 && isAllCaps(h.text) && h.norm !== h.text.toLowerCase() && h.rules.indexOf('phrase') < 0) {
      (drop ??= new Set()).add(h);
      continue;
    }
    if (!isCapitalized(h.text) || h.negator !== undefined) continue;
    const i = tokenAt(tokens, h.start);
    if (i < 1 || i > tokens.count || !isWordLike(tokens.type(i - 1)) || !isCapitalized(tokens.text(i - 1))) continue;
    const j = tokenEndingAt(tokens, h.end) + 1;
    const nextCap = j >= 0 && j < tokens.count && isWordLike(tokens.type(j)) && isCapitalized(tokens.text(j));
    // A name head within three capitalized words before ("Kelurahan Opas Indah", "Tim Saber Pungli",
    // "Kegiatan Jumat Bersih"); a headline ("Demokrat Protes", "Pemerintah Dipuji") has none.
    let head = false;
    for (let q = i - 1; q >= 0 && q >= i - 3; q--) {
      if (!isWordLike(tokens.type(q))) break;
      const ut = tokens.text(q);
      if (!(isCapitalized(ut) || isAllCaps(ut))) break;
      if (heads.has(ut.toLowerCase())) head = true;
    }
    if (!head) continue;
    if (ratio < 0) ratio = capsRatio(tokens);
    if (ratio > 0.5) break; // Title Case headline: its words are words
    (drop ??= new Set()).add(h);
  }
  if (drop === undefined) return;
  // One compaction pass (splicing one by one would be quadratic on a flood of names).
  let w = 0;
  for (const h of hits) if (!drop.has(h)) hits[w++] = h;
  hits.length = w;
}

/** Share of capitalized words among words that do not open a sentence. */
function capsRatio(tokens: TokenSource): number {
  let words = 0;
  let caps = 0;
  let initial = true;
  for (let k = 0; k < tokens.count; k++) {
    const ty = tokens.type(k);
    if (ty === 'punctuation' || ty === 'symbol') {
      if (isSentenceEnd(codeAt(tokens.text(k), 0))) initial = true;
      continue;
    }
    if (!isWordLike(ty)) continue;
    if (!initial) {
      words++;
      if (isCapitalized(tokens.text(k))) caps++;
    }
    initial = false;
  }
  return words === 0 ? 0 : caps / words;
}

/** True when the string has an ASCII capital letter (the only-markers are ASCII words). */
function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}

/**
 * True when a word token spells one of `st.onlyClose` in any letter case
 * (`doang`, `Doang`, `DOANG`): exactly the tokens {@link applyOnlyMarkers}
 * acts on. Read on the token spans, so a text without a token of a marker's
 * length costs a length test per token and no string.
 */
function hasOnlyClose(tokens: TokenSource, text: string, st: CompiledStance): boolean {
  const first = st.onlyCloseFirst;
  const max = st.onlyMaxLength;
  for (let k = 0; k < tokens.count; k++) {
    const a = tokens.start(k);
    const len = tokens.end(k) - a;
    // first letter (ASCII, folded) of a marker? most tokens stop here without a string
    const c = codeAt(text, a) | 32;
    if (len > max || (c < 128 && first[c] === 0) || !isWordLike(tokens.type(k))) continue;
    const raw = tokens.text(k);
    if (st.onlyClose.has(hasUpper(raw) ? raw.toLowerCase() : raw)) return true;
  }
  return false;
}

/**
 * `cuma … doang`: a slang "only … only" frame is a complaint (`airnya keluar
 * cuma tengah malem doang`). Matched on the surface (lowercased), since the
 * normalizer maps both words to neutral forms (`hanya`, `saja`).
 */
function applyOnlyMarkers(hits: SentimentHit[], tokens: TokenSource, text: string, L: Layout, st: CompiledStance): void {
  let open = -1;
  for (let i = 0; i < tokens.count; i++) {
    if (L.pos[i]! < 0) continue;
    const raw = tokens.text(i);
    if (raw.length > st.onlyMaxLength) continue; // (most words: no lowercase copy)
    const s = hasUpper(raw) ? raw.toLowerCase() : raw; // "CUMA JANJI DOANG", "Cuma
    if (open >= 0 && L.clause[open] !== L.clause[i]) open = -1;
    if (st.onlyOpen.has(s)) open = i;
    else if (st.onlyClose.has(s)) {
      const a = open >= 0 ? open : i;
      const start = tokens.start(a);
      const end = tokens.end(i);
      hits.push({ text: text.slice(start, end), start, end, norm: tokens.norm(i), lemma: open >= 0 ? 'cuma doang' : 'doang', weight: open >= 0 ? st.onlyWeight : st.onlyWeight * 0.5, rules: ['phrase'] });
      open = -1;
    }
  }
  hits.sort((x, y) => x.start - y.start);
}

/** Bits of the `seen` argument of {@link applyStance}, set by the token pass. */
export const SEEN_INDICATOR = 1;
/** An announcement or notice word was seen. */
export const SEEN_NOTICE = 2;
/** A direction word was seen (indicator pairs need both). */
export const SEEN_DIRECTION = 4;

/**
 * Runs the stance rules over the hits of one text (mutating them). Called by
 * the scorer after the token pass when the rules have a `stance` table.
 *
 * @param seen bits from the token pass: {@link SEEN_INDICATOR} and
 *   {@link SEEN_DIRECTION} (an indicator word, a direction word),
 *   {@link SEEN_NOTICE} (an announcement or notice word);
 *   without them only the hit-based rules can apply.
 * @param indicatorAt indexes of the indicator tokens the token pass saw (in order).
 */
export function applyStance(
  hits: SentimentHit[],
  tokens: TokenSource,
  text: string,
  index: SentimentIndex,
  st: CompiledStance,
  seen: number,
  indicatorAt: readonly number[] | undefined,
): void {
  const problems = index.problems;
  const stanceSeen = (seen & (SEEN_INDICATOR | SEEN_DIRECTION)) === (SEEN_INDICATOR | SEEN_DIRECTION);
  let anyProblem = false;
  let anyPraise = false;
  let anyNegative = false;
  for (const h of hits) {
    if (h.weight < 0) {
      anyNegative = true;
      if (isProblem(h, problems)) anyProblem = true;
    } else if (h.weight > 0 && (st.sarcasmPraise.has(h.lemma) || st.sarcasmEmoji.has(h.text))) anyPraise = true;
  }
  const noticeSeen = anyNegative && (seen & SEEN_NOTICE) !== 0;
  // `doang` is normalized away, so look at the surface, in any letter case ("CUMA JANJI DOANG").
  const only = st.onlyClose.size > 0 && hasOnlyClose(tokens, text, st);
  if (hits.length > 0 && st.nameHeads.size > 0) dropNameParts(hits, tokens, st.nameHeads);
  if (!stanceSeen && !anyProblem && !only && !noticeSeen && !(anyPraise && anyNegative)) return;
  const L = layout(tokens, st, index.rules);
  if (only) applyOnlyMarkers(hits, tokens, text, L, st);
  if (stanceSeen && indicatorAt !== undefined) applyIndicators(hits, tokens, text, L, st, index.rules.negators, indicatorAt);

  // Problems: fixed, persistent, or damped as news.
  const persistent = new Set<SentimentHit>();
  if (anyProblem || noticeSeen) {
    // News: no opinion cue and no judgement of the writer's own besides the problems and events
    // ("jauh dan macetnya bikin malas" judges); announcements damp even with cues ("Info dong min").
    let judged = false;
    for (const h of hits) if (h.weight <= -1 && !isProblem(h, problems) && !index.events.has(h.lemma) && !h.rules.includes('indicator')) judged = true;
    const notice = noticeSeen && isAnnouncement(tokens, st);
    const news = !notice && !judged && !L.voiced && L.words >= st.newsMinWords;
    const damp = st.problemMultiplier !== 1 && (news || notice);
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]!;
      if (h.rules.includes('indicator') || h.weight === 0) continue;
      // A notice damps every negative word ("layanan sementara tidak dapat diakses"); news damps problems,
      // including a negated one ("tidak ada korban jiwa" is not praise).
      if (!isProblem(h, problems)) {
        if (notice && h.weight < 0) {
          h.weight *= st.problemMultiplier;
          addRule(h, 'reportage');
        }
        continue;
      }
      if (h.weight > 0) {
        if (damp && h.negator !== undefined) {
          h.weight *= st.problemMultiplier;
          addRule(h, 'reportage');
        }
        continue;
      }
      const first = tokenAt(tokens, h.start);
      const last = tokenEndingAt(tokens, h.end);
      if (first >= tokens.count || last < 0) continue;
      const sent = L.sent[last]!;
      // Fix after the problem, in its sentence and window, not negated.
      let fixed = false;
      let words = 0;
      for (let m = last + 1; m < tokens.count && words < st.fixWindow; m++) {
        if (L.sent[m] !== sent) break;
        if (L.pos[m]! < 0) continue;
        words++;
        if (!st.fixes.has(tokens.norm(m))) continue;
        const fh = hitEndingAt(hits, tokens.start(m), tokens.end(m));
        // "belum juga diperbaiki", "tak kunjung ditangani": a negator just before the fix undoes it.
        let neg = false;
        for (let q = m - 1; q >= 0 && q >= m - 2; q--) if (index.rules.negators.has(tokens.norm(q)) || st.persistBefore.has(tokens.norm(q))) neg = true;
        // "udah surut belum?" asks whether it was fixed.
        if (m + 1 < tokens.count && index.rules.negators.has(tokens.norm(m + 1))) neg = true;
        if (!neg && (fh === undefined || fh.weight > 0)) fixed = true;
        break;
      }
      if (fixed) {
        h.weight = h.weight * st.fixMultiplier + 0;
        addRule(h, 'mitigated');
        continue;
      }
      // Persistence: a marker earlier in the sentence, or right after the problem.
      // (A phrase that holds its own marker, "banjir lagi", is persistent too.)
      let pers = false;
      let inPhrase = false;
      if (h.lemma.indexOf(' ') > 0 && index.persistentPhrases.has(h.lemma)) inPhrase = true;
      if (last + 1 < tokens.count && L.pos[last + 1]! >= 0 && st.persistAfter.has(tokens.norm(last + 1))) pers = true;
      // Markers anywhere in the sentence ("mabuk tiap malam", "mampet … sampai sekarang"); a duration after
      // "sudah"/"sejak" ("sudah tiga tahun rusak") is one too.
      const past = (L.persist[sent]! & 2) !== 0;
      if ((L.persist[sent]! & 1) !== 0 && !past) pers = true;
      if (past) {
        // "dulu atapnya masih bolong, sekarang sudah bagus": the problem is history.
        h.weight = h.weight * st.pastMultiplier + 0;
        addRule(h, 'mitigated');
        continue;
      }
      if (inPhrase) {
        // The phrase's own weight already says it ("antre lama", "banjir lagi"): keep it, undamped.
        h.weight = Math.min(h.weight, -st.persistMinimum);
        addRule(h, 'persistence');
        persistent.add(h);
        continue;
      }
      if (pers) {
        h.weight = Math.min(h.weight * st.persistMultiplier, -st.persistMinimum);
        addRule(h, 'persistence');
        persistent.add(h);
        continue;
      }
      if (damp && !h.rules.includes('intensified') && !h.rules.includes('elongated')) {
        h.weight = h.weight * st.problemMultiplier + 0;
        addRule(h, 'reportage');
      }
    }
  }

  // Sarcasm: praise opening a sentence, then an unfixed problem, a persistent one or a negated positive.
  if (anyPraise && st.sarcasmMultiplier !== 1) {
    let first = -1;
    let last = -1;
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]!;
      // A complaint: an unfixed or persistent problem, or a negated fix ("belum diperbaiki").
      if (h.weight <= -1 && (persistent.has(h) || isProblem(h, problems) || (h.negator !== undefined && st.fixes.has(termOf(h))))) {
        if (first < 0) first = k;
        last = k;
      }
    }
    if (last >= 0) {
      let contrast = false;
      for (const h of hits) if (h.rules.includes('contrast')) contrast = true;
      for (let k = 0; k < hits.length; k++) {
        const h = hits[k]!;
        if (!(h.weight > 0) || contrast) continue;
        if (st.sarcasmEmoji.has(h.text)) {
          // 👏 / 🙃 after a complaint
          if (k > first) {
            h.weight *= st.sarcasmMultiplier;
            addRule(h, 'sarcasm');
          }
          continue;
        }
        if (k >= last || !st.sarcasmPraise.has(h.lemma) || h.rules.includes('negated')) continue;
        // The praise opens the text (first sentence, first words) and the complaint follows within a sentence.
        const ti = tokenAt(tokens, h.start);
        const p = ti < tokens.count ? L.pos[ti]! : -1;
        if (p < 0 || p >= st.sarcasmWindow || L.sent[ti] !== 0) continue;
        const ci = tokenAt(tokens, hits[last]!.start);
        if (ci < tokens.count && L.sent[ci]! > 1) continue;
        h.weight *= st.sarcasmMultiplier;
        addRule(h, 'sarcasm');
      }
    }
  }
}
