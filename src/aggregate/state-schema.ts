/**
 * The zod schema of a serialized aggregator, and the one check every raw
 * state passes before `restoreAggregator` or `merge()` touches anything.
 * (Its own module so `create-aggregator.ts` can use it without an import cycle.)
 */
// zod/mini: tree-shakable, so bundles carry only the checks used here
import * as z from 'zod/mini';
import { safeParse } from '../validate';
import { aggregatorOptionsSchema } from './options';
import type { AggregatorState } from './types';

const int = () => z.number().check(z.int());
const count = z.number().check(z.int(), z.gte(0));
const example = z.strictObject({
  id: z.string(),
  compound: z.number().check(z.gte(-1), z.lte(1)),
  text: z.optional(z.string()),
  hits: z.optional(z.array(z.strictObject({ start: count, end: count, weight: z.number() }))),
  cues: z.optional(z.array(z.strictObject({ start: count, end: count }))),
});
// Terms and median bins are most of a state (thousands of entries): checked by one plain function
// per entry inside zod (the array keeps the index in the error path) — about 10× faster than
// z.tuple, which matters when the CLI merges worker states.
const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const term = z.custom<[string, number, number]>(
  (v) => Array.isArray(v) && v.length === 3 && typeof v[0] === 'string' && isCount(v[1]) && Number.isInteger(v[2]),
  'must be [term, count, weight]: a string, an integer ≥ 0 and an integer',
);
const bin = z.custom<[number, number]>(
  (v) => Array.isArray(v) && v.length === 2 && Number.isInteger(v[0]) && (v[0] as number) >= -1000 && (v[0] as number) <= 1000 && isCount(v[1]),
  'must be [bin, count]: an integer in [-1000, 1000] and an integer ≥ 0',
);

const groupSchema = z
  .strictObject({
    key: z.array(z.nullable(z.string())),
    name: z.nullable(z.string()),
    count,
    positive: count,
    negative: count,
    neutral: count,
    compoundSum: int(),
    bins: z.array(bin),
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
 * Validates a raw aggregator state; throws a `TypeError` naming the first
 * offending field (`groups.0.count`), prefixed with `what`.
 *
 * @example
 * ```ts
 * let message = '';
 * try {
 *   checkAggregatorState({ documents: 'x' }, 'merge: ');
 * } catch (e) {
 *   message = (e as Error).message;
 * }
 * message.startsWith('suara: merge: invalid aggregator state at format'); // true
 * ```
 */
export function checkAggregatorState(value: unknown, what: string): AggregatorState {
  const parsed = safeParse(aggregatorStateSchema, value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'state';
    throw new TypeError(`suara: ${what}invalid aggregator state at ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return value as AggregatorState;
}
