/**
 * The built-in taxonomy, parsed lazily from the compiled modules on first use
 * (importing suara does no work). Validated at build time by
 * `npm run lexicons:build`; here it is only split into rows.
 */
import { lazy } from '../lexicons/lazy';
import { parseTsv } from '../lexicons/tsv';
import { data as topicsData } from '../lexicons/generated/topics-topics';
import { data as cuesData } from '../lexicons/generated/topics-cues';
import type { TopicInfo } from './types';

/** A cue with its weight, as compiled into the matcher. */
export interface WeightedCue {
  /** Normalized words, single spaces; a trailing `*` on a word also matches by stem. */
  cue: string;
  /** What one occurrence adds to the topic's score. */
  weight: number;
  /** A complaint (`negative`) or praise (`positive`) cue: counts ∓1 toward aspect sentiment when the scorer found nothing on it. */
  aspect?: 'negative' | 'positive';
}

/** A topic with its cues: the unit the matcher is compiled from. */
export interface TopicDefinition extends TopicInfo {
  /** Cues of this topic. */
  cues: WeightedCue[];
}

/** The built-in taxonomy: topics with their cues, the blockers, the threshold. */
export interface TopicTaxonomy {
  /** Topics in taxonomy order. */
  topics: TopicDefinition[];
  /** Phrases with another sense (`jalan-jalan`, `air mata`): matched like cues, they only stop cues inside them. */
  blockers: string[];
  /** Score at which a topic is reported. */
  threshold: number;
  /** Words that make a `?` sentence an information request, and words that make it rhetorical (see topics.json). */
  questions: { ask: ReadonlySet<string>; rhetorical: ReadonlySet<string> };
}

interface TopicsFile {
  threshold: number;
  questions: { ask: string[]; rhetorical: string[] };
  topics: { id: string; name: string; description?: string; agencies: string[] }[];
}

/** Built-in taxonomy (`lexicons/topics/`), parsed once. */
export const defaultTaxonomy: () => TopicTaxonomy = lazy(() => {
  const file = JSON.parse(topicsData) as TopicsFile;
  const byId = new Map<string, TopicDefinition>();
  const topics = file.topics.map((t): TopicDefinition => {
    const d: TopicDefinition = { id: t.id, name: t.name, description: t.description ?? '', agencies: [...t.agencies], cues: [] };
    byId.set(t.id, d);
    return d;
  });
  const blockers: string[] = [];
  for (const row of parseTsv(cuesData).rows) {
    const cue = row['cue']!;
    if (row['topic'] === '-') {
      blockers.push(cue);
      continue;
    }
    for (const id of row['topic']!.split(',')) {
      const d = byId.get(id);
      if (d === undefined) throw new Error(`suara: lexicons/topics/cues.tsv names an unknown topic "${id}"`);
      const aspect = row['aspect'];
      d.cues.push(aspect === 'negative' || aspect === 'positive' ? { cue, weight: Number(row['weight']), aspect } : { cue, weight: Number(row['weight']) });
    }
  }
  return { topics, blockers, threshold: file.threshold, questions: { ask: new Set(file.questions.ask), rhetorical: new Set(file.questions.rhetorical) } };
});
