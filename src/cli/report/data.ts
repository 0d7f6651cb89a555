/**
 * The aggregator views a report needs, and assembling them into
 * {@link ReportData}.
 */
import { needsAttention } from '../../aggregate/attention';
import type { TimeUnit, TimeZoneName } from '../../aggregate/buckets';
import { detectSpikes } from '../../aggregate/spikes';
import type { Aggregator, AggregatorOptions } from '../../aggregate/types';
import type { ReportData } from './model';

/** Number of views {@link reportViews} returns (and {@link buildReportData} expects). */
const VIEW_COUNT = 7;

/**
 * The seven views, in this order: `[entity, unit]`, `[unit]`, `[entity]`, `[]`,
 * then the topic views `[topic]`, `[entity, topic]` and `[entity, topic, unit]`
 * (the aggregator inserts `attribution` after `topic` in the last two, so
 * explicit and implied agency attributions stay apart). The last one feeds
 * "Perlu perhatian" and keeps three negative examples per group, with cues.
 */
export function reportViews(unit: TimeUnit, timezone: TimeZoneName): AggregatorOptions[] {
  return [
    { by: ['entity', unit], timezone, topTerms: 0, examples: 0 },
    { by: [unit], timezone, topTerms: 0, examples: 0 },
    { by: ['entity'], timezone, topTerms: 10, examples: 2 },
    { by: [], timezone, topTerms: 15, examples: 5 },
    { by: ['topic'], timezone, topTerms: 0, examples: 0 },
    { by: ['entity', 'topic'], timezone, topTerms: 0, examples: 0 },
    // examples are kept per group, so only the recent window's worst three reach the page
    { by: ['entity', 'topic', unit], timezone, topTerms: 0, examples: 3, exampleChars: 280 },
  ];
}

/** Builds report data from the filled views (see {@link reportViews}). */
export function buildReportData(
  views: readonly Aggregator[],
  info: { input: string; unit: TimeUnit; timezone: TimeZoneName; summary: ReportData['summary']; title?: string },
): ReportData {
  const [timeline, overallTimeline, totals, overall, topics, agencyTopics, topicTimeline] = views;
  if (views.length !== VIEW_COUNT || !timeline || !overallTimeline || !totals || !overall || !topics || !agencyTopics || !topicTimeline) {
    throw new TypeError(`suara: a report needs its ${VIEW_COUNT} aggregator views (see reportViews)`);
  }
  const timelineRows = timeline.rows();
  return {
    title: info.title ?? 'Sentimen publik terhadap OPD',
    input: info.input,
    unit: info.unit,
    timezone: info.timezone,
    summary: info.summary,
    timeline: timelineRows,
    overallTimeline: overallTimeline.rows(),
    totals: totals.rows(),
    overall: overall.rows()[0],
    spikes: detectSpikes(timelineRows.filter((r) => r.entity !== null)),
    topics: topics.rows(),
    agencyTopics: agencyTopics.rows(),
    attention: needsAttention(topicTimeline.rows(), { unit: info.unit }),
  };
}
