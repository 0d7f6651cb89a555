/**
 * Sastrawi-style text stemming: lowercase, every character other than
 * `a-z`, `0-9` and `-` separates words, each word is stemmed, and the stems
 * are joined by single spaces. One char-code pass, no regex.
 */
import { codeAt } from '../text/chars';

const UPPER_A = 65, UPPER_Z = 90, LOWER_A = 97, LOWER_Z = 122, DIGIT_0 = 48, DIGIT_9 = 57, HYPHEN = 45;

/** Options of {@link stemTextWith}. */
export interface TextScanOptions {
  /**
   * Leave a Title-case word alone (lowercased, not stemmed) when it does not
   * start a sentence: `Kediri`, `Pemalang` inside a sentence are names.
   */
  keepCapitalized: boolean;
}

function isSentenceEnd(c: number): boolean {
  // . ! ? and line breaks end a sentence for the Title-case test.
  return c === 46 || c === 33 || c === 63 || c === 10 || c === 13;
}

/**
 * Splits `text` the Sastrawi way and maps each lowercase word through
 * `stemWord`; with `keepCapitalized`, Title-case words inside a sentence
 * are passed through lowercased instead.
 *
 * @example
 * ```ts
 * stemTextWith('Memakan nasi.', (w) => (w === 'memakan' ? 'makan' : w), { keepCapitalized: false });
 * // 'makan nasi'
 * ```
 */
export function stemTextWith(
  text: string,
  stemWord: (lowerWord: string) => string,
  options: TextScanOptions,
): string {
  const n = text.length;
  let out = '';
  let first = true;
  let start = -1;
  let hasUpper = false;
  let hasLower = false;
  let sentenceStart = true;
  let wordSentenceStart = true;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? codeAt(text, i) : -1;
    const upper = c >= UPPER_A && c <= UPPER_Z;
    const lower = c >= LOWER_A && c <= LOWER_Z;
    if (upper || lower || (c >= DIGIT_0 && c <= DIGIT_9) || c === HYPHEN) {
      if (start < 0) {
        start = i;
        hasUpper = false;
        hasLower = false;
        wordSentenceStart = sentenceStart;
        sentenceStart = false;
      }
      if (upper) hasUpper = true;
      else if (lower) hasLower = true;
      continue;
    }
    if (start >= 0) {
      const raw = text.slice(start, i);
      const word = hasUpper ? raw.toLowerCase() : raw;
      const firstUpper = codeAt(raw, 0) >= UPPER_A && codeAt(raw, 0) <= UPPER_Z;
      const keep = options.keepCapitalized && firstUpper && hasLower && !wordSentenceStart;
      const stem = keep ? word : stemWord(word);
      out = first ? stem : out + ' ' + stem;
      first = false;
      start = -1;
    }
    if (isSentenceEnd(c)) sentenceStart = true;
  }
  return out;
}
