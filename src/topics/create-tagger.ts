/**
 * `createTopicTagger(options?)` and `tagTopics(text)`: complaint topics of a
 * text from the cue lexicon in `lexicons/topics/`, with exact cue offsets.
 */
import { assertString } from '../errors';
import { lazy } from '../lexicons/lazy';
import { stem as defaultStem } from '../stem/create-stemmer';
import { isKnownWord } from '../stem/known-word';
import { createTokenizer, type Tokenizer } from '../text/tokenize';
import { tokenArraySource, type TokenSource } from '../text/tape';
import type { Token } from '../text/types';
import { safeParse } from '../validate';
import { topicTaggerOptionsSchema } from './lexicon-specs';
import { defaultTaxonomy, type TopicDefinition, type WeightedCue } from './lexicon';
import { compileCues, createCueMatcher, type CueIndex } from './matcher';
import type { TopicCue, TopicInfo, TopicMention } from './types';

/**
 * A topic a city adds (or changes) with {@link createTopicTagger}. With an
 * id the taxonomy already has, its cues and blockers are added to the
 * built-in ones and `name`, `description` and `agencies` replace them.
 *
 * @example
 * ```ts
 * const tourism: import('suara').TopicInput = {
 *   id: 'tourism', name: 'Pariwisata', agencies: ['dinas.pariwisata'],
 *   cues: ['wisata*', 'pantai', { cue: 'tiket masuk', weight: 0.5 }],
 * };
 * ```
 */
export interface TopicInput {
  /** Topic id: lowercase words joined by hyphens (`tourism`, `civil-registry`). */
  id: string;
  /** Display name (default: the id for a new topic). */
  name?: string;
  /** What the topic covers. */
  description?: string;
  /** Usual agencies (kind ids such as `dinas.pariwisata`), for implied attribution. */
  agencies?: string[];
  /** Cues: normalized words (`wisata*`, `objek wisata`), weight 1, or {@link TopicCueInput}. */
  cues?: (string | TopicCueInput)[];
  /** Phrases in which no cue counts. */
  blockers?: string[];
}

/**
 * A cue with its own weight or aspect, in a {@link TopicInput}.
 *
 * @example
 * ```ts
 * const c: import('suara').TopicCueInput = { cue: 'tiket mahal', weight: 0.5, aspect: 'negative' };
 * ```
 */
export interface TopicCueInput {
  /** Normalized words separated by single spaces; a word ending in `*` also matches by stem. */
  cue: string;
  /** What one occurrence adds to the topic's score (default 1, at most 5). */
  weight?: number;
  /** `negative` for a complaint cue, `positive` for a praise cue (counts ∓1 toward aspect sentiment when the scorer found nothing on it). */
  aspect?: 'negative' | 'positive';
}

/**
 * Options of {@link createTopicTagger}.
 *
 * @example
 * ```ts
 * import { createTopicTagger } from 'suara';
 * const tagger = createTopicTagger({
 *   topics: [{ id: 'lighting', agencies: ['dinas.perkim'] }, { id: 'tourism', name: 'Pariwisata', cues: ['wisata*'] }],
 *   blockers: ['wisata kuliner'],
 * });
 * ```
 */
export interface TopicTaggerOptions {
  /** Topics to add, or to extend when the id exists (see {@link TopicInput}). */
  topics?: TopicInput[];
  /** When true, only `topics` are used (the built-in cues and blockers are dropped). Default false. */
  replace?: boolean;
  /** Extra blockers: phrases in which no cue counts (`wisata kuliner`). */
  blockers?: string[];
  /** Score at which a topic is reported. Default 1 (one strong cue, or two weak ones). */
  threshold?: number;
}

/**
 * A configured topic tagger.
 *
 * @example
 * ```ts
 * import { createTopicTagger, tokenize } from 'suara';
 * const tagger = createTopicTagger();
 * tagger.tag('Sampah numpuk, selokan mampet').map((t) => t.id); // ['waste', 'flooding']
 * const text = 'lampu jalan mati';
 * tagger.tagTokens(tokenize(text), text)[0]!.id; // 'lighting'
 * ```
 */
