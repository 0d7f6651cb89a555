/**
 * Targeted sentiment: which agency each piece of sentiment is aimed at.
 * Sentences are cut into clauses at contrast words (`tapi`, `tetapi`,
 * `namun`, `sedangkan`, `padahal`); the hits of a clause go to the agencies
 * mentioned in that clause, a clause without a mention passes its hits to
 * the agencies of its sentence, and a sentence without any mention to the
 * text's only agency (when there is exactly one).
 */
import { compound, labelFor } from '../sentiment/compound';
import type { SentimentHit, SentimentResult } from '../sentiment/types';
import type { Span, Token } from '../text/types';
import type { TargetSentiment } from '../analysis';
import type { EntityMention } from './types';

/**
 * Inputs of {@link targetSentiments}; everything comes from one pass of
 * `analyze` over the same `text`.
 *
 * @example
 * ```ts
 * import { tokenize, splitSentences, scoreTokens, tagEntities } from 'suara';
 * const text = 'Dinkes sigap, tapi Dishub lamban.';
 * const tokens = tokenize(text);
 * const input: import('suara').TargetInput = { text, tokens, sentences: splitSentences(text), sentiment: scoreTokens(tokens, text), mentions: tagEntities(text) };
 * ```
 */
export interface TargetInput {
  /** The original text. */
  text: string;
  /** Sentence spans of `text`. */
  sentences: readonly Span[];
  /** Tokens of `text` (their norms find contrast words such as `tp`); optional. */
  tokens?: readonly Token[];
  /** Whole-text sentiment with its hits. */
  sentiment: SentimentResult;
  /** Entity mentions of `text`; only `opd` mentions become targets. */
  mentions: readonly EntityMention[];
  /** `compound` normalisation constant (default 6, as the scorer). */
  alpha?: number;
  /**
   * Words that split a sentence into clauses (lowercase norms). `analyze()`
   * passes the sentiment rules' contrast table, so both stages agree; the
   * default is `tapi tetapi namun sedangkan padahal tp tpi`.
   */
  contrastWords?: ReadonlySet<string>;
  /** Label thresholds on each target's `compound` (default ±0.2, as the scorer). */
  thresholds?: {
    /** `compound` at or above this is labelled `positive`. */
    positive: number;
    /** `compound` at or below this is labelled `negative`. */
    negative: number;
  };
}

const DEFAULT_CONTRAST: ReadonlySet<string> = new Set(['tapi', 'tetapi', 'namun', 'sedangkan', 'padahal', 'tp', 'tpi']);

/** Start offsets of contrast words, in order. */
function contrastStarts(text: string, tokens: readonly Token[] | undefined, CONTRAST: ReadonlySet<string>): number[] {
  const out: number[] = [];
  if (tokens !== undefined) {
    for (const t of tokens) if (t.type === 'word' && (CONTRAST.has(t.norm) || CONTRAST.has(t.text.toLowerCase()))) out.push(t.start);
    return out;
  }
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    let e = i;
    while (e < n && (((text.charCodeAt(e) | 32) >= 97 && (text.charCodeAt(e) | 32) <= 122) || (text.charCodeAt(e) >= 48 && text.charCodeAt(e) <= 57))) e++;
    if (e - i <= 9 && CONTRAST.has(text.slice(i, e).toLowerCase())) out.push(i);
    i = e;
  }
  return out;
}

function span(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;]/.test(text[start]!)) start++;
  while (end > start && /[\s,;]/.test(text[end - 1]!)) end--;
  return { text: text.slice(start, end), start, end };
}

interface Acc {
  id: string;
  name: string;
  mentions: EntityMention[];
  spans: Span[];
  hits: SentimentHit[];
  seenHits: Set<number>;
  seenSpans: Set<number>;
}

/**
 * Sentiment per mentioned agency: one entry per distinct OPD id, in order
 * of first mention, with the clauses and hits attributed to it.
 *
 * @example
 * ```ts
 * import { analyze } from 'suara';
 * analyze('Dinkes sigap, tapi Dishub lamban.').targets.map((t) => [t.id, t.label]);
 * // [['dinas.kesehatan', 'positive'], ['dinas.perhubungan', 'negative']]
 * ```
 */
