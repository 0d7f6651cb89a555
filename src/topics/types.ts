import type { SentimentHit, SentimentLabel } from '../sentiment/types';
import type { Span } from '../text/types';

/**
 * The built-in topic ids (issue 14's taxonomy). A city can add its own ids
 * with `createTopicTagger({ topics })`, so {@link TopicMention.id} is a `string`.
 *
 * @example
 * ```ts
 * const id: import('suara').BuiltinTopicId = 'civil-registry';
 * ```
 */
export type BuiltinTopicId =
  | 'roads'
  | 'flooding'
  | 'waste'
  | 'water'
  | 'lighting'
  | 'traffic'
  | 'civil-registry'
  | 'licensing'
  | 'health'
  | 'education'
  | 'social-aid'
  | 'markets'
  | 'public-order'
  | 'disaster'
  | 'corruption'
  | 'service'
  | 'other';

/**
 * One matched cue: `text === input.slice(start, end)`.
 *
 * @example
 * ```ts
 * import { tagTopics } from 'suara';
 * const text = 'Jalan berlubang lagi';
 * const cue = tagTopics(text)[0]!.cues[0]!; // { text: 'Jalan berlubang', start: 0, end: 15 }
 * text.slice(cue.start, cue.end) === cue.text; // true
 * ```
 */
export interface TopicCue {
  /** The exact surface, `input.slice(start, end)`. */
  text: string;
  /** Start offset (UTF-16 code units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
  /** Present on complaint (`negative`) and praise (`positive`) cues such as `pungli` or `jalan berlubang`. */
  aspect?: 'negative' | 'positive';
}

/**
 * A topic found in a text, with the cues that put it there.
 *
 * @example
 * ```ts
 * import { tagTopics } from 'suara';
 * tagTopics('air PDAM keruh dari kemarin').map((t) => t.id); // ['water']
 * ```
 */
export interface TopicMention {
  /** Topic id (`roads`, `water`, … or a city's own id); `other` when no topic matched. */
  id: string;
  /** Sum of the matched cues' weights (0 for `other`); a topic is reported from the threshold (1) up. */
  score: number;
  /** The matched cues, in text order. */
  cues: TopicCue[];
}

/**
 * How the agencies of a topic were found: `explicit` when the post names
 * them (in the clause or sentence of the topic's cues), `implied` when it
 * names none and the topic's usual agency stands in.
 *
 * @example
 * ```ts
 * const a: import('suara').TopicAttribution = 'implied';
 * ```
 */
export type TopicAttribution = 'explicit' | 'implied';

/**
 * A topic of an analysed text with its aspect sentiment (the clauses of its
 * cues, scored like targeted sentiment) and the agencies it is aimed at.
 *
 * @example
 * ```ts
 * import { analyze } from 'suara';
 * analyze('Puskesmas ramah, tapi jalan ke sana rusak').topics.map((t) => [t.id, t.label]);
 * // [['health', 'positive'], ['service', 'positive'], ['roads', 'negative']]
 * ```
 */
export interface TopicSentiment extends TopicMention {
  /** Display name of the topic (`Jalan dan jembatan`). */
  name: string;
  /** Compound of the attributed hits, in [−1, 1]. */
  compound: number;
  /** Label by the scorer's thresholds. */
  label: SentimentLabel;
  /** Sentiment hits attributed to this topic. */
  hits: SentimentHit[];
  /** Clauses (or sentences) whose sentiment was attributed to it. */
  spans: Span[];
  /** `explicit`: `agencies` are named in the post; `implied`: the topic's usual agencies (possibly none). */
  attribution: TopicAttribution;
  /** Agency ids the topic is aimed at (kind ids such as `dinas.pupr`). */
  agencies: string[];
}

/**
 * A topic of the taxonomy: id, display name and usual agencies.
 *
 * @example
 * ```ts
 * import { createTopicTagger } from 'suara';
 * createTopicTagger().topic('roads')!.agencies; // ['dinas.pupr']
 * ```
 */
export interface TopicInfo {
  /** Topic id. */
  id: string;
  /** Display name (Indonesian). */
  name: string;
  /** What the topic covers. */
  description: string;
  /** Usual agencies (kind ids), used for implied attribution. */
  agencies: string[];
}
