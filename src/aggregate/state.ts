import { safeParse } from '../validate';
import { buildAggregator } from './create-aggregator';
import { aggregatorStateSchema } from './state-schema';
import type { Aggregator, AggregatorState, ExampleDoc, ExampleHit, GroupDimension } from './types';

export { aggregatorStateSchema } from './state-schema';

/**
 * Rebuilds an aggregator from `toJSON()` output (an object or its JSON
 * string), validating it with zod first. Throws a `TypeError` naming the
 * offending field for anything that is not a version-1 `suara-aggregate`
 * state.
 *
 * @example
 * ```ts
 * import { createAggregator, restoreAggregator } from 'suara';
 * const a = createAggregator({ by: ['entity', 'day'] });
 * // … a.add(records) in another process, then send JSON.stringify(a.toJSON()) here …
 * const total = createAggregator({ by: ['entity', 'day'] });
 * total.merge(restoreAggregator(JSON.stringify(a.toJSON())));
 * ```
 */
export function restoreAggregator(json: string | AggregatorState | unknown): Aggregator {
  let value: unknown = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new TypeError(`suara: aggregator state is not valid JSON: ${(e as Error).message}`);
    }
  }
  const parsed = safeParse(aggregatorStateSchema, value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'state';
    throw new TypeError(`suara: invalid aggregator state at ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const s = parsed.data;
  const options = { ...s.options, by: [...s.options.by] as GroupDimension[] };
  const groups = s.groups.map((g) => ({
    ...g,
    positiveExamples: g.positiveExamples.map(stripUndefined),
    negativeExamples: g.negativeExamples.map(stripUndefined),
  }));
  return buildAggregator(options, groups, s.documents);
}

function stripUndefined(e: {
  id: string;
  compound: number;
  text?: string | undefined;
  hits?: ExampleHit[] | undefined;
  cues?: { start: number; end: number }[] | undefined;
}): ExampleDoc {
  const out: ExampleDoc = { id: e.id, compound: e.compound };
  if (e.text !== undefined) out.text = e.text;
  if (e.hits !== undefined) out.hits = e.hits;
  if (e.cues !== undefined) out.cues = e.cues;
  return out;
}
