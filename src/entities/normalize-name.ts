/**
 * Name helpers for the entity tagger: compact match keys, canonical display
 * names built from a surface, and id slugs.
 */
import { codeAt } from '../text/chars';

/**
 * The match key of an alias: lowercase ASCII letters and digits only, so
 * `Satpol-PP`, `Satpol PP` and `satpolpp` share one key.
 *
 * @example
 * ```ts
 * compactKey('Satpol-PP'); // 'satpolpp'
 * ```
 */
export function compactKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = codeAt(s, i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += s[i];
  }
  return out;
}

const LOWER_WORDS = new Set(['dan', 'serta', 'atau', 'di', 'ke']);

/**
 * A display name from an agency surface: whitespace collapsed, commas as
 * `, `, words title-cased except connectors; short all-caps abbreviations
 * (`PUPR`, `ESDM`) keep their case.
 *
 * @example
 * ```ts
 * canonicalName('DINAS  kesehatan'); // 'Dinas Kesehatan'
 * canonicalName('Dinas Pariwisata ,Kebudayaan dan Olahraga'); // 'Dinas Pariwisata, Kebudayaan dan Olahraga'
 * ```
 */
export function canonicalName(surface: string, keepUpper?: ReadonlySet<string>): string {
  const parts = surface.replace(/\s*,\s*/g, ' , ').trim().split(/\s+/);
  let out = '';
  for (const w of parts) {
    if (w === ',') {
      out += ',';
      continue;
    }
    const lower = w.toLowerCase();
    let word: string;
    if (out !== '' && LOWER_WORDS.has(lower)) word = lower;
    else if (keepUpper !== undefined && keepUpper.has(lower) && w === w.toUpperCase()) word = w;
    else word = lower.charAt(0).toUpperCase() + lower.slice(1);
    out += out === '' ? word : ' ' + word;
  }
  return out;
}

/**
 * Id slug of a proper name: lowercase, dots removed, other non-alphanumeric
 * runs → `-`.
 *
 * @example
 * ```ts
 * slugify('dr. H. Marsidi Judono'); // 'dr-h-marsidi-judono'
 * ```
 */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
