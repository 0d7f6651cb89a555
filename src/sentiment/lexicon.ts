/**
 * The built-in sentiment lexicon, parsed lazily from the compiled modules on
 * first use, and the merge of user entries on top of it. All lookups are
 * Maps, so `constructor`, `__proto__` or `toString` are ordinary words.
 */
import { lazy } from '../lexicons/lazy';
import { parseTsv } from '../lexicons/tsv';
import { data as wordsData } from '../lexicons/generated/sentiment-words';
import { data as phrasesData } from '../lexicons/generated/sentiment-phrases';
import { data as emojiData } from '../lexicons/generated/sentiment-emoji';
import { data as rulesData } from '../lexicons/generated/sentiment-rules';
import { addPhrase, compileRules, phraseWords, sentimentRulesSchema, type CompiledRules, type PhraseEntry, type SentimentRules } from './rules';

/**
 * Everything the scorer consults, compiled into Maps.
 *
 * @example
 * ```ts
 * import { defaultSentimentIndex } from 'suara/sentiment';
 * defaultSentimentIndex().words.get('ramah'); // a positive number
 * ```
 */
export interface SentimentIndex {
  /** Single normalized word → weight (−5…5). Weight 0 is a blocker: the word is known neutral, so its stem is not tried. */
  words: Map<string, number>;
  /** First word → phrases (sentiment phrases, idioms, multi-word rule words), longest first. */
  phrases: Map<string, PhraseEntry[]>;
  /** Whole phrase text → entry, for tokens whose norm is already several words (slang `kopdar` → `kopi darat`). */
  phraseByText: Map<string, PhraseEntry>;
  /**
   * Word → bitmask of the rule tables it is in (phrase start, contrast,
   * negator, …); words with no role are absent, so the scorer's hot loop does
   * one lookup for most tokens. Derived from `phrases` and `rules` by
   * `buildIndex`; the bit values are an implementation detail.
   *
   * @internal
   */
  roles: Map<string, number>;
  /** Emoji / emoticon surface → weight. */
  emoji: Map<string, number>;
  /**
   * Words of class `event` (words.tsv): what happened (`menang`, `tersangka`),
   * not how the writer judges it. Their weight is scaled by
   * `register.eventMultiplier` in reportage (text with no opinion cue).
   */
  events: Set<string>;
  /**
   * Words of class `problem` (words.tsv): names of public problems (`banjir`,
   * `rusak`, `kemiskinan`). A phrase hit counts as a problem when one of its
   * words is one (`jalan rusak`). See `rules.stance`.
   */
  problems: Set<string>;
  /** Phrases that hold a persistence marker of `rules.stance` (`banjir lagi`, `antre lama`). */
  persistentPhrases: Set<string>;
  /** Compiled rule tables. */
  rules: CompiledRules;
}

/** Bits of {@link SentimentIndex.roles}. */
export const Role = {
  PhraseStart: 1,
  Contrast: 2,
  Concessive: 4,
  Negator: 8,
  Mitigator: 16,
  Irrealis: 32,
  Intensifier: 64,
  Diminisher: 128,
  ClauseContrast: 256,
  /** Indicator word (`kemiskinan`): with a direction word, the stance pass looks for indicator pairs. */
  Stance: 512,
  /** Ends a negation scope (`alias`, `kecuali`). */
  ScopeEnd: 1024,
  /** Announcement or notice word (`pengumuman`, `pemeliharaan`): the stance pass may damp a notice. */
  Notice: 2048,
  /** Direction word (`naik`, `turun`). */
  Direction: 4096,
} as const;

/** The built-in rules JSON, parsed and validated once. */
export const defaultRulesJson: () => SentimentRules = lazy(() => sentimentRulesSchema.parse(JSON.parse(rulesData)));

function rowsMap(rows: readonly Record<string, string>[], key: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const row of rows) m.set(row[key]!, Number(row['weight']));
  return m;
}

function tsvMap(text: string, key: string): Map<string, number> {
  return rowsMap(parseTsv(text).rows, key);
}

// words.tsv feeds three tables (weights, events, problems): one parse, on first use, builds all three
// (its rows are garbage afterwards).
const wordTables: () => { words: Map<string, number>; events: Set<string>; problems: Set<string> } = lazy(() => {
  const rows = parseTsv(wordsData).rows;
  const events = new Set<string>();
  const problems = new Set<string>();
  for (const row of rows) {
    if (row['class'] === 'event') events.add(row['term']!);
    else if (row['class'] === 'problem') problems.add(row['term']!);
  }
  return { words: rowsMap(rows, 'term'), events, problems };
});

/** Built-in single-word lexicon (term → weight). */
export const defaultWords: () => Map<string, number> = () => wordTables().words;

