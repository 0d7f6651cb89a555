import { z } from 'zod';
import type { LexiconSpec } from '../lexicons/spec';

const word = z.string().regex(/^[a-z][a-z0-9-]*$/, 'lowercase letters, digits and hyphens, starting with a letter');

/** Files under lexicons/text/ and how each row is validated. */
export const lexiconSpecs: LexiconSpec[] = [
  {
    file: 'text/slang-indocollex.tsv',
    module: 'text-slang-indocollex',
    schema: z.object({ informal: word, formal: z.string().regex(/^[a-z][a-z -]*[a-z]$/, 'lowercase words') }),
  },
  {
    file: 'text/slang-suara.tsv',
    module: 'text-slang-suara',
    schema: z.object({ informal: word, formal: z.union([z.literal('-'), z.string().regex(/^[a-z][a-z -]*[a-z]$/, 'lowercase words or "-"')]) }),
  },
  { file: 'text/protected.tsv', module: 'text-protected', schema: z.object({ word }) },
  { file: 'text/acronyms.tsv', module: 'text-acronyms', schema: z.object({ word }) },
  { file: 'text/vocabulary.tsv', module: 'text-vocabulary', schema: z.object({ word }) },
  { file: 'text/civic-words.tsv', module: 'text-civic-words', schema: z.object({ word }) },
  {
    file: 'text/frequency.tsv',
    module: 'text-frequency',
    schema: z.object({ word: z.string().regex(/^[a-z]+$/, 'lowercase letters'), count: z.string().regex(/^[1-9][0-9]*$/, 'a positive integer') }),
  },
  {
    file: 'text/abbreviations.tsv',
    module: 'text-abbreviations',
    schema: z.object({ abbr: z.string().regex(/^[a-z]+$/, 'lowercase letters'), expansion: z.string().min(1), can_end: z.enum(['0', '1']) }),
  },
];
