// zod/mini: tree-shakable, so bundles carry only the checks used here
import * as z from 'zod/mini';
import { safeParse } from '../validate';
import { TIME_UNITS, TIME_ZONES, type TimeUnit, type TimeZoneName } from './buckets';
import type { AggregatorOptions, GroupDimension } from './types';

const dimensions = ['entity', 'topic', 'attribution', 'region', 'source', ...TIME_UNITS] as const;

/** zod schema of {@link AggregatorOptions}; errors name the field. */
export const aggregatorOptionsSchema = z.strictObject({
  by: z._default(
    z.array(z.enum(dimensions)).check(
      z.maxLength(6),
      z.refine((by) => new Set(by).size === by.length, { message: 'by: dimensions must not repeat' }),
      z.refine((by) => by.filter((d) => (TIME_UNITS as readonly string[]).includes(d)).length <= 1, {
        message: 'by: at most one time unit (hour, day, week or month)',
      }),
    ),
    ['entity', 'day'],
  ),
  timezone: z._default(z.enum(TIME_ZONES as [TimeZoneName, ...TimeZoneName[]]), 'Asia/Jakarta'),
  topTerms: z._default(z.number().check(z.int(), z.gte(0), z.lte(1000)), 10),
  examples: z._default(z.number().check(z.int(), z.gte(0), z.lte(100)), 3),
  exampleChars: z._default(z.number().check(z.int(), z.gte(0), z.lte(100_000)), 500),
});

/** Validated options with every default filled in. */
export type ResolvedAggregatorOptions = Required<AggregatorOptions>;

/** Validates aggregator options once, at the boundary. Throws a `TypeError` naming the field. */
export function resolveAggregatorOptions(options: unknown): ResolvedAggregatorOptions {
  const parsed = safeParse(aggregatorOptionsSchema, options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'options';
    throw new TypeError(`suara: invalid aggregator option ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return { ...parsed.data, by: withAttribution([...parsed.data.by] as GroupDimension[]) };
}

/**
 * `by` with `attribution` right after `topic` when both `entity` and `topic`
 * are grouped: explicit and implied agencies of a topic are never mixed.
 */
export function withAttribution(by: GroupDimension[]): GroupDimension[] {
  if (!by.includes('entity') || !by.includes('topic') || by.includes('attribution')) return by;
  const i = by.indexOf('topic');
  return [...by.slice(0, i + 1), 'attribution', ...by.slice(i + 1)];
}

/** The time unit among `by`, if any. */
export function timeUnitOf(by: readonly GroupDimension[]): TimeUnit | undefined {
  for (const d of by) if ((TIME_UNITS as readonly string[]).includes(d)) return d as TimeUnit;
  return undefined;
}