export interface TopicTagger {
  /** Topics of one text; `[{ id: 'other', score: 0, cues: [] }]` when none. Throws `TypeError` for a non-string. */
  tag(text: string): TopicMention[];
  /** Topics from tokens `analyze()` already has (no second tokenization); `text` is the string they index. */
  tagTokens(tokens: readonly Token[], text: string): TopicMention[];
  /** The taxonomy in order (built-in topics first, then added ones; `other` is always present). */
  readonly topics: readonly TopicInfo[];
  /** One topic by id. */
  topic(id: string): TopicInfo | undefined;
}

/** Validates tagger options once; errors name the field. */
function parseOptions(options: unknown): TopicTaggerOptions {
  const r = safeParse(topicTaggerOptionsSchema, options ?? {});
  if (!r.success) {
    const iss = r.error.issues[0]!;
    throw new TypeError(`suara: invalid topic tagger option "${iss.path.join('.') || '(options)'}": ${iss.message}`);
  }
  return r.data as TopicTaggerOptions;
}

function buildDefinitions(o: TopicTaggerOptions): { defs: TopicDefinition[]; blockers: string[]; threshold: number } {
  const base = defaultTaxonomy();
  const defs: TopicDefinition[] = o.replace === true ? [] : base.topics.map((t) => ({ ...t, agencies: [...t.agencies], cues: [...t.cues] }));
  const blockers = o.replace === true ? [] : [...base.blockers];
  const byId = new Map(defs.map((d) => [d.id, d]));
  for (const t of o.topics ?? []) {
    let d = byId.get(t.id);
    if (d === undefined) {
      d = { id: t.id, name: t.name ?? t.id, description: t.description ?? '', agencies: [], cues: [] };
      byId.set(t.id, d);
      defs.push(d);
    }
    if (t.name !== undefined) d.name = t.name;
    if (t.description !== undefined) d.description = t.description;
    if (t.agencies !== undefined) d.agencies = [...t.agencies];
    for (const c of t.cues ?? []) {
      if (typeof c === 'string') d.cues.push({ cue: c, weight: 1 });
      else d.cues.push(c.aspect === undefined ? { cue: c.cue, weight: c.weight ?? 1 } : ({ cue: c.cue, weight: c.weight ?? 1, aspect: c.aspect } satisfies WeightedCue));
    }
    blockers.push(...(t.blockers ?? []));
  }
  blockers.push(...(o.blockers ?? []));
  if (!byId.has('other')) defs.push({ id: 'other', name: 'Lainnya', description: 'none of the topics', agencies: [], cues: [] });
  return { defs, blockers, threshold: o.threshold ?? base.threshold };
}

/**
 * Creates a topic tagger over the built-in taxonomy, optionally with a
 * city's own topics, cues and blockers. Options are validated with zod once,
 * here; the cue index is compiled on first use.
 *
 * @example
 * ```ts
 * import { createTopicTagger } from 'suara';
 * const tagger = createTopicTagger({ topics: [{ id: 'tourism', name: 'Pariwisata', agencies: ['dinas.pariwisata'], cues: ['wisata*', 'objek wisata'] }] });
 * tagger.tag('Objek wisata Pantai Tikus kotor, sampah di mana-mana').map((t) => t.id); // ['tourism', 'waste']
 * ```
 */
