/**
 * Build-time packing of the text-layer lexicons (run by
 * `scripts/build-lexicons.ts`, never imported by the runtime). Everything the
 * first `tokenize()` used to compute from the TSV files is computed here
 * once and written to `src/lexicons/generated/text-packed.ts` as plain
 * `key\tvalue` lines, so the runtime only splits strings into Maps:
 *
 * - the slang table with our overrides applied, protected words removed and
 *   chains resolved ({@link resolveSlang});
 * - the counted formal words with the civic vocabulary raised to
 *   {@link CIVIC_COUNT} ({@link mergeCivic}), ordered by nasal-reduced
 *   skeleton so the vowel-drop rule binary-searches them instead of building
 *   an index (see {@link createPackedSkeletonIndex});
 * - the known words that are neither counted nor a formal word of the slang
 *   table (our vocabulary, the abbreviations' expansions).
 */
import { parseTsv, type TsvRow } from '../lexicons/tsv';
import { sortBySkeletonKey } from './skeleton';

/**
 * Count a word listed in civic-words.tsv gets when the corpora never saw it
 * (or saw it less): complaint vocabulary is frequent in what a city reads,
 * rare in the reviews and tweets the counts come from.
 *
 * @example
 * ```ts
 * mergeCivic('word\tcount', ['aduan']).get('aduan') === CIVIC_COUNT; // true
 * ```
 */
export const CIVIC_COUNT = 20;

/**
 * Informal → formal. Our own table overrides IndoCollex; a `-` in our table
 * keeps the word unchanged (it is removed from the map); protected words are
 * never keys. Chains are resolved so that every formal output maps to itself
 * (normalization is idempotent): a bounded number of passes, then anything
 * still unstable is dropped.
 *
 * @example
 * ```ts
 * const m = resolveSlang([{ informal: 'gk', formal: 'gak' }], [{ informal: 'gak', formal: 'tidak' }], []);
 * m.get('gk'); // 'tidak'
 * ```
 */
export function resolveSlang(indocollex: readonly TsvRow[], suara: readonly TsvRow[], protectedWords: Iterable<string>): Map<string, string> {
  const m = new Map<string, string>();
  for (const r of indocollex) m.set(r['informal']!, r['formal']!);
  for (const r of suara) {
    if (r['formal'] === '-') m.delete(r['informal']!);
    else m.set(r['informal']!, r['formal']!);
  }
  for (const p of protectedWords) m.delete(p);
  // Resolve chains word by word (a → "b c", b → d gives a → "d c").
  const resolveOnce = (v: string): string =>
    v
      .split(' ')
      .map((w) => m.get(w) ?? w)
      .join(' ');
  for (const [k, v] of m) {
    let cur = v;
    for (let pass = 0; pass < 4; pass++) {
      const next = resolveOnce(cur);
      if (next === cur) break;
      cur = next;
    }
    if (resolveOnce(cur) !== cur || cur === k) m.delete(k);
    else m.set(k, cur);
  }
  return m;
}

/**
 * The counted words (`word\tcount` lines under a header) with every civic
 * word raised to at least {@link CIVIC_COUNT}.
 *
 * @example
 * ```ts
 * mergeCivic('word\tcount\njalan\t50\naduan\t2', ['aduan', 'sampah']);
 * // Map { 'jalan' → 50, 'aduan' → 20, 'sampah' → 20 }
 * ```
 */
export function mergeCivic(frequencyTsv: string, civicWords: Iterable<string>): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of parseTsv(frequencyTsv).rows) m.set(r['word']!, Number(r['count']));
  for (const w of civicWords) if ((m.get(w) ?? 0) < CIVIC_COUNT) m.set(w, CIVIC_COUNT);
  return m;
}

/** Strings by UTF-16 code units. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The lexicon files the pack reads, by path under `lexicons/`.
 *
 * @example
 * ```ts
 * PACK_SOURCES.includes('text/frequency.tsv'); // true
 * ```
 */
export const PACK_SOURCES = [
  'text/slang-indocollex.tsv',
  'text/slang-suara.tsv',
  'text/protected.tsv',
  'text/vocabulary.tsv',
  'text/civic-words.tsv',
  'text/frequency.tsv',
  'text/abbreviations.tsv',
] as const;

