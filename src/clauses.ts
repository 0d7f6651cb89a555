/**
 * Clause machinery shared by targeted sentiment (`entities/targets.ts`, one
 * anchor per agency mention) and aspect sentiment (`topics/aspects.ts`, one
 * anchor per topic cue). It lives below both stages so neither imports the
 * other, and `analysis.ts` only re-exports the types defined here.
 *
 * Sentences are cut into clauses at contrast words (`tapi`, `tetapi`,
 * `namun`, `sedangkan`, `padahal`, slang `tp`); the sentiment hits of a
 * clause go to the anchors in that clause, a clause without an anchor passes
 * its hits to the anchors of its sentence, and a sentence without any anchor
 * to the text's only anchor key (when there is exactly one).
 */
import { compound, labelFor } from './sentiment/compound';
import type { EntityMention } from './entities/types';
import type { SentimentHit, SentimentResult } from './sentiment/types';
import type { Span, Token } from './text/types';
import { codeAt } from './text/chars';

/**
 * Sentiment aimed at one mentioned agency: the clauses that mention it,
 * scored on their own.
 *
 * @example
 * ```ts
 * import { analyze } from 'suara';
 * const t = analyze('Dinkes sigap, tapi Dishub lamban.').targets;
 * // [{ id: 'dinas.kesehatan', label: 'positive', ... }, { id: 'dinas.perhubungan', label: 'negative', ... }]
 * ```
 */
export interface TargetSentiment {
  /** Entity id (as in {@link EntityMention.id}). */
  id: string;
  /** Canonical name. */
  name: string;
  /** The mentions of this entity in the text. */
  mentions: EntityMention[];
  /** Spans (clauses or sentences) whose sentiment was attributed to it. */
  spans: Span[];
  /** Sum of the attributed hit weights. */
  score: number;
  /** Normalised score in [−1, 1]. */
  compound: number;
  /** Label by the scorer's thresholds. */
  label: SentimentResult['label'];
  /** The hits attributed to this entity. */
  hits: SentimentResult['hits'];
}

/**
 * Anything placed in the text by a start offset (a sentiment hit, a cue).
 *
 * @example
 * ```ts
 * const p: import('suara').Positioned = { start: 12 };
 * ```
 */
export interface Positioned {
  /** Start offset in the text. */
  start: number;
}

/**
 * The score of a set of attributed hits (see {@link scoreAttributed}).
 *
 * @example
 * ```ts
 * const s: import('suara').AttributedScore = { score: -1.5, compound: -0.52, label: 'negative' };
 * ```
 */
export interface AttributedScore {
  /** Sum of the hit weights (plus any extra), rounded to 6 decimals. */
  score: number;
  /** Normalised score in [−1, 1]. */
  compound: number;
  /** Label by the thresholds. */
  label: SentimentResult['label'];
}

/**
 * Something sentiment can be aimed at, placed in the text: an agency
 * mention or a topic cue. Anchors sharing a `key` are one target.
 *
 * @example
 * ```ts
 * const a: import('suara').ClauseAnchor = { key: 'roads', start: 19 };
 * ```
 */
export interface ClauseAnchor {
  /** Target key (agency id, topic id). */
  key: string;
  /** Start offset of the anchor in the text. */
  start: number;
}

/**
 * Inputs of {@link attributeByClause}; everything comes from one pass over
 * the same `text`.
 *
 * @example
 * ```ts
 * import { tokenize, splitSentences, scoreTokens } from 'suara';
 * const text = 'Puskesmas ramah, tapi jalan ke sana rusak';
 * const tokens = tokenize(text);
 * const input: import('suara').ClauseInput = {
 *   text, tokens, sentences: splitSentences(text), hits: scoreTokens(tokens, text).hits,
 *   anchors: [{ key: 'health', start: 0 }, { key: 'roads', start: 22 }],
 * };
 * ```
 */
export interface ClauseInput<H extends Positioned = SentimentHit> {
  /** The original text. */
  text: string;
  /** Sentence spans of `text`. */
  sentences: readonly Span[];
  /** Tokens of `text` (their norms find contrast words such as `tp`); optional. */
  tokens?: readonly Token[] | undefined;
  /** Sentiment hits of `text` (or anything else placed by a start offset), sorted by start. */
  hits: readonly H[];
  /** Anchors sorted by start. */
  anchors: readonly ClauseAnchor[];
  /** Words that split a sentence into clauses (lowercase norms); default {@link DEFAULT_CONTRAST_WORDS}. */
  contrastWords?: ReadonlySet<string> | undefined;
  /** Precomputed {@link clauseBlocks} of `text` (then `tokens` and `contrastWords` are not read). */
  blocks?: readonly ClauseBlock[] | undefined;
}

