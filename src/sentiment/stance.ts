/**
 * Stance rules for public-affairs text, run once after the token pass over
 * its hits: on a problem (`banjir`, `jalan rusak`, `kemiskinan`) the writer's
 * stance comes from what is said about it. A fix after it mitigates it, a
 * persistence marker keeps it negative, news and announcements damp it; an
 * indicator with a direction (`kemiskinan turun`) is scored by the direction;
 * praise that opens a complaint is sarcasm. Every table is data
 * (`rules.json` → `stance`); nothing here names a word.
 */
import type { Token } from '../text/types';
import { isAllCaps, termOf } from './hit-text';
import type { SentimentIndex } from './lexicon';
import type { CompiledStance } from './rules';
import type { SentimentHit } from './types';
import { codeAt } from '../text/chars';

function isWordLike(t: Token): boolean {
  const ty = t.type;
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

function layout(tokens: readonly Token[], st: CompiledStance, r: SentimentIndex['rules']): Layout {
  const n = tokens.length;
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

/** Fills the layout of `tokens` into `buf` (3 × n) and `persistBuf` (n + 1). */
function fillLayout(tokens: readonly Token[], st: CompiledStance, r: SentimentIndex['rules'], buf: Int32Array, persistBuf: Uint8Array): Layout {
  const n = tokens.length;
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
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const ty = t.type;
    sent[i] = s;
    clause[i] = c;
    if (ty === 'punctuation' || ty === 'symbol') {
      pos[i] = -1;
      const text = t.text;
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
    if (!isWordLike(t)) {
      pos[i] = -1;
      continue;
    }
    pos[i] = p++;
    words++;
    const b = bits.get(t.norm);
    if (b === undefined) continue;
    if (b & (W_OPINION | W_COMPLAINT)) voiced = true;
    if (b & W_PERSIST) persist[s] = persist[s]! | 1;
    if (b & W_PERSIST_FIRST) {
      const next = tokens[i + 1];
      if (next !== undefined && st.persistBefore.has(`${t.norm} ${next.norm}`)) persist[s] = persist[s]! | 1;
    }
    if (b & W_DURATION && i - sinceAt <= 3) persist[s] = persist[s]! | 1;
    if (b & W_PAST && i - sinceAt > 1) persist[s] = persist[s]! | 2; // "dulu", but not "dari dulu"
    if (b & W_SINCE) sinceAt = i;
  }
  return { sent, clause, pos, words, voiced, persist };
}

/** Index of the token that starts at `offset` (or the first after it); tokens are in text order. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
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
function tokenEndingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// `problems` holds the problem words and every phrase that contains one (built in lexicon.ts).
function isProblem(h: SentimentHit, problems: Set<string>): boolean {
  return problems.has(termOf(h));
}

/** True when the first word of the text is an announcement marker (`Info:`, `PENGUMUMAN`, `[Jadwal]`). */
function isAnnouncement(tokens: readonly Token[], st: CompiledStance): boolean {
  for (const t of tokens) if (st.noticeCues.has(t.norm)) return true;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isWordLike(t) || t.type === 'hashtag') {
      const w = t.type === 'hashtag' ? t.norm.split(' ')[0]! : t.norm;
      if (st.announcement.has(w)) return true;
      const next = tokens[i + 1];
      return st.announcementColon.has(w) && next !== undefined && codeAt(next.text, 0) === 58; // ':'
    }
    if (t.type !== 'punctuation' && t.type !== 'symbol' && t.type !== 'emoji') return false;
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
function applyIndicators(hits: SentimentHit[], tokens: readonly Token[], text: string, L: Layout, st: CompiledStance, negators: Set<string>, at: readonly number[]): boolean {
  const pairs: SentimentHit[] = [];
  const n = tokens.length;
  let used = -1; // last token consumed by an indicator pair
  for (const i of at) {
    if (i <= used) continue;
    const t = tokens[i]!;
    if (L.pos[i]! < 0) continue;
    const sign = st.indicator.get(t.norm);
    if (sign === undefined) continue;
    // Direction after the indicator ("kemiskinan turun"), else before it ("penurunan angka kemiskinan").
    let d = 0;
    let j = -1;
    let negated = false;
    let negAt = -1; // a negator before a direction that precedes the indicator starts the pair
    let words = 0;
    for (let k = i + 1; k < n && words < st.indicatorWindow; k++) {
      const u = tokens[k]!;
      if (L.clause[k] !== L.clause[i]) break;
      if (L.pos[k]! < 0) continue;
      words++;
      const dir = st.direction.get(u.norm);
      if (dir !== undefined) {
        d = dir;
        j = k;
        break;
      }
      // A nearer indicator takes the direction ("pasien sembuh bertambah").
      if (st.indicator.has(u.norm)) break;
      if (negators.has(u.norm)) negated = true;
    }
    if (j < 0) {
      words = 0;
      negated = false;
      for (let k = i - 1; k > used && words < st.indicatorWindow; k--) {
        const u = tokens[k]!;
        if (L.clause[k] !== L.clause[i]) break;
        if (L.pos[k]! < 0) continue;
        words++;
        const dir = st.direction.get(u.norm);
        if (dir !== undefined) {
          d = dir;
          j = k;
          // "tidak menurunkan angka kemiskinan": the pair starts at the negator, so the negator's own
          // hit ("tidak kemiskinan") is inside it and replaced, not counted against it.
          for (let m = k - 1; m > used && m >= k - 2; m--) {
            if (L.pos[m]! >= 0 && L.clause[m] === L.clause[i] && negators.has(tokens[m]!.norm)) {
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
    const start = tokens[from]!.start;
    const end = tokens[b]!.end;
    let w = sign * d * st.indicatorWeight;
    if (negated) w = -w * 0.5;
    // A plan or a meeting topic ("rapat percepatan penurunan stunting", "upaya menekan inflasi") is not a result.
    let topic = false;
    for (let k = a - 1, seen = 0; k >= 0 && seen < 3 && L.sent[k] === L.sent[a]; k--) {
      if (L.pos[k]! < 0) continue;
      seen++;
      if (st.indicatorTopics.has(tokens[k]!.norm)) topic = true;
    }
    if (topic) w = 0;
    const norm = `${tokens[a]!.norm} ${tokens[b]!.norm}`;
    const neg = negAt >= 0 ? tokens[negAt]!.norm : undefined;
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
function dropNameParts(hits: SentimentHit[], tokens: readonly Token[], heads: Set<string>): void {
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
    const prev = tokens[i - 1];
    if (prev === undefined || !isWordLike(prev) || !isCapitalized(prev.text)) continue;
    const j = tokenEndingAt(tokens, h.end) + 1;
    const next = tokens[j];
    const nextCap = next !== undefined && isWordLike(next) && isCapitalized(next.text);
    // A name head within three capitalized words before ("Kelurahan Opas Indah", "Tim Saber Pungli",
    // "Kegiatan Jumat Bersih"); a headline ("Demokrat Protes", "Pemerintah Dipuji") has none.
    let head = false;
    for (let q = i - 1; q >= 0 && q >= i - 3; q--) {
      const u = tokens[q]!;
      if (!isWordLike(u) || !(isCapitalized(u.text) || isAllCaps(u.text))) break;
      if (heads.has(u.text.toLowerCase())) head = true;
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
function capsRatio(tokens: readonly Token[]): number {
  let words = 0;
  let caps = 0;
  let initial = true;
  for (const t of tokens) {
    if (t.type === 'punctuation' || t.type === 'symbol') {
      if (isSentenceEnd(codeAt(t.text, 0))) initial = true;
      continue;
    }
    if (!isWordLike(t)) continue;
    if (!initial) {
      words++;
      if (isCapitalized(t.text)) caps++;
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
 * True when `text` contains the lowercase ASCII word `w` in any letter case
 * (`doang`, `Doang`, `DOANG`). The common case is one native `indexOf`; else
 * native `indexOf` jumps between occurrences of `w`'s first letter in either
 * case and the rest is compared case-folded, so the text is never copied.
 */
function includesFolded(text: string, w: string): boolean {
  if (text.indexOf(w) >= 0) return true;
  const last = text.length - w.length;
  for (const first of [w[0]!, w[0]!.toUpperCase()]) {
    for (let i = text.indexOf(first); i >= 0 && i <= last; i = text.indexOf(first, i + 1)) {
      let k = 1;
      while (k < w.length && (codeAt(text, i + k) | 32) === codeAt(w, k)) k++;
      if (k === w.length) return true;
    }
  }
  return false;
}

/**
 * `cuma … doang`: a slang "only … only" frame is a complaint (`airnya keluar
 * cuma tengah malem doang`). Matched on the surface (lowercased), since the
 * normalizer maps both words to neutral forms (`hanya`, `saja`).
 */
function applyOnlyMarkers(hits: SentimentHit[], tokens: readonly Token[], text: string, L: Layout, st: CompiledStance): void {
  let open = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (L.pos[i]! < 0) continue;
    const raw = tokens[i]!.text;
    if (raw.length > st.onlyMaxLength) continue; // (most words: no lowercase copy)
    const s = hasUpper(raw) ? raw.toLowerCase() : raw; // "CUMA JANJI DOANG", "Cuma
    if (open >= 0 && L.clause[open] !== L.clause[i]) open = -1;
    if (st.onlyOpen.has(s)) open = i;
    else if (st.onlyClose.has(s)) {
      const a = open >= 0 ? open : i;
      const start = tokens[a]!.start;
      const end = tokens[i]!.end;
      hits.push({ text: text.slice(start, end), start, end, norm: tokens[i]!.norm, lemma: open >= 0 ? 'cuma doang' : 'doang', weight: open >= 0 ? st.onlyWeight : st.onlyWeight * 0.5, rules: ['phrase'] });
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
  tokens: readonly Token[],
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
  let only = false;
  for (const w of st.onlyClose) if (includesFolded(text, w)) only = true;
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
      if (first >= tokens.length || last < 0) continue;
      const sent = L.sent[last]!;
      // Fix after the problem, in its sentence and window, not negated.
      let fixed = false;
      let words = 0;
      for (let m = last + 1; m < tokens.length && words < st.fixWindow; m++) {
        if (L.sent[m] !== sent) break;
        if (L.pos[m]! < 0) continue;
        words++;
        const u = tokens[m]!;
        if (!st.fixes.has(u.norm)) continue;
        const fh = hitEndingAt(hits, u.start, u.end);
        // "belum juga diperbaiki", "tak kunjung ditangani": a negator just before the fix undoes it.
        let neg = false;
        for (let q = m - 1; q >= 0 && q >= m - 2; q--) if (index.rules.negators.has(tokens[q]!.norm) || st.persistBefore.has(tokens[q]!.norm)) neg = true;
        // "udah surut belum?" asks whether it was fixed.
        const after = tokens[m + 1];
        if (after !== undefined && index.rules.negators.has(after.norm)) neg = true;
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
      const after = tokens[last + 1];
      if (after !== undefined && L.pos[last + 1]! >= 0 && st.persistAfter.has(after.norm)) pers = true;
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
        const p = ti < tokens.length ? L.pos[ti]! : -1;
        if (p < 0 || p >= st.sarcasmWindow || L.sent[ti] !== 0) continue;
        const ci = tokenAt(tokens, hits[last]!.start);
        if (ci < tokens.length && L.sent[ci]! > 1) continue;
        h.weight *= st.sarcasmMultiplier;
        addRule(h, 'sarcasm');
      }
    }
  }
}
