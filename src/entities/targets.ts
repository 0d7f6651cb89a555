/**
 * Targeted sentiment: which agency each piece of sentiment is aimed at.
 * Sentences are cut into clauses at contrast words (`tapi`, `tetapi`,
 * `namun`, `sedangkan`, `padahal`); the hits of a clause go to the agencies
 * mentioned in that clause, a clause without a mention passes its hits to
 * the agencies of its sentence, and a sentence without any mention to the
 * text's only agency (when there is exactly one). The clause logic itself is
 * shared with aspect sentiment of topics and lives in `src/clauses.ts`.
 */
import { attributeByClause, DEFAULT_CONTRAST_WORDS, scoreAttributed, type ClauseStageInput, type TargetSentiment } from '../clauses';
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
export interface TargetInput extends ClauseStageInput {
  /** Entity mentions of `text`; every kind but `region` becomes a target. */
  mentions: readonly EntityMention[];
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
  const byId = new Map<string, { name: string; mentions: EntityMention[] }>();
  for (const m of opd) {
    let a = byId.get(m.id);
    if (a === undefined) byId.set(m.id, (a = { name: m.name, mentions: [] }));
    a.mentions.push(m);
  }
  const attributed = attributeByClause({
    text,
    sentences,
    tokens: input.tokens,
    hits: sentiment.hits,
    anchors: opd.map((m) => ({ key: m.id, start: m.start })),
    contrastWords: input.contrastWords ?? DEFAULT_CONTRAST_WORDS,
    blocks: input.blocks,
  });
  const out: TargetSentiment[] = [];
  for (const [id, a] of byId) {
    const { spans, hits } = attributed.get(id)!;
    out.push({ id, name: a.name, mentions: a.mentions, spans, ...scoreAttributed(hits, alpha, pos, neg), hits });
  }
  return out;
}
