/**
 * The aggregator views a report needs, and assembling them into
 * {@link ReportData}.
 */
import type { TimeUnit, TimeZoneName } from '../../aggregate/buckets';
import { detectSpikes } from '../../aggregate/spikes';
import type { Aggregator, AggregatorOptions } from '../../aggregate/types';
import type { ReportData } from './model';

/** The four views: `[entity, unit]`, `[unit]`, `[entity]`, `[]`, in that order. */
export function reportViews(unit: TimeUnit, timezone: TimeZoneName): AggregatorOptions[] {
  return [
    { by: ['entity', unit], timezone, topTerms: 0, examples: 0 },
    { by: [unit], timezone, topTerms: 0, examples: 0 },
    { by: ['entity'], timezone, topTerms: 10, examples: 2 },
    { by: [], timezone, topTerms: 15, examples: 5 },
  ];
}

/** Builds report data from the four filled views (see {@link reportViews}). */
export function buildReportData(
  views: readonly Aggregator[],
  info: { input: string; unit: TimeUnit; timezone: TimeZoneName; summary: ReportData['summary']; title?: string },
): ReportData {
  const [timeline, overallTimeline, totals, overall] = views;
  if (!timeline || !overallTimeline || !totals || !overall) throw new TypeError('suara: a report needs its four aggregator views');
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
  };
}