/**
 * What targeted sentiment and topic aspects both read: the outputs of one
 * `analyze` pass over `text`, and the scoring settings they share.
 *
 * @example
 * ```ts
 * import { tokenize, splitSentences, scoreTokens, tagEntities } from 'suara';
 * const text = 'Dinkes sigap, tapi Dishub lamban.';
 * const tokens = tokenize(text);
 * const input: import('suara').ClauseStageInput = { text, tokens, sentences: splitSentences(text), sentiment: scoreTokens(tokens, text), mentions: tagEntities(text) };
 * ```
 */
export interface ClauseStageInput {
  /** The original text. */
  text: string;
  /** Sentence spans of `text`. */
  sentences: readonly Span[];
  /** Tokens of `text` (their norms find contrast words such as `tp`); optional. */
  tokens?: readonly Token[];
  /** Whole-text sentiment with its hits. */
  sentiment: SentimentResult;
  /** Entity mentions of `text`. */
  mentions: readonly EntityMention[];
  /** `compound` normalisation constant (default 6, as the scorer). */
  alpha?: number;
  /**
   * Words that split a sentence into clauses (lowercase norms). `analyze()`
   * passes the sentiment rules' contrast table, so every stage agrees; the
   * default is {@link DEFAULT_CONTRAST_WORDS}.
   */
  contrastWords?: ReadonlySet<string>;
  /**
   * Precomputed {@link clauseBlocks} of `text`, so `analyze()` cuts clauses
   * once for targets and topics; when given, `tokens` and `contrastWords`
   * are not read for clause splitting.
   */
  blocks?: readonly ClauseBlock[] | undefined;
  /** Label thresholds on each `compound` (default ±0.2, as the scorer). */
  thresholds?: {
    /** `compound` at or above this is labelled `positive`. */
    positive: number;
    /** `compound` at or below this is labelled `negative`. */
    negative: number;
  };
}

/**
 * What {@link attributeByClause} gives each anchor key: the clauses and hits
 * attributed to it, in text order.
 *
 * @example
 * ```ts
 * const a: import('suara').ClauseAttribution = { spans: [{ text: 'jalan rusak', start: 0, end: 11 }], hits: [] };
 * ```
 */
export interface ClauseAttribution<H extends Positioned = SentimentHit> {
  /** Clause (or sentence) spans attributed to the key, trimmed of spaces and `,;`. */
  spans: Span[];
  /** Hits attributed to the key. */
  hits: H[];
}

/**
 * Contrast words used when none are given: `tapi tetapi namun sedangkan
 * padahal tp tpi`. `analyze()` passes the sentiment rules' contrast table
 * instead, so scorer and clauses agree.
 *
 * @example
 * ```ts
 * import { DEFAULT_CONTRAST_WORDS } from 'suara';
 * DEFAULT_CONTRAST_WORDS.has('namun'); // true
 * ```
 */
export const DEFAULT_CONTRAST_WORDS: ReadonlySet<string> = new Set(['tapi', 'tetapi', 'namun', 'sedangkan', 'padahal', 'tp', 'tpi']);

/** Start offsets of contrast words, in order. */
function contrastStarts(text: string, tokens: readonly Token[] | undefined, contrast: ReadonlySet<string>): number[] {
  const out: number[] = [];
  if (tokens !== undefined) {
    // the norm is already lowercase; the surface is lowercased only when it differs and is short enough to be a contrast word
    for (const t of tokens) if (t.type === 'word' && (contrast.has(t.norm) || (t.text !== t.norm && t.text.length <= 9 && contrast.has(t.text.toLowerCase())))) out.push(t.start);
    return out;
  }
  // no tokens: scan ASCII words by char code (no regex per word)
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = codeAt(text, i) | 32;
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    let e = i;
    while (e < n && (((codeAt(text, e) | 32) >= 97 && (codeAt(text, e) | 32) <= 122) || (codeAt(text, e) >= 48 && codeAt(text, e) <= 57))) e++;
    if (e - i <= 9 && contrast.has(text.slice(i, e).toLowerCase())) out.push(i);
    i = e;
  }
  return out;
}

