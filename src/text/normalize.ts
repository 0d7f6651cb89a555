import { tokenize, type TokenizeOptions } from './tokenize';
import type { TokenType } from './types';

const KEPT: ReadonlySet<TokenType> = new Set<TokenType>(['word', 'abbreviation', 'hashtag', 'laughter', 'number']);

/**
 * The normalized text: the `norm` of every word-like token (words,
 * abbreviations, hashtags, laughter, numbers) joined by single spaces.
 * Punctuation, emoji, URLs, mentions and symbols are dropped. Normalizing a
 * normalized text changes nothing.
 *
 * @example
 * ```ts
 * import { normalize } from 'suara';
 * normalize('Pelayanannya lemot bgt!!! yg antri byk 😡'); // 'pelayanannya lambat banget yang antre banyak'
 * ```
 */
export function normalize(text: string, options?: TokenizeOptions): string {
  const out: string[] = [];
  for (const t of tokenize(text, options)) if (KEPT.has(t.type) && t.norm.length > 0) out.push(t.norm);
  return out.join(' ');
}
