/**
 * Abbreviation lookup for the scanner (`Jl.`, `Kab.`, `dr.`). Case-insensitive.
 */
import { abbreviations } from './lexicon';

/** Is `word` (without its dot) a known dotted abbreviation? */
export function isKnownAbbreviation(word: string): boolean {
  return word.length <= 5 && abbreviations().has(word.toLowerCase());
}

/** May the abbreviation end a sentence (`dll.`, `dsb.`)? */
export function abbreviationCanEnd(word: string): boolean {
  const key = word.toLowerCase().replace(/\.$/, '');
  return abbreviations().get(key)?.canEnd ?? false;
}

/** Expansion of a one-segment abbreviation (`Kab.` → `kabupaten`), or undefined. */
export function expandAbbreviation(word: string): string | undefined {
  return abbreviations().get(word.toLowerCase().replace(/\.$/, ''))?.expansion;
}
