/**
 * Aspect sentiment and attribution of topics: the clause machinery of
 * targeted sentiment (`src/clauses.ts`) run with topic cues as anchors, so
 * "Puskesmas ramah, tapi jalan ke sana rusak" is health positive and roads
 * negative. Each topic gets the agencies named in a clause with one of its
 * cues, or named anywhere when they are its usual agency (`explicit`); a
 * topic with neither gets its usual agencies (`implied`).
 */
import { attributeByClause, clauseBlocks, clauseSpansOf, DEFAULT_CONTRAST_WORDS, scoreAttributed, type ClauseStageInput } from '../clauses';
import type { EntityMention } from '../entities/types';
import type { SentimentResult } from '../sentiment/types';
import type { Span, Token } from '../text/types';
import { defaultTaxonomy } from './lexicon';
import type { TopicTagger } from './create-tagger';
import type { TopicInfo, TopicMention, TopicSentiment } from './types';
import { codeAt } from '../text/chars';

/**
 * Where {@link topicSentiments} looks topics up: any {@link TopicTagger} fits.
 *
 * @example
 * ```ts
 * import { createTopicTagger } from 'suara';
 * const lookup: import('suara').TopicLookup = createTopicTagger();
 * lookup.topic('water')!.name; // 'Air bersih (PDAM)'
 * ```
 */
export interface TopicLookup {
  /** The topic with this id, or `undefined`. */
  topic(id: string): TopicInfo | undefined;
}


/** True when `words` (norms) contain `w` as a word or, for two-word entries, as an adjacent pair. */
function hasAny(norms: readonly string[], set: ReadonlySet<string>): boolean {
  for (let i = 0; i < norms.length; i++) {
    if (set.has(norms[i]!)) return true;
    if (i + 1 < norms.length && set.has(`${norms[i]} ${norms[i + 1]}`)) return true;
  }
  return false;
}

/**
 * Sentences that ask for information (end in a single `?`, have an asking
 * word, no rhetorical one): their sentiment hits are not a judgement of the
 * topic, so aspect sentiment leaves them out. Linear in tokens.
 */
export function informationQuestions(
  text: string,
  sentences: readonly Span[],
  tokens: readonly Token[] | undefined,
  markers: { ask: ReadonlySet<string>; rhetorical: ReadonlySet<string> } = defaultTaxonomy().questions,
): Span[] {
  if (tokens === undefined) return [];
  const out: Span[] = [];
  let t = 0;
  for (const s of sentences) {
    let e = s.end;
    while (e > s.start && (codeAt(text, e - 1) === 32 || codeAt(text, e - 1) === 10)) e--;
    // `?` last (emoji or spaces after it allowed), not `??` or `?!`; only the sentence's last few
    // characters are looked at, so a text without questions costs one step per sentence
    let q = -1;
    for (let i = e - 1; i >= s.start && i >= e - 12; i--) {
      const c = codeAt(text, i);
      if (c === 63) {
        q = i;
        break;
      }
      if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 33) break;
    }
    if (q < 0 || codeAt(text, q - 1) === 63) continue;
    while (t < tokens.length && tokens[t]!.start < s.start) t++;
    const norms: string[] = [];
    for (let j = t; j < tokens.length && tokens[j]!.start < s.end; j++) if (tokens[j]!.type === 'word') norms.push(tokens[j]!.norm);
    if (hasAny(norms, markers.ask) && !hasAny(norms, markers.rhetorical)) out.push(s);
  }
  return out;
}

/**
 * Inputs of {@link topicSentiments}; everything comes from one pass of
 * `analyze` over the same `text`.
 *
 * @example
 * ```ts
 * import { createTopicTagger, scoreTokens, splitSentences, tagEntities, tokenize } from 'suara';
 * const text = 'Puskesmas ramah, tapi jalan ke sana rusak';
 * const tokens = tokenize(text);
 * const tagger = createTopicTagger();
 * const input: import('suara').TopicSentimentInput = {
 *   text, tokens, sentences: splitSentences(text), sentiment: scoreTokens(tokens, text),
 *   mentions: tagEntities(text), topics: tagger.tagTokens(tokens, text), taxonomy: tagger,
 * };
 * ```
 */
