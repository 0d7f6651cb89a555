/**
 * `suara/aggregate`: mergeable aggregation of analysed documents by agency,
 * topic, region, source and time bucket, plus spike detection and the
 * "Perlu perhatian" ranking of agency × topic pairs.
 *
 * @packageDocumentation
 */
export { createAggregator } from './create-aggregator';
export { restoreAggregator } from './state';
export { detectSpikes } from './spikes';
export { needsAttention } from './attention';
export type { AttentionExample, AttentionHighlight, AttentionItem, AttentionOptions, AttentionWindow } from './attention';
export type { Spike, SpikeOptions } from './spikes';
export {
  bucketIndex,
  bucketLabel,
  bucketUnitOf,
  parseDate,
  timeZoneOffsetHours,
} from './buckets';
export type { TimeUnit, TimeZoneName } from './buckets';
export { mean, median, poissonUpperTail, wilsonInterval } from './stats';
export type { ShareInterval } from './stats';
export { histogramMedian, toFixedPoint } from './sketch';
export type {
  AggregateRecord,
  AggregateRow,
  Aggregator,
  AggregatorOptions,
  AggregatorState,
  AnalysisSummary,
  ExampleDoc,
  ExampleCue,
  ExampleHit,
  GroupDimension,
  GroupState,
  TermCount,
} from './types';
