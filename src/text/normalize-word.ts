/**
 * Word-level normalization: lowercase, zero-width removal, reduplication
 * (`anak2` → `anak-anak`), elongation (`mantaaap` → `mantap`, but `maaf`
 * kept), digit leetspeak (`s3m4ngat` → `semangat`, only when the result is a
 * known word) and slang → formal (`gak` → `tidak`), never touching protected
 * agency abbreviations. Written as char-code loops; results are memoized.
 */
import { createBoundedCache } from '../lexicons/cache';
import { codeAt, isZeroWidth } from './chars';
import { colloquialToFormal, isDerivedFormal } from './colloquial-affix';
import { squashToKnown } from './elongation';
import { capsAcronyms, formalFrequency, knownVocabulary, protectedWords, skeletonIndex, slangMap } from './lexicon';
import { expandSkeleton } from './skeleton';
import { repairTypo } from './typo';
import { isPlainLower, type Vocabulary } from './vocabulary';

/**
 * Predicate telling the normalizer which lowercase words are real words (the
 * `knownWord` option of `tokenize`): it extends the built-in vocabulary used to
 * choose between elongation squashes, accept leetspeak decodings and segment
 * lowercase hashtags.
 *
 * @example
 * ```ts
 * import { tokenize, type KnownWordFn } from 'suara/text';
 * const known: KnownWordFn = (w) => w === 'semangat';
 * tokenize('s3m4ngat', { knownWord: known })[0]!.norm; // 'semangat'
 * ```
 */
export type KnownWordFn = (word: string) => boolean;

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '6': 'g', '7': 't', '8': 'b', '9': 'g' };

function lowerAndClean(w: string): string {
  let plain = true;
  for (let i = 0; i < w.length; i++) {
    const c = codeAt(w, i);
    if (!(c >= 97 && c <= 122)) {
      plain = false;
      break;
    }
  }
  if (plain) return w;
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const c = codeAt(w, i);
    if (isZeroWidth(c)) continue;
    out += w[i];
  }
  return out.toLowerCase();
}

/** Longest run of one repeated character. */
function maxRun(w: string): number {
  let best = 1;
  let run = 1;
  for (let i = 1; i < w.length; i++) {
    if (codeAt(w, i) === codeAt(w, i - 1)) {
      run++;
      if (run > best) best = run;
    } else run = 1;
  }
  return w.length === 0 ? 0 : best;
}

/** Squashes every run longer than `keep` down to `keep` characters. */
function squash(w: string, keep: number, minRun: number): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < w.length; i++) {
    run = i > 0 && codeAt(w, i) === codeAt(w, i - 1) ? run + 1 : 1;
    // runs shorter than minRun are left whole
    if (run <= keep) out += w[i];
    else {
      // look ahead: is the whole run at least minRun long?
      let j = i;
      while (j < w.length && codeAt(w, j) === codeAt(w, i)) j++;
      const total = run - 1 + (j - i);
      if (total < minRun) out += w.slice(i, j);
      i = j - 1;
    }
  }
  return out;
}

/** Squashes runs of 3+ letters to one, but only vowel runs and the word's final run. */
function squashElongation(w: string): string {
  let out = '';
  let i = 0;
  while (i < w.length) {
    let j = i + 1;
    while (j < w.length && codeAt(w, j) === codeAt(w, i)) j++;
    const c = codeAt(w, i);
    const vowel = c === 97 || c === 105 || c === 117 || c === 101 || c === 111;
    out += j - i >= 3 && (vowel || j === w.length) ? w[i] : w.slice(i, j);
    i = j;
  }
  return out;
}

/**
 * `KB`, `PMD`: 2–5 ASCII capitals, written like an acronym (the same shape as
 * the PKL rule, so a tokenizer may memoize norms by lowercase word and case
 * shape: lowercase, capitalised, acronym).
 */