/**
 * What the packed module holds, before it is written as code.
 *
 * @example
 * ```ts
 * const pack: TextPack = { slang: 'yg\tyang', frequency: 'jalan\t50', known: 'maaf' };
 * ```
 */
export interface TextPack {
  /** Resolved slang, `informal\tformal` lines, ordered by formal word. */
  slang: string;
  /** Counted formal words, `word\tcount` lines ordered by nasal-reduced skeleton. */
  frequency: string;
  /** Known words that are neither counted nor a formal word of the slang table, one a line. */
  known: string;
}

/**
 * Computes the packed text lexicons from the TSV sources (`read` returns a
 * file's text by its path under `lexicons/`).
 *
 * @example
 * ```ts
 * // build-lexicons passes (f) => readFileSync(`lexicons/${f}`, 'utf8'); here, tiny sources
 * const files: Record<string, string> = {
 *   'text/slang-indocollex.tsv': 'informal\tformal\ngk\tgak',
 *   'text/slang-suara.tsv': 'informal\tformal\ngak\ttidak',
 *   'text/protected.tsv': 'word',
 *   'text/vocabulary.tsv': 'word\nmaaf',
 *   'text/civic-words.tsv': 'word',
 *   'text/frequency.tsv': 'word\tcount\nbanjir\t40',
 *   'text/abbreviations.tsv': 'abbr\texpansion\tcan_end',
 * };
 * const pack = packTextLexicons((f) => files[f]!);
 * pack.slang; // 'gak\ttidak\ngk\ttidak'
 * ```
 */
export function packTextLexicons(read: (file: (typeof PACK_SOURCES)[number]) => string): TextPack {
  const rows = (f: (typeof PACK_SOURCES)[number]): TsvRow[] => parseTsv(read(f)).rows;
  const prot = rows('text/protected.tsv').map((r) => r['word']!);
  const slang = resolveSlang(rows('text/slang-indocollex.tsv'), rows('text/slang-suara.tsv'), prot);
  const freq = mergeCivic(read('text/frequency.tsv'), rows('text/civic-words.tsv').map((r) => r['word']!));
  // The slang table's formal words are read off the slang map at runtime (listing them again would cost bundle bytes).
  const slangWords = new Set<string>();
  for (const v of slang.values()) for (const w of v.split(' ')) slangWords.add(w);
  const known = new Set<string>();
  const addKnown = (w: string): void => {
    if (!freq.has(w) && !slangWords.has(w)) known.add(w);
  };
  for (const r of rows('text/vocabulary.tsv')) addKnown(r['word']!);
  for (const r of rows('text/abbreviations.tsv')) for (const w of r['expansion']!.split(' ')) addKnown(w);
  return {
    // grouped by formal word (then informal), which compresses ~0.8 kB better than table order
    slang: [...slang]
      .sort((a, b) => compare(a[1], b[1]) || compare(a[0], b[0]))
      .map(([k, v]) => `${k}\t${v}`)
      .join('\n'),
    frequency: sortBySkeletonKey([...freq])
      .map(([w, c]) => `${w}\t${c}`)
      .join('\n'),
    known: [...known].sort().join('\n'),
  };
}

/**
 * The generated module's source for a {@link TextPack}.
 *
 * @example
 * ```ts
 * packModule({ slang: 'yg\tyang', frequency: 'jalan\t50', known: 'maaf' }).startsWith('// Generated'); // true
 * ```
 */
export function packModule(pack: TextPack): string {
  const from = PACK_SOURCES.map((f) => `lexicons/${f}`).join(', ');
  return [
    `// Generated by scripts/build-lexicons.ts (src/text/lexicon-pack.ts) from ${from}. Do not edit.`,
    '// Sources and licences: the header of each file (see also NOTICE).',
    '/** Resolved slang table: `informal\\tformal` lines (overrides applied, protected words removed, chains resolved), ordered by formal word. */',
    `export const slang: string = ${JSON.stringify(pack.slang)};`,
    '/** Counted formal words with civic words raised: `word\\tcount` lines, ordered by nasal-reduced skeleton. */',
    `export const frequency: string = ${JSON.stringify(pack.frequency)};`,
    '/** Known words that are neither counted nor a formal word of the slang table (vocabulary.tsv, abbreviation expansions), one a line. */',
    `export const known: string = ${JSON.stringify(pack.known)};`,
    '',
  ].join('\n');
}