export interface TopicSentimentInput extends ClauseStageInput {
  /** Entity mentions of `text`; agency mentions give explicit attribution. */
  mentions: readonly EntityMention[];
  /** Topics of `text` (what a topic tagger returned for it). */
  topics: readonly TopicMention[];
  /** Where topic names and usual agencies come from (a topic tagger). */
  taxonomy: TopicLookup;
}

/**
 * Aspect sentiment, attribution and agencies for each topic of a text, in
 * the order of `input.topics`. The `other` topic (no cue) takes the
 * whole-text sentiment.
 *
 * @example
 * ```ts
 * import { analyze } from 'suara';
 * analyze('jalan berlubang di depan sekolah').topics.map((t) => [t.id, t.attribution, t.agencies]);
 * // [['roads', 'implied', ['dinas.pupr']], ['education', 'implied', ['dinas.pendidikan']]]
 * ```
 */
export function topicSentiments(input: TopicSentimentInput): TopicSentiment[] {
  const { text, sentences, sentiment, topics } = input;
  const alpha = input.alpha ?? 6;
  const pos = input.thresholds?.positive ?? 0.2;
  const neg = input.thresholds?.negative ?? -0.2;
  // anchors: every cue, in text order
  const anchors: { key: string; start: number }[] = [];
  for (const t of topics) for (const c of t.cues) anchors.push({ key: t.id, start: c.start });
  if (anchors.length === 0) return topics.map((t) => otherTopic(t, input));
  if (topics.length > 1) anchors.sort(byStart);
  // information requests carry no judgement of their topic (see informationQuestions)
  const asks = text.indexOf('?') < 0 ? [] : informationQuestions(text, sentences, input.tokens);
  const judged = asks.length === 0 ? sentiment.hits : sentiment.hits.filter((h) => !inAny(asks, h.start));
  const blocks = input.blocks ?? clauseBlocks(text, sentences, input.tokens, input.contrastWords ?? DEFAULT_CONTRAST_WORDS);
  // one topic: every clause's hits reach it (own clause, its sentence, or the only key), so the
  // attribution is all judged hits and all clauses — computed without the per-clause bookkeeping
  const aspect = topics.length === 1 ? new Map([[topics[0]!.id, { hits: [...judged], spans: clauseSpansOf(text, blocks) }]]) : attributeByClause({ text, sentences, hits: judged, anchors, blocks });
  const cueScores = scoredCues(anchors, topics, sentiment.hits);
  // attribution: the agencies named in a clause with one of the topic's cues,
  // plus any named agency that is the topic's usual one
  const opd: EntityMention[] = [];
  for (const m of input.mentions) if (m.kind === 'opd') opd.push(m);
  let agenciesOf: Map<string, string[]> | undefined;
  if (opd.length > 0) {
    // clause k of the text ends at ends[k]; anchors and mentions are in text order, so one forward walk each
    const ends: number[] = [];
    for (const b of blocks) for (let k = 1; k < b.bounds.length; k++) ends.push(b.bounds[k]!);
    agenciesOf = new Map();
    const agencyClauses = clausesOf(ends, opd);
    const anchorClauses = clausesOf(ends, anchors);
    for (let ai = 0; ai < anchors.length; ai++) {
      const a = anchors[ai]!;
      const k = anchorClauses[ai]!;
      for (let j = 0; j < opd.length; j++) {
        if (agencyClauses[j] !== k) continue;
        let list = agenciesOf.get(a.key);
        if (list === undefined) agenciesOf.set(a.key, (list = []));
        if (!list.includes(opd[j]!.id)) list.push(opd[j]!.id);
      }
    }
  }
  return topics.map((t): TopicSentiment => {
    if (t.cues.length === 0) return otherTopic(t, input);
    const info = input.taxonomy.topic(t.id);
    const a = aspect.get(t.id)!;
    const s = scoreAttributed(a.hits, alpha, pos, neg, cueWeight(t, cueScores, asks));
    let explicit = agenciesOf?.get(t.id);
    if (info !== undefined && opd.length > 0) {
      for (const m of opd) if (info.agencies.includes(m.id) && !(explicit ?? []).includes(m.id)) explicit = [...(explicit ?? []), m.id];
    }
    const isExplicit = explicit !== undefined && explicit.length > 0;
    return {
      id: t.id,
      score: t.score,
      cues: t.cues,
      name: info?.name ?? t.id,
      compound: s.compound,
      label: s.label,
      hits: a.hits,
      spans: a.spans,
      attribution: isExplicit ? 'explicit' : 'implied',
      agencies: isExplicit ? explicit! : [...(info?.agencies ?? [])],
    };
  });
}

