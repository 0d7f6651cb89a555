import type { AggregateRecord } from '../../src/aggregate';
import type { SentimentHit, SentimentLabel } from '../../src/sentiment/types';

/** A hit on `word` at `start` with `weight` (lemma = word). */
export function hit(word: string, start: number, weight: number): SentimentHit {
  return { text: word, start, end: start + word.length, norm: word, lemma: word, weight, rules: [] };
}

export function labelOf(compound: number): SentimentLabel {
  return compound >= 0.05 ? 'positive' : compound <= -0.05 ? 'negative' : 'neutral';
}

export interface TargetSpec {
  id: string;
  name?: string;
  compound: number;
  hits?: SentimentHit[];
  region?: string;
}

/** Builds a record with a hand-made analysis (no analyzer involved). */
export function record(spec: {
  id?: string;
  date?: string;
  source?: string;
  text?: string;
  compound: number;
  hits?: SentimentHit[];
  targets?: TargetSpec[];
  regions?: string[];
}): AggregateRecord {
  const hits = spec.hits ?? [];
  const targets = (spec.targets ?? []).map((t) => ({
    id: t.id,
    name: t.name ?? t.id,
    mentions: [
      {
        id: t.id,
        kind: 'opd' as const,
        name: t.name ?? t.id,
        text: t.id,
        start: 0,
        end: t.id.length,
        ...(t.region ? { region: { level: 'kota' as const, name: t.region, code: '00.00' } } : {}),
      },
    ],
    spans: [],
    score: t.compound * 3,
    compound: t.compound,
    label: labelOf(t.compound),
    hits: t.hits ?? [],
  }));
  const entities = [
    ...targets.flatMap((t) => t.mentions),
    ...(spec.regions ?? []).map((r) => ({
      id: r,
      kind: 'region' as const,
      name: r,
      text: r,
      start: 0,
      end: r.length,
    })),
  ];
  const rec: AggregateRecord = {
    analysis: {
      sentiment: { score: spec.compound * 3, compound: spec.compound, label: labelOf(spec.compound), hits },
      entities,
      targets,
    },
  };
  if (spec.id !== undefined) rec.id = spec.id;
  if (spec.date !== undefined) rec.date = spec.date;
  if (spec.source !== undefined) rec.source = spec.source;
  if (spec.text !== undefined) rec.text = spec.text;
  return rec;
}