/** Built-in words of class `event` (see {@link SentimentIndex.events}). */
export const defaultEvents: () => Set<string> = () => wordTables().events;

/** Built-in words of class `problem` (see {@link SentimentIndex.problems}). */
export const defaultProblems: () => Set<string> = () => wordTables().problems;

/** Built-in emoji and emoticon weights. */
export const defaultEmoji: () => Map<string, number> = lazy(() => tsvMap(emojiData, 'symbol'));

/** Built-in multi-word phrases (phrase → weight). */
export const defaultPhrases: () => Map<string, number> = lazy(() => tsvMap(phrasesData, 'phrase'));

/** Adds sentiment phrases to a phrase index. */
export function addSentimentPhrases(index: Map<string, PhraseEntry[]>, phrases: Iterable<[string, number]>): void {
  for (const [p, w] of phrases) {
    const words = phraseWords(p);
    if (words.length === 0) continue;
    addPhrase(index, { words, phrase: words.join(' '), kind: 'sentiment', value: w, before: 1, after: 1, idiom: false });
  }
}

/**
 * Builds an index from rule JSON plus word, phrase and emoji maps. Single
 * words with a space inside are routed to the phrase index.
 */
export function buildIndex(
  rules: SentimentRules,
  words: Iterable<[string, number]>,
  phrases: Iterable<[string, number]>,
  emoji: Iterable<[string, number]>,
  events: Iterable<string> = [],
  problems: Iterable<string> = [],
): SentimentIndex {
  const compiled = compileRules(rules);
  const w = new Map<string, number>();
  const multi: [string, number][] = [];
  for (const [k, v] of words) {
    const key = k.toLowerCase().trim();
    if (key.includes(' ')) multi.push([key, v]);
    else if (key.length > 0) w.set(key, v);
  }
  addSentimentPhrases(compiled.phrases, phrases);
  addSentimentPhrases(compiled.phrases, multi);
  const roles = new Map<string, number>();
  const mark = (keys: Iterable<string>, bit: number): void => {
    for (const k of keys) roles.set(k, (roles.get(k) ?? 0) | bit);
  };
  mark(compiled.phrases.keys(), Role.PhraseStart);
  mark(compiled.contrast.keys(), Role.Contrast);
  mark(compiled.clauseContrast.keys(), Role.ClauseContrast);
  mark(compiled.concessive.keys(), Role.Concessive);
  mark(compiled.negators, Role.Negator);
  mark(compiled.mitigators.keys(), Role.Mitigator);
  mark(compiled.irrealis.keys(), Role.Irrealis);
  mark(compiled.intensifiers.keys(), Role.Intensifier);
  mark(compiled.diminishers.keys(), Role.Diminisher);
  mark(compiled.scopeEnd, Role.ScopeEnd);
  const stance = compiled.stance;
  if (stance !== undefined) {
    const firstWords = (keys: Iterable<string>): string[] => [...keys].map((k) => k.split(' ')[0]!);
    mark(stance.indicator.keys(), Role.Stance);
    mark(stance.direction.keys(), Role.Direction);
    mark(stance.announcement, Role.Notice);
    mark(stance.announcementColon, Role.Notice);
    mark(stance.noticeCues, Role.Notice);
  }
  const phraseByText = new Map<string, PhraseEntry>();
  for (const list of compiled.phrases.values()) for (const e of list) phraseByText.set(e.phrase, e);
  // Problem words, the stance table's problem phrases, and every phrase holding a problem word
  // ("jalan rusak"), so the stance pass tests a hit with one Set lookup.
  const problemSet = new Set(problems);
  if (stance !== undefined) for (const p of stance.problemPhrases) problemSet.add(p);
  if (problemSet.size > 0) for (const e of phraseByText.values()) if (e.kind === 'sentiment' && e.words.some((x) => problemSet.has(x))) problemSet.add(e.phrase);
  const persistentPhrases = new Set<string>();
  if (stance !== undefined)
    for (const e of phraseByText.values()) if (e.words.some((x) => stance.persistAfter.has(x) || stance.persistBefore.has(x))) persistentPhrases.add(e.phrase);
  return { words: w, phrases: compiled.phrases, phraseByText, roles, emoji: new Map(emoji), events: new Set(events), problems: problemSet, persistentPhrases, rules: compiled };
}

/**
 * The built-in index, built on first call and shared (it is read-only).
 *
 * @example
 * ```ts
 * import { defaultSentimentIndex } from 'suara/sentiment';
 * defaultSentimentIndex().rules.negators.has('tidak'); // true
 * ```
 */
export const defaultSentimentIndex: () => SentimentIndex = lazy(() => buildIndex(defaultRulesJson(), defaultWords(), defaultPhrases(), defaultEmoji(), defaultEvents(), defaultProblems()));