function looksLikeAcronym(surface: string): boolean {
  if (surface.length < 2 || surface.length > 5) return false;
  for (let i = 0; i < surface.length; i++) {
    const c = codeAt(surface, i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** A doubled vowel anywhere (mantaap) or a doubled final letter (bangett). */
function hasElongatedDouble(w: string): boolean {
  const n = w.length;
  if (n >= 2 && codeAt(w, n - 1) === codeAt(w, n - 2)) return true;
  for (let i = 1; i < n; i++) {
    const c = codeAt(w, i);
    if (c === codeAt(w, i - 1) && (c === 97 || c === 105 || c === 117 || c === 101 || c === 111)) return true;
  }
  return false;
}

/**
 * A word the normalizer accepts as real: the built-in vocabulary, a slang
 * key, or a word the caller's `known` vouches for. Shared by elongation and
 * leetspeak here and by hashtag segmentation in the tokenizer.
 *
 * @example
 * ```ts
 * const isKnown = knownOrSlang((w) => w === 'semangat');
 * isKnown('semangat'); // true
 * isKnown('yg');       // true
 * isKnown('xqzv');     // false
 * ```
 */
export function knownOrSlang(known?: KnownWordFn): KnownWordFn {
  return (w) => knownVocabulary().has(w) || slangMap().has(w) || (known !== undefined && known(w));
}

/** `PKL`, `KK`: an all-capitals surface of a listed acronym. */
function isCapsAcronym(surface: string, lower: string): boolean {
  if (surface.length < 2 || surface.length > 5) return false;
  for (let i = 0; i < surface.length; i++) {
    const c = codeAt(surface, i);
    if (c < 65 || c > 90) return false;
  }
  return capsAcronyms().has(lower);
}

/**
 * Prefixes that reduplicate only their base: berkali2 → berkali-kali,
 * tersipu2 → tersipu-sipu; se- only in the se-X-X-nya superlative
 * (sebaik2nya → sebaik-baiknya), since sering2 is sering-sering.
 */
const REDUP_PREFIXES = ['ber', 'ter'] as const;

/**
 * Creates a memoized word normalizer. `known` extends the built-in
 * vocabulary (analyze() passes the stemmer's root dictionary).
 */
export function createWordNormalizer(known?: KnownWordFn, cacheSize = 40_000): (surface: string) => string {
  const cache = createBoundedCache<string>(cacheSize);
  const isFormal = (w: string): boolean => knownVocabulary().has(w) || (known !== undefined && known(w));
  const isKnown = knownOrSlang(known);
  const finish = (w: string): string => {
    if (protectedWords().has(w)) return w;
    return slangMap().get(w) ?? w;
  };
  const isSlangKey = (w: string): boolean => slangMap().has(w);
  const deElongate = (w: string): string => {
    if (w.length < 3 || maxRun(w) < 3) return w;
    // a short run of one letter is a name or numeral (PPP, III), not elongation
    if (w.length <= 4 && maxRun(w) === w.length) return w;
    // every run cut to two or one (doubles too: tinggii → tinggi); a formal
    // word beats a slang key (bangettt → banget, not bangett)
    const known = squashToKnown(w, isFormal, isSlangKey, true);
    if (known !== undefined) return known;
    // Nothing known: squash only what elongation looks like (a vowel run, or a
    // run at the end: mantaaap, tidakkk); a consonant run inside (dpppa) is a code.
    return squashElongation(w);
  };
  const vocab: Vocabulary = {
    isFormal,
    freq: (w) => formalFrequency().get(w) ?? 0,
    slang: (w) => slangMap().get(w),
  };
  /**
   * The rules for tokens that are neither known words nor slang keys, in
   * order: colloquial affixes, vowel-drop skeleton, one-edit typo. They do not
   * look at case (the output is lowercase, and normalizing it again must
   * change nothing), except that a short all-capitals surface (DPK) is an
   * acronym and skips them, like the PKL rule. Known words never get here, so
   * the tokenizer's hot path does not pay for them.
   */
  const repairUnknown = (w: string, acronym = false): string | undefined => {
    if (acronym || !isPlainLower(w) || protectedWords().has(w)) return undefined;
    // a formal affixed form of a known root (laporkan, diurusi) is a word, not a typo
    if (isDerivedFormal(w, vocab)) return undefined;
    const morph = colloquialToFormal(w, vocab);
    // rule outputs go through the slang table too, so normalizing twice changes nothing
    if (morph !== undefined) return finish(morph);
    const expanded = expandSkeleton(w, skeletonIndex());
    if (expanded !== undefined) return finish(expanded);
    const typo = repairTypo(w, vocab.freq);
    return typo === undefined ? undefined : finish(typo);
  };
  /** A reduplicated base: `berkali` → `berkali-kali`, else `X-X`. */
  const reduplicate = (b: string, rest: string): string => {
    if (isFormal(b) || rest === 'nya') {
      for (const p of rest === 'nya' ? [...REDUP_PREFIXES, 'se'] : REDUP_PREFIXES) {
        const tail = b.slice(p.length);
        if (b.startsWith(p) && tail.length >= 3 && isFormal(tail)) return `${b}-${tail}${rest}`;
      }
    }
    return `${b}-${b}${rest}`;
  };
  const normalizeCore = (w: string, acronym: boolean): string => {
    // reduplication with a digit: anak2, anak2nya, anak²
    for (let i = 2; i < w.length; i++) {
      const c = codeAt(w, i);
      if ((c === 50 || c === 0xb2) && i >= 2) {
        const base = w.slice(0, i);
        const rest = w.slice(i + 1);
        if (/^[a-z\u00c0-\u024f]+$/.test(base) && /^[a-z]*$/.test(rest) && (rest === '' || rest === 'nya' || rest === 'an' || rest === 'ku' || rest === 'mu')) {
          const e = deElongate(base);
          let b = finish(e);
          if (b === e && !isKnown(e)) b = repairUnknown(e) ?? e;
          if (b.includes(' ')) return b; // multi-word slang cannot reduplicate: keep the formal
          return reduplicate(b, rest);
        }
        break;
      }
    }
    let hasDigit = false;
    let hasLetter = false;
    for (let i = 0; i < w.length; i++) {
      const c = codeAt(w, i);
      if (c >= 48 && c <= 57) hasDigit = true;
      else if (c >= 97 && c <= 122) hasLetter = true;
    }
    if (hasDigit && hasLetter) {
      const direct = slangMap().get(w); // se7 → setuju
      if (direct !== undefined && !protectedWords().has(w)) return direct;
      let mapped = '';
      for (let i = 0; i < w.length; i++) mapped += LEET[w[i]!] ?? w[i];
      const d = deElongate(mapped);
      if (isKnown(d)) return finish(d);
      return w;
    }
    // Hyphenated words: parts are only de-elongated; slang applies to true
    // reduplication (gak-gak) only, so names like satpol-pp are not rewritten.
    if (w.includes('-')) {
      const parts = w.split('-').map(deElongate);
      if (parts.length === 2 && parts[0] === parts[1] && parts[0]!.length > 0) {
        const f = finish(parts[0]!);
        if (!f.includes(' ')) return `${f}-${f}`;
      }
      return parts.join('-');
    }
    let d = deElongate(w);
    // a doubled letter squashed only into a formal word (mantaap → mantap), never into a slang key
    // (pkk ↛ pk), and only a doubled vowel or a final double (bangett): a consonant doubled inside
    // a word is how names are spelt (Raffi, Ammar), whatever their case, so the rule stays idempotent
    if (d === w && w.length >= 5 && !isKnown(w) && maxRun(w) === 2 && hasElongatedDouble(w)) {
      const one = squashToKnown(w, isFormal, () => false, true);
      if (one !== undefined) d = one;
    }
    const f = finish(d);
    if (f !== d || isKnown(d)) return f;
    return repairUnknown(d, acronym) ?? d;
  };
  return (surface: string): string => {
    const hit = cache.get(surface);
    if (hit !== undefined) return hit;
    const w = lowerAndClean(surface);
    const out = isCapsAcronym(surface, w) ? w : normalizeCore(w, looksLikeAcronym(surface));
    cache.set(surface, out);
    return out;
  };
}
