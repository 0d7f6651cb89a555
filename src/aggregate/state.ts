// zod/mini: tree-shakable, so bundles carry only the checks used here
import * as z from 'zod/mini';
import { safeParse } from '../validate';
import { buildAggregator } from './create-aggregator';
import { aggregatorOptionsSchema } from './options';
import type { Aggregator, AggregatorState, ExampleDoc, ExampleHit, GroupDimension } from './types';

const int = () => z.number().check(z.int());
const count = z.number().check(z.int(), z.gte(0));
const example = z.strictObject({
  id: z.string(),
  compound: z.number().check(z.gte(-1), z.lte(1)),
  text: z.optional(z.string()),
  hits: z.optional(z.array(z.strictObject({ start: count, end: count, weight: z.number() }))),
  cues: z.optional(z.array(z.strictObject({ start: count, end: count }))),
});
const term = z.tuple([z.string(), count, int()]);

const groupSchema = z
  .strictObject({
    key: z.array(z.nullable(z.string())),
    name: z.nullable(z.string()),
    count,
    positive: count,
    negative: count,
    neutral: count,
    compoundSum: int(),
    bins: z.array(z.tuple([z.number().check(z.int(), z.gte(-1000), z.lte(1000)), count])),
    positiveTerms: z.array(term),
    negativeTerms: z.array(term),
    positiveExamples: z.array(example),
    negativeExamples: z.array(example),
  })
  .check(
    z.refine((g) => g.positive + g.negative + g.neutral === g.count, {
      message: 'positive + negative + neutral must equal count',
    }),
  );

/** zod schema of a serialized aggregator (format `suara-aggregate`, version 1). */
export const aggregatorStateSchema = z
  .strictObject({
    format: z.literal('suara-aggregate'),
    version: z.literal(1),
    options: z.required(aggregatorOptionsSchema),
    documents: count,
    groups: z.array(groupSchema),
  })
  .check(
    z.refine((s) => s.groups.every((g) => g.key.length === s.options.by.length), {
      message: 'every group key must have one value per "by" dimension',
    }),
  );

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