/** True for space-like characters and `,` `;` (trimmed off clause spans). */
function isTrim(code: number): boolean {
  return code === 32 || code === 44 || code === 59 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0xfeff || code === 0x1680;
}

function span(text: string, start: number, end: number): Span {
  while (start < end && isTrim(codeAt(text, start))) start++;
  while (end > start && isTrim(codeAt(text, end - 1))) end--;
  return { text: text.slice(start, end), start, end };
}

/**
 * One sentence block and its clause boundaries (`bounds[k]..bounds[k+1]` is
 * clause k), as {@link clauseBlocks} cuts them.
 *
 * @example
 * ```ts
 * const b: import('suara').ClauseBlock = { start: 0, end: 33, bounds: [0, 17, 33] };
 * ```
 */
export interface ClauseBlock {
  /** Start of the block (0 for the first). */
  start: number;
  /** End of the block (the next sentence's start; past the text for the last). */
  end: number;
  /** Clause boundaries, from `start` to `end`. */
  bounds: number[];
}

/**
 * Cuts the text into sentence blocks and clauses: blocks cover the whole
 * text (gaps between sentences go to the preceding one), clauses end before
 * each contrast word. Compute once and pass as {@link ClauseInput.blocks}
 * when attributing several things over the same text.
 *
 * @example
 * ```ts
 * import { clauseBlocks, splitSentences } from 'suara';
 * const text = 'Puskesmas ramah, tapi jalan rusak';
 * clauseBlocks(text, splitSentences(text))[0]!.bounds; // [0, 17, 34]
 * ```
 */
export function clauseBlocks(text: string, sentences: readonly Span[], tokens?: readonly Token[], contrastWords: ReadonlySet<string> = DEFAULT_CONTRAST_WORDS): ClauseBlock[] {
  const contrasts = contrastStarts(text, tokens, contrastWords);
  const blocks: { start: number; end: number }[] = sentences.length > 0 ? sentences.map((s) => ({ start: s.start, end: s.end })) : [{ start: 0, end: text.length }];
  const out: ClauseBlock[] = [];
  let c = 0;
  for (let b = 0; b < blocks.length; b++) {
    const blk = blocks[b]!;
    const nextStart = b + 1 < blocks.length ? blocks[b + 1]!.start : text.length + 1;
    const blockEnd = Math.max(blk.end, nextStart); // gaps between sentences go to the preceding one
    const blockStart = b === 0 ? 0 : blk.start;
    const bounds = [blockStart];
    while (c < contrasts.length && contrasts[c]! < blockEnd) {
      if (contrasts[c]! > blockStart) bounds.push(contrasts[c]!);
      c++;
    }
    bounds.push(blockEnd);
    out.push({ start: blockStart, end: blockEnd, bounds });
  }
  return out;
}

/**
 * The clauses of a text as spans (trimmed of spaces and `,;`), in order:
 * sentences cut before each contrast word, the same cut
 * {@link attributeByClause} makes.
 *
 * @example
 * ```ts
 * import { clauseSpans, splitSentences } from 'suara';
 * const text = 'Puskesmas ramah, tapi jalan rusak';
 * clauseSpans(text, splitSentences(text)).map((c) => c.text); // ['Puskesmas ramah', 'tapi jalan rusak']
 * ```
 */
export function clauseSpans(text: string, sentences: readonly Span[], tokens?: readonly Token[], contrastWords: ReadonlySet<string> = DEFAULT_CONTRAST_WORDS): Span[] {
  return clauseSpansOf(text, clauseBlocks(text, sentences, tokens, contrastWords));
}

/**
 * The non-empty clause spans of precomputed {@link clauseBlocks}: what
 * {@link attributeByClause} attributes to a text's only anchor key.
 *
 * @example
 * ```ts
 * import { clauseBlocks, clauseSpansOf, splitSentences } from 'suara';
 * const text = 'Air mati, tapi petugas cepat datang';
 * clauseSpansOf(text, clauseBlocks(text, splitSentences(text))).map((c) => c.text); // ['Air mati', 'tapi petugas cepat datang']
 * ```
 */