export function targetSentiments(input: TargetInput): TargetSentiment[] {
  const { text, sentences, sentiment } = input;
  const alpha = input.alpha ?? 6;
  const pos = input.thresholds?.positive ?? 0.2;
  const neg = input.thresholds?.negative ?? -0.2;
  // Every addressee is a target (agencies, puskesmas, BUMD, the government, vertical bodies); a region is a place, not one.
  const opd = input.mentions.filter((m) => m.kind !== 'region');
  if (opd.length === 0) return [];
  const byId = new Map<string, Acc>();
  for (const m of opd) {
    let a = byId.get(m.id);
    if (a === undefined) byId.set(m.id, (a = { id: m.id, name: m.name, mentions: [], spans: [], hits: [], seenHits: new Set(), seenSpans: new Set() }));
    a.mentions.push(m);
  }
  const onlyId = byId.size === 1 ? [...byId.keys()] : [];
  const contrasts = contrastStarts(text, input.tokens, input.contrastWords ?? DEFAULT_CONTRAST);
  // Sentences covering the text; text outside any sentence span is its own block.
  const blocks: { start: number; end: number }[] = sentences.length > 0 ? sentences.map((s) => ({ start: s.start, end: s.end })) : [{ start: 0, end: text.length }];
  const hits = sentiment.hits;
  let h = 0;
  let c = 0;
  let mi = 0;
  for (let b = 0; b < blocks.length; b++) {
    const blk = blocks[b]!;
    const nextStart = b + 1 < blocks.length ? blocks[b + 1]!.start : text.length + 1;
    const blockEnd = Math.max(blk.end, nextStart); // gaps between sentences go to the preceding one
    const blockStart = b === 0 ? 0 : blk.start;
    // clause boundaries
    const bounds = [blockStart];
    while (c < contrasts.length && contrasts[c]! < blockEnd) {
      if (contrasts[c]! > blockStart) bounds.push(contrasts[c]!);
      c++;
    }
    bounds.push(blockEnd);
    // mentions of this block, per clause
    const sentenceIds: string[] = [];
    const clauseIds: string[][] = bounds.slice(1).map(() => []);
    while (mi < opd.length && opd[mi]!.start < blockEnd) {
      const m = opd[mi]!;
      if (m.start >= blockStart) {
        let k = 0;
        while (k + 2 < bounds.length && m.start >= bounds[k + 1]!) k++;
        if (!clauseIds[k]!.includes(m.id)) clauseIds[k]!.push(m.id);
        if (!sentenceIds.includes(m.id)) sentenceIds.push(m.id);
      }
      mi++;
    }
    for (let k = 0; k + 1 < bounds.length; k++) {
      const cs = bounds[k]!;
      const ce = bounds[k + 1]!;
      const ids = clauseIds[k]!.length > 0 ? clauseIds[k]! : sentenceIds.length > 0 ? sentenceIds : onlyId;
      const sp = span(text, cs, Math.min(ce, text.length));
      for (const id of ids) {
        const a = byId.get(id)!;
        if (!a.seenSpans.has(sp.start) && sp.end > sp.start) {
          a.seenSpans.add(sp.start);
          a.spans.push(sp);
        }
      }
      while (h < hits.length && hits[h]!.start < ce) {
        const hit = hits[h]!;
        if (hit.start >= cs) {
          for (const id of ids) {
            const a = byId.get(id)!;
            if (!a.seenHits.has(h)) {
              a.seenHits.add(h);
              a.hits.push(hit);
            }
          }
        }
        h++;
      }
    }
  }
  const out: TargetSentiment[] = [];
  for (const a of byId.values()) {
    let score = 0;
    for (const hit of a.hits) score += hit.weight;
    score = Math.round(score * 1e6) / 1e6;
    const comp = compound(score, alpha);
    out.push({ id: a.id, name: a.name, mentions: a.mentions, spans: a.spans, score, compound: comp, label: labelFor(comp, pos, neg), hits: a.hits });
  }
  return out;
}
