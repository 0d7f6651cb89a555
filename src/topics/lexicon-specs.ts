/**
 * Zod schemas of the topic taxonomy files under `lexicons/topics/` and their
 * build specs. The same shapes validate a city's own topics passed to
 * `createTopicTagger({ topics })`, so user data is checked like the shipped data.
 */
// zod/mini: the runtime validates user topics with these schemas, and mini is tree-shakable
import * as z from 'zod/mini';
import type { LexiconSpec } from '../lexicons/spec';

/** Topic ids: lowercase words joined by hyphens (`civil-registry`). */
export const topicIdPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
/** Agency kind ids, as in `lexicons/entities/kinds.json` (`dinas.pupr`). */
export const agencyIdPattern = /^[a-z][a-z0-9]*(\.[a-z0-9]+)*$/;
/** A cue: lowercase normalized words separated by single spaces; a trailing `*` on a word also matches its stem. */
export const cuePattern = /^[a-z0-9][a-z0-9-]*\*?( [a-z0-9][a-z0-9-]*\*?)*$/;

const topicId = () => z.string().check(z.regex(topicIdPattern, 'topic id must be lowercase words joined by hyphens'));
const agencyId = () => z.string().check(z.regex(agencyIdPattern, 'agency id must be a kind id such as dinas.pupr'));
const cue = () => z.string().check(z.regex(cuePattern, 'cue must be lowercase words separated by single spaces (a word may end in *)'));

/** One topic of `lexicons/topics/topics.json`. */
export const topicInfoSchema = z.strictObject({
  id: topicId(),
  name: z.string().check(z.minLength(1)),
  description: z.optional(z.string()),
  agencies: z.array(agencyId()),
});

/** `lexicons/topics/topics.json`. */
export const topicsFileSchema = z.strictObject({
  source: z.string().check(z.minLength(1)),
  licence: z.string().check(z.minLength(1)),
  notes: z.optional(z.string()),
  threshold: z.number().check(z.gt(0)),
  questions: z.strictObject({
    note: z.optional(z.string()),
    ask: z.array(cue()),
    rhetorical: z.array(cue()),
  }),
  topics: z.array(topicInfoSchema).check(z.minLength(1)),
});

/** One row of `lexicons/topics/cues.tsv`. */
export const cueRowSchema = z.object({
  topic: z.string().check(z.regex(/^(-|[a-z][a-z0-9-]*(,[a-z][a-z0-9-]*)*)$/, 'topic: a topic id, several separated by commas, or - for a blocker')),
  cue: cue(),
  weight: z.string().check(z.regex(/^\d+(\.\d+)?$/, 'weight: a number such as 1 or 0.5'), z.refine((s) => Number(s) <= 5, 'weight must be at most 5')),
  aspect: z.enum(['', 'negative', 'positive']),
  note: z.string(),
});

/** A cue of a user topic: a string (weight 1) or `{ cue, weight }`. */
export const userCueSchema = z.union([
  cue(),
  z.strictObject({ cue: cue(), weight: z._default(z.number().check(z.gt(0), z.lte(5)), 1), aspect: z.optional(z.enum(['negative', 'positive'])) }),
]);

/** One topic passed to `createTopicTagger({ topics })`. */
export const userTopicSchema = z.strictObject({
  id: topicId(),
  name: z.optional(z.string().check(z.minLength(1))),
  description: z.optional(z.string()),
  agencies: z.optional(z.array(agencyId())),
  cues: z.optional(z.array(userCueSchema)),
  blockers: z.optional(z.array(cue())),
});

/** Options of `createTopicTagger`. */
export const topicTaggerOptionsSchema = z.strictObject({
  topics: z.optional(z.array(userTopicSchema)),
  replace: z.optional(z.boolean()),
  blockers: z.optional(z.array(cue())),
  threshold: z.optional(z.number().check(z.gt(0), z.lte(100))),
});

/** Files of the topics stage, compiled by `scripts/build-lexicons.ts`. */
export const lexiconSpecs: LexiconSpec[] = [
  { file: 'topics/topics.json', module: 'topics-topics', schema: topicsFileSchema },
  { file: 'topics/cues.tsv', module: 'topics-cues', schema: cueRowSchema },
];
