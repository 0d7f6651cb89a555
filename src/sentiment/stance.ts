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
import type { SentimentIndex } from './lexicon';
import type { CompiledStance } from './rules';
import type { SentimentHit } from './types';

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

/** Per-token positions: sentence and clause ids, and the word's position in its sentence (0-based; -1 for non-words). */
interface Layout {
  sent: Int32Array;
  clause: Int32Array;
  pos: Int32Array;
}

function layout(tokens: readonly Token[]): Layout {
  const n = tokens.length;
  const sent = new Int32Array(n);
  const clause = new Int32Array(n);
  const pos = new Int32Array(n);
  let s = 0;
  let c = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.type === 'punctuation' || t.type === 'symbol') {
      const ch = t.text.charCodeAt(0);
      sent[i] = s;
      clause[i] = c;
      pos[i] = -1;
      if (isSentenceEnd(ch)) {
        s++;
        c++;
        p = 0;
      } else if (!isTransparentPunct(ch)) c++;
      continue;
    }
    sent[i] = s;
    clause[i] = c;
    pos[i] = isWordLike(t) ? p++ : -1;
  }
  return { sent, clause, pos };
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

function isProblem(h: SentimentHit, problems: Set<string>): boolean {
  const lemma = h.negator === undefined ? h.lemma : h.lemma.slice(h.negator.length + 1);
  if (problems.has(lemma)) return true;
  if (lemma.indexOf(' ') < 0) return false;
  for (const w of lemma.split(' ')) if (problems.has(w)) return true;
  return false;
}

/** True when the text shows the writer's own voice (same cues as the reportage rule). */
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

/** True when the text reports a complaint (`Warga mengeluhkan pungli`). */
function hasComplaintCue(tokens: readonly Token[], st: CompiledStance): boolean {
  for (const t of tokens) if (st.complaintCues.has(t.norm)) return true;
  return false;
}

/** True when the first word of the text is an announcement marker (`Info:`, `PENGUMUMAN`, `[Jadwal]`). */
function isAnnouncement(tokens: readonly Token[], st: CompiledStance): boolean {
  for (const t of tokens) {
    if (isWordLike(t) || t.type === 'hashtag') return st.announcement.has(t.type === 'hashtag' ? t.norm.split(' ')[0]! : t.norm);
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
function applyIndicators(hits: SentimentHit[], tokens: readonly Token[], text: string, L: Layout, st: CompiledStance, negators: Set<string>): boolean {
  let changed = false;
  const n = tokens.length;
  let used = -1; // last token consumed by an indicator pair
  for (let i = 0; i < n; i++) {
    if (i <= used) continue;
    const t = tokens[i]!;
    if (L.pos[i]! < 0) continue;
    const sign = st.indicator.get(t.norm);
    if (sign === undefined) continue;
    // Direction after the indicator ("kemiskinan turun"), else before it ("penurunan angka kemiskinan").
    let d = 0;
    let j = -1;
    let negated = false;
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
          // "tidak menurunkan angka kemiskinan"
          for (let m = k - 1; m >= 0 && m >= k - 2; m--) if (L.pos[m]! >= 0 && negators.has(tokens[m]!.norm)) negated = true;
          break;
        }
      }
    }
    if (j < 0) continue;
    const a = Math.min(i, j);
    const b = Math.max(i, j);
    const start = tokens[a]!.start;
    const end = tokens[b]!.end;
    let w = sign * d * st.indicatorWeight;
    if (negated) w = -w * 0.5;
    // The pair replaces any hit inside it (a negated "tidak turun" hit, "meningkat" +1.5, "kemiskinan" −2).
    for (let k = hits.length - 1; k >= 0; k--) {
      const h = hits[k]!;
      if (h.start >= start && h.end <= end) hits.splice(k, 1);
    }
    const norm = `${tokens[a]!.norm} ${tokens[b]!.norm}`;
    const hit: SentimentHit = { text: text.slice(start, end), start, end, norm, lemma: norm, weight: w, rules: ['indicator'] };
    if (negated) hit.rules.push('negated');
    hits.push(hit);
    changed = true;
    used = b;
  }
  if (changed) hits.sort((x, y) => x.start - y.start);
  return changed;
}

/**
 * Runs the stance rules over the hits of one text (mutating them). Called by
 * the scorer after the token pass when the rules have a `stance` table.
 *
 * @param stanceSeen the token pass saw an indicator, direction, persistence
 *   or announcement word (otherwise only hit-based rules can apply).
 */
export function applyStance(hits: SentimentHit[], tokens: readonly Token[], text: string, index: SentimentIndex, st: CompiledStance, stanceSeen: boolean): void {
  const problems = index.problems;
  let anyProblem = false;
  let anyPraise = false;
  for (const h of hits) {
    if (h.weight < 0 && isProblem(h, problems)) anyProblem = true;
    else if (h.weight > 0 && (st.sarcasmPraise.has(h.lemma) || st.sarcasmEmoji.has(h.text))) anyPraise = true;
  }
  if (!stanceSeen && !anyProblem) return;
  const L = layout(tokens);
  if (stanceSeen && st.indicator.size > 0) applyIndicators(hits, tokens, text, L, st, index.rules.negators);

  // Problems: fixed, persistent, or damped as news.
  const persistent = new Set<SentimentHit>();
  if (anyProblem) {
    // News: no opinion cue and no judgement of the writer's own besides the problems and events
    // ("jauh dan macetnya bikin malas" judges); announcements damp even with cues ("Info dong min").
    let judged = false;
    for (const h of hits) if ((h.weight <= -1 || h.weight >= 1) && !isProblem(h, problems) && !index.events.has(h.lemma) && !h.rules.includes('indicator')) judged = true;
    let words = 0;
    for (let k = 0; k < L.pos.length; k++) if (L.pos[k]! >= 0) words++;
    const news = words >= st.newsMinWords && !judged && !hasComplaintCue(tokens, st) && !hasOpinionCue(tokens, index.rules);
    const damp = st.problemMultiplier !== 1 && (news || isAnnouncement(tokens, st));
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k]!;
      if (!(h.weight < 0) || !isProblem(h, problems) || h.rules.includes('indicator')) continue;
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
        const fh = hits.find((x) => x.end === u.end);
        if (fh === undefined ? !index.rules.negators.has(tokens[m - 1]?.norm ?? '') : fh.weight > 0) fixed = true;
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
      if (h.lemma.indexOf(' ') > 0) for (const w of h.lemma.split(' ')) if (st.persistAfter.has(w) || st.persistBefore.has(w)) pers = true;
      const after = tokens[last + 1];
      if (after !== undefined && L.pos[last + 1]! >= 0 && st.persistAfter.has(after.norm)) pers = true;
      for (let m = first - 1; !pers && m >= 0 && L.sent[m] === sent; m--) {
        if (L.pos[m]! < 0) continue;
        const u = tokens[m]!.norm;
        if (st.persistBefore.has(u)) pers = true;
        else if (m + 1 < first && st.persistBefore.has(`${u} ${tokens[m + 1]!.norm}`)) pers = true;
      }
      if (pers) {
        h.weight *= st.persistMultiplier;
        addRule(h, 'persistence');
        persistent.add(h);
        continue;
      }
      if (damp && !h.rules.includes('intensified') && !h.rules.includes('elongated') && !h.rules.includes('caps')) {
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
      if (h.weight <= -1 && (persistent.has(h) || isProblem(h, problems) || (h.negator !== undefined && st.fixes.has(h.lemma.slice(h.negator.length + 1))))) {
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