/**
 * What the topic's own complaint / praise cues add (∓1 each) when the scorer
 * has no hit on them ("ada calo", "air mati seminggu": the words name the
 * problem but carry no sentiment of their own), outside information requests.
 * A complaint cue the scorer read as praise (`damai` in "minta damai") also
 * cancels that reading, and one it damped below weight 1 is raised to 1.
 */
function cueWeight(t: TopicMention, scores: Map<number, number | undefined>, asks: readonly Span[]): number {
  let w = 0;
  for (const c of t.cues) {
    if (c.aspect === undefined || inAny(asks, c.start)) continue;
    const sign = c.aspect === 'negative' ? -1 : 1;
    const scored = scores.get(c.start);
    if (scored === undefined) w += sign;
    else if (scored * sign < 0) w += sign - scored; // the scorer read the cue the other way round
    else if (Math.abs(scored) < 1) w += sign * (1 - Math.abs(scored)); // damped (e.g. as reportage): a complaint cue weighs at least 1
  }
  return w;
}

/**
 * For each cue with an aspect (keyed by start): the summed weight of the
 * sentiment hits overlapping it, or `undefined` when none does. Cues and
 * hits are walked in text order, so this is linear in both.
 */
function scoredCues(anchors: readonly { start: number }[], topics: readonly TopicMention[], hits: SentimentResult['hits']): Map<number, number | undefined> {
  const cues: TopicMention['cues'] = [];
  for (const t of topics) for (const c of t.cues) if (c.aspect !== undefined) cues.push(c);
  const out = new Map<number, number | undefined>();
  if (cues.length === 0) return out;
  if (anchors.length > 0 && topics.length > 1) cues.sort(byStart);
  let h = 0;
  for (const c of cues) {
    if (out.has(c.start)) continue;
    while (h < hits.length && hits[h]!.end <= c.start) h++;
    let sum: number | undefined;
    for (let j = h; j < hits.length && hits[j]!.start < c.end; j++) if (hits[j]!.end > c.start) sum = (sum ?? 0) + hits[j]!.weight;
    out.set(c.start, sum);
  }
  return out;
}

function byStart(a: { start: number }, b: { start: number }): number {
  return a.start - b.start;
}

function inAny(spans: readonly Span[], pos: number): boolean {
  for (const q of spans) if (pos >= q.start && pos < q.end) return true;
  return false;
}

/** Clause index of each item (sorted by start), given the clauses' end offsets. */
function clausesOf(ends: readonly number[], items: readonly { start: number }[]): number[] {
  const out: number[] = new Array<number>(items.length);
  let k = 0;
  for (let i = 0; i < items.length; i++) {
    const p = items[i]!.start;
    if (i > 0 && p < items[i - 1]!.start) k = 0; // not sorted: restart the walk
    while (k < ends.length - 1 && p >= ends[k]!) k++;
    out[i] = k;
  }
  return out;
}

/**
 * A topic without cues (`other`): the whole-text sentiment, and every agency
 * the text names as its explicit agency.
 */
function otherTopic(t: TopicMention, input: TopicSentimentInput): TopicSentiment {
  const info = input.taxonomy.topic(t.id);
  const named: string[] = [];
  for (const m of input.mentions) if (m.kind === 'opd' && !named.includes(m.id)) named.push(m.id);
  return {
    id: t.id,
    score: t.score,
    cues: t.cues,
    name: info?.name ?? t.id,
    compound: input.sentiment.compound,
    label: input.sentiment.label,
    hits: [...input.sentiment.hits],
    spans: [],
    attribution: named.length > 0 ? 'explicit' : 'implied',
    agencies: named.length > 0 ? named : [...(info?.agencies ?? [])],
  };
}
