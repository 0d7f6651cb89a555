import { z } from 'zod';
import type { LexiconSpec } from '../lexicons/spec';
import { sentimentRulesSchema } from './rules';

/** A lexicon weight cell: a number in [−5, 5] written as text. */
const weight = z.string().regex(/^-?\d+(\.\d+)?$/, 'a number such as 2 or -1.5').refine((s) => Math.abs(Number(s)) <= 5, 'weight must be within -5..5');
/** One normalized term: lowercase letters, digits, hyphens (reduplication), starting with a letter or digit. */
const term = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens');
/** A phrase: two or more terms separated by single spaces. */
const phrase = z.string().regex(/^[a-z0-9][a-z0-9-]*( [a-z0-9][a-z0-9-]*)+$/, 'two or more lowercase words separated by single spaces');

/** Files under lexicons/sentiment/ and how each row is validated. */
export const lexiconSpecs: LexiconSpec[] = [
  // class: `evaluation` (the writer's judgement), `event` (what happened; damped in reportage, see rules.json `register`)
  // or `problem` (names a public problem; its stance comes from what is said about it, see rules.json `stance`).
  { file: 'sentiment/words.tsv', module: 'sentiment-words', schema: z.object({ term, weight, class: z.enum(['evaluation', 'event', 'problem']), note: z.string() }) },
  { file: 'sentiment/phrases.tsv', module: 'sentiment-phrases', schema: z.object({ phrase, weight, note: z.string() }) },
  { file: 'sentiment/emoji.tsv', module: 'sentiment-emoji', schema: z.object({ symbol: z.string().min(1), weight, note: z.string() }) },
  { file: 'sentiment/rules.json', module: 'sentiment-rules', schema: sentimentRulesSchema },
];
