/**
 * One word → its root: Sastrawi's `stemWord` (hyphenated words through the
 * reduplication rule, others through ECS) plus suara's extensions, which
 * only act where Sastrawi gives up (returns the word unchanged):
 *
 * - `anak2` → `anak` (the informal `2` reduplication);
 * - agentive `-wan` / `-wati` when what remains is (or stems to) a root:
 *   `wartawan` → `warta`, `karyawati` → `karya`.
 */
import type { RootDictionary } from './dictionary';
import { stemSingular } from './ecs';
import { digitTwoIndex, expandDigitTwo, isReduplicated, stemReduplicated } from './reduplication';

/**
 * Stems a word that is already lowercase and made of `a-z`, `0-9` and `-`.
 *
 * @example
 * ```ts
 * stemLowerWord('anak2', new Set(['anak'])); // 'anak'
 * ```
 */
export function stemLowerWord(word: string, dict: RootDictionary): string {
  const two = digitTwoIndex(word);
  if (two > 0) return stemLowerWord(expandDigitTwo(word, two), dict);
  if (isReduplicated(word)) return stemReduplicated(word, dict);
  const root = stemSingular(word, dict);
  if (root !== word || dict.has(word)) return root;
  return stemAgentive(word, dict) ?? word;
}

/** Minimum length of what remains after -wan/-wati (keeps `marwan`, `ikhwan`…). */
const MIN_AGENT_BASE = 4;

/** `-wan`/`-wati` (after an optional -nya/-ku/-mu and -lah/-kah/-pun): root or null. */
function stemAgentive(word: string, dict: RootDictionary): string | null {
  let w = word;
  if (w.endsWith('lah') || w.endsWith('kah') || w.endsWith('pun')) w = w.slice(0, -3);
  if (w.endsWith('nya')) w = w.slice(0, -3);
  else if (w.endsWith('ku') || w.endsWith('mu')) w = w.slice(0, -2);
  let base: string;
  if (w.endsWith('wati')) base = w.slice(0, -4);
  else if (w.endsWith('wan')) base = w.slice(0, -3);
  else return null;
  if (base.length < MIN_AGENT_BASE) return null;
  if (dict.has(base)) return base;
  const root = stemSingular(base, dict);
  return root !== base ? root : null;
}
