import { z } from 'zod';
import { TIME_UNITS, TIME_ZONES, type TimeUnit, type TimeZoneName } from './buckets';
import type { AggregatorOptions, GroupDimension } from './types';

const dimensions = ['entity', 'region', 'source', ...TIME_UNITS] as const;

/** zod schema of {@link AggregatorOptions}; errors name the field. */
export const aggregatorOptionsSchema = z
  .object({
    by: z
      .array(z.enum(dimensions))
      .max(4)
      .default(['entity', 'day'])
      .refine((by) => new Set(by).size === by.length, { message: 'by: dimensions must not repeat' })
      .refine((by) => by.filter((d) => (TIME_UNITS as readonly string[]).includes(d)).length <= 1, {
        message: 'by: at most one time unit (hour, day, week or month)',
      }),
    timezone: z.enum(TIME_ZONES as [TimeZoneName, ...TimeZoneName[]]).default('Asia/Jakarta'),
    topTerms: z.number().int().min(0).max(1000).default(10),
    examples: z.number().int().min(0).max(100).default(3),
    exampleChars: z.number().int().min(0).max(100_000).default(500),
  })
  .strict();

/** Validated options with every default filled in. */
export type ResolvedAggregatorOptions = Required<AggregatorOptions>;

/** Validates aggregator options once, at the boundary. Throws a `TypeError` naming the field. */
export function resolveAggregatorOptions(options: unknown): ResolvedAggregatorOptions {
  const parsed = aggregatorOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : 'options';
    throw new TypeError(`suara: invalid aggregator option ${where}: ${issue?.message ?? 'invalid'}`);
  }
  return { ...parsed.data, by: [...parsed.data.by] as GroupDimension[] };
}

/** The time unit among `by`, if any. */
export function timeUnitOf(by: readonly GroupDimension[]): TimeUnit | undefined {
  for (const d of by) if ((TIME_UNITS as readonly string[]).includes(d)) return d as TimeUnit;
  return undefined;
}