export function createTopicTagger(options?: TopicTaggerOptions): TopicTagger {
  const o = parseOptions(options);
  const built = lazy(() => {
    const { defs, blockers, threshold } = buildDefinitions(o);
    const cues: { cue: string; weight: number; topic: number; aspect?: 'negative' | 'positive' | undefined }[] = [];
    defs.forEach((d, k) => {
      for (const c of d.cues) cues.push({ cue: c.cue, weight: c.weight, topic: k, aspect: c.aspect });
    });
    const index: CueIndex = compileCues(cues, blockers);
    const infos: TopicInfo[] = defs.map((d) => ({ id: d.id, name: d.name, description: d.description, agencies: [...d.agencies] }));
    return {
      matcher: createCueMatcher(index, defaultStem),
      infos,
      threshold,
      byId: new Map(infos.map((t) => [t.id, t])),
      scoreBuf: new Float64Array(infos.length),
      cueBuf: new Array<TopicCue[] | undefined>(infos.length).fill(undefined),
    };
  });
  // The tokenizer is built only if tag() is called with a plain string.
  const tokenizer = lazy((): Tokenizer => createTokenizer({ knownWord: isKnownWord }));

  const tagSource = (tokens: TokenSource, text: string): TopicMention[] => {
    const { matcher, infos, threshold } = built();
    const matches = matcher.matchSource(tokens);
    if (matches.length === 0) return [{ id: 'other', score: 0, cues: [] }];
    // per topic: score and cues in scratch arrays indexed by topic, reset after use (tagging is synchronous)
    const { scoreBuf, cueBuf } = built();
    const touched: number[] = [];
    for (const m of matches) {
      if (m.entry.block) continue;
      const surface = text.slice(m.start, m.end);
      const { topics: ks, weights, aspects } = m.entry;
      for (let j = 0; j < ks.length; j++) {
        const k = ks[j]!;
        const cue: TopicCue = { text: surface, start: m.start, end: m.end };
        if (aspects[j] !== 0) cue.aspect = aspects[j]! < 0 ? 'negative' : 'positive';
        let list = cueBuf[k];
        if (list === undefined) {
          touched.push(k);
          cueBuf[k] = list = [];
        }
        scoreBuf[k] = scoreBuf[k]! + weights[j]!;
        const prev = list[list.length - 1];
        if (prev === undefined || prev.start !== m.start || prev.end !== m.end) list.push(cue);
      }
    }
    const out: TopicMention[] = [];
    // touched is in order of first cue; ties (one cue, several topics) keep taxonomy order
    for (const k of touched) {
      const sc = scoreBuf[k]!;
      if (sc + 1e-9 >= threshold) out.push({ id: infos[k]!.id, score: Math.round(sc * 1e6) / 1e6, cues: cueBuf[k]! });
      scoreBuf[k] = 0;
      cueBuf[k] = undefined;
    }
    if (out.length === 0) return [{ id: 'other', score: 0, cues: [] }];
    return out;
  };

  const tagTokens = (tokens: readonly Token[], text: string): TopicMention[] => tagSource(tokenArraySource(tokens), text);

  const tagger: TopicTagger = {
    tag(text: string): TopicMention[] {
      assertString(text, 'text');
      return tagTokens(tokenizer().tokenize(text), text);
    },
    tagTokens,
    get topics() {
      return built().infos;
    },
    topic(id: string) {
      return built().byId.get(id);
    },
  };
  sourceTaggers.set(tagger, tagSource);
  return tagger;
}

/** Internal entry for analyze(): tag a token source (its tape) with a tagger's own index and memos. */
const sourceTaggers = new WeakMap<TopicTagger, (tokens: TokenSource, text: string) => TopicMention[]>();

/**
 * Topics of the token source `tokens` (analyze()'s tape) with `tagger`;
 * `undefined` when the tagger was not made by {@link createTopicTagger}.
 *
 * @example
 * ```ts no-run
 * // internal: createTapeTokenizer lives in src/text/tape.ts
 * const text = 'Lampu jalan mati';
 * tagSourceWith(createTopicTagger(), createTapeTokenizer({}).tape(text), text)![0]!.id; // 'lighting'
 * ```
 */
export function tagSourceWith(tagger: TopicTagger, tokens: TokenSource, text: string): TopicMention[] | undefined {
  return sourceTaggers.get(tagger)?.(tokens, text);
}

let defaultTagger: TopicTagger | undefined;

/**
 * Complaint topics of one text with the built-in taxonomy: each topic with
 * its score and cue spans (exact offsets); several topics per text;
 * `[{ id: 'other', score: 0, cues: [] }]` when none. Slang and elongation are
 * handled because cues are matched on token norms (`lemot`, `bauuu`).
 *
 * @example
 * ```ts
 * import { tagTopics } from 'suara';
 * tagTopics('Lampu jalan mati, jalan berlubang, genangan di mana2').map((t) => t.id);
 * // ['lighting', 'roads', 'flooding']
 * tagTopics('Akhir pekan enaknya jalan-jalan ke pantai')[0]!.id; // 'other'
 * ```
 */
export function tagTopics(text: string): TopicMention[] {
  assertString(text, 'text');
  return (defaultTagger ??= createTopicTagger()).tag(text);
}