export function clauseSpansOf(text: string, blocks: readonly ClauseBlock[]): Span[] {
  const out: Span[] = [];
  for (const blk of blocks) {
    for (let k = 0; k + 1 < blk.bounds.length; k++) {
      const sp = span(text, blk.bounds[k]!, Math.min(blk.bounds[k + 1]!, text.length));
      if (sp.end > sp.start) out.push(sp);
    }
  }
  return out;
}


/**
 * Attributes sentiment hits to anchors clause by clause (see the module
 * comment for the rule). Returns one entry per anchor key, in order of the
 * key's first anchor. Linear in sentences + contrast words + anchors + hits
 * (times the anchors per clause).
 *
 * @example
 * ```ts
 * import { attributeByClause, scoreTokens, splitSentences, tokenize } from 'suara';
 * const text = 'Puskesmas ramah, tapi jalan ke sana rusak';
 * const tokens = tokenize(text);
 * const by = attributeByClause({
 *   text, tokens, sentences: splitSentences(text), hits: scoreTokens(tokens, text).hits,
 *   anchors: [{ key: 'health', start: 0 }, { key: 'roads', start: 22 }],
 * });
 * by.get('roads')!.hits.map((h) => h.norm); // ['rusak']
 * ```
 */
export function attributeByClause<H extends Positioned = SentimentHit>(input: ClauseInput<H>): Map<string, ClauseAttribution<H>> {
  const { text, sentences, anchors } = input;
  // Every hit and every clause is visited once and a clause's key list has no
  // duplicates, so nothing is pushed twice and no "seen" sets are needed.
  const byKey = new Map<string, ClauseAttribution<H>>();
  for (const a of anchors) if (!byKey.has(a.key)) byKey.set(a.key, { spans: [], hits: [] });
  if (anchors.length === 0) return byKey;
  const onlyKey = byKey.size === 1 ? [...byKey.keys()] : [];
  const hits = input.hits;
  let h = 0;
  let mi = 0;
  for (const blk of input.blocks ?? clauseBlocks(text, sentences, input.tokens, input.contrastWords ?? DEFAULT_CONTRAST_WORDS)) {
    const { bounds } = blk;
    const blockStart = blk.start;
    const blockEnd = blk.end;
    // anchors of this block, per clause
    // allocated only for blocks with an anchor (most sentences of a long text have none)
    const sentenceKeys: string[] = [];
    let clauseKeys: string[][] | undefined;
    while (mi < anchors.length && anchors[mi]!.start < blockEnd) {
      const m = anchors[mi]!;
      if (m.start >= blockStart) {
        let k = 0;
        while (k + 2 < bounds.length && m.start >= bounds[k + 1]!) k++;
        clauseKeys ??= bounds.slice(1).map((): string[] => []);
        if (!clauseKeys[k]!.includes(m.key)) clauseKeys[k]!.push(m.key);
        if (!sentenceKeys.includes(m.key)) sentenceKeys.push(m.key);
      }
      mi++;
    }
    for (let k = 0; k + 1 < bounds.length; k++) {
      const cs = bounds[k]!;
      const ce = bounds[k + 1]!;
      const own = clauseKeys?.[k];
      const keys = own !== undefined && own.length > 0 ? own : sentenceKeys.length > 0 ? sentenceKeys : onlyKey;
      if (keys.length > 0) {
        const sp = span(text, cs, Math.min(ce, text.length));
        if (sp.end > sp.start) for (const key of keys) byKey.get(key)!.spans.push(sp);
      }
      while (h < hits.length && hits[h]!.start < ce) {
        const hit = hits[h]!;
        if (hit.start >= cs) for (const key of keys) byKey.get(key)!.hits.push(hit);
        h++;
      }
    }
  }
  return byKey;
}

/**
 * Scores a set of attributed hits like the sentiment scorer scores a text:
 * the weight sum (plus `extra`, rounded to 6 decimals), its `compound` and
 * the label.
 *
 * @example
 * ```ts
 * import { scoreAttributed } from 'suara';
 * scoreAttributed([], 6, 0.2, -0.2); // { score: 0, compound: 0, label: 'neutral' }
 * ```
 */
export function scoreAttributed(
  hits: readonly SentimentHit[],
  alpha: number,
  positive: number,
  negative: number,
  extra = 0,
): AttributedScore {
  let score = extra;
  for (const hit of hits) score += hit.weight;
  score = Math.round(score * 1e6) / 1e6;
  const comp = compound(score, alpha);
  return { score, compound: comp, label: labelFor(comp, positive, negative) };
}
