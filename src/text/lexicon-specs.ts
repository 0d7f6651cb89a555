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
  {
    file: 'text/abbreviations.tsv',
    module: 'text-abbreviations',
    schema: z.object({ abbr: z.string().regex(/^[a-z]+$/, 'lowercase letters'), expansion: z.string().min(1), can_end: z.enum(['0', '1']) }),
  },
];
