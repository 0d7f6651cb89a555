/**
 * The sentiment rule tables (lexicons/sentiment/rules.json): their schema and
 * the compiled, Map-based form the scorer reads. Every rule the scorer applies
 * is a number or a word list here, so another region can tune or extend it
 * without touching code.
 */
import { z } from 'zod';

const finite = z.number().finite();
const word = z.string().min(1);

/** Kinds of multi-word idiom the scorer understands. */
export const idiomKinds = ['sentiment', 'intensifier', 'diminisher', 'neutral', 'negator', 'contrast', 'mitigator', 'irrealis'] as const;

/**
 * Schema of `lexicons/sentiment/rules.json` (and of user rule overrides).
 *
 * @example
 * ```ts
 * import { sentimentRulesSchema } from 'suara/sentiment';
 * sentimentRulesSchema.shape.alpha.parse(6); // 6
 * ```
 */
export const sentimentRulesSchema = z.object({
  $comment: z.string().optional(),
  /** VADER-style normalisation constant: compound = score / sqrt(score² + alpha). */
  alpha: finite.positive(),
  /** Label thresholds on `compound`. */
  thresholds: z.object({ positive: finite.min(0).max(1), negative: finite.min(-1).max(0) }),
  negation: z.object({
    /** How many following word tokens a negator reaches (scope also ends at punctuation and contrast words). */
    window: z.number().int().min(1).max(10),
    /** Multiplier for a negated positive word (`tidak bagus`). */
    positive: finite,
    /** Multiplier for a negated negative word (`tidak buruk`: "not bad" is weaker than "good"). */
    negative: finite,
    /** Multiplier when the word is both negated and intensified (`tidak terlalu bagus`). */
    intensified: finite,
    /** Negators (single words or phrases). */
    words: z.array(word),
    /**
     * Per-negator multiplier for a negated NEGATIVE word, replacing `negative`:
     * the prohibitive `jangan dipersulit` asks for something to stop, it does
     * not praise. Optional.
     */
    negativeByWord: z.record(z.string(), finite).optional(),
    /** Weight a negator contributes on its own when nothing in its scope is a sentiment word (`pelayanannya kurang`). */
    ownWeight: z.record(z.string(), finite),
  }),
  /** Intensifier → multiplier (> 1). */
  intensifiers: z.record(z.string(), finite.positive()),
  /** Where an intensifier may stand relative to its word; default `both`. */
  intensifierPosition: z.record(z.string(), z.enum(['before', 'after', 'both'])),
  /** Diminisher → multiplier (< 1). Diminishers modify the following word. */
  diminishers: z.record(z.string(), finite.positive()),
  /** Contrast word → multipliers for the hits before it (same sentence, or previous sentence when it opens one) and after it. */
  contrast: z.record(z.string(), z.object({ before: finite.min(0), after: finite.min(0) })),
  /**
   * Contrast words that only contrast when they OPEN a clause or sentence
   * (`Bagus, hanya AC-nya kurang dingin`; `Keren. Cuma antreannya lama`), but
   * mean "only" elsewhere (`hanya 5 menit`). Same multipliers as `contrast`.
   * Optional (older rule files lack it).
   */
  clauseContrast: z.record(z.string(), z.object({ before: finite.min(0), after: finite.min(0) })).optional(),
  /** Concessive word → multiplier for the clause it introduces (to the next comma or sentence end). */
  concessive: z.record(z.string(), finite.min(0)),
  /**
   * Mitigator → multiplier for the next negative word within the negation window
   * (`penanganan banjir`, `pemberantasan korupsi`): 0 makes news about handling a
   * problem neutral, a negative value turns fighting a problem into a positive.
   */
  mitigators: z.record(z.string(), finite),
  /**
   * Irrealis / request marker → multiplier for the next positive word within the
   * negation window (`harus ramah`, `mohon ditingkatkan`, `seharusnya bersih`): a
   * wish for a quality implies its absence.
   */
  irrealis: z.record(z.string(), finite),
  /** Multi-word idioms where the literal reading is wrong (`bukan main`, `tidak kalah`). */
  idioms: z.array(
    z.object({
      phrase: z.string().min(1),
      kind: z.enum(idiomKinds),
      /** Weight for `sentiment`, multiplier for `intensifier`/`diminisher`, own weight for `negator`; ignored otherwise. */
      value: finite,
      note: z.string().optional(),
    }),
  ),
  emphasis: z.object({
    /** Added to the multiplier of every hit in a sentence per `!` (up to `maxExclamation`). */
    exclamation: finite.min(0),
    maxExclamation: z.number().int().min(0),
    /** Multiplier for an ALL-CAPS word in a text that is not mostly caps. */
    caps: finite.positive(),
    /** Multiplier for an elongated word (`bagussss`). */
    elongated: finite.positive(),
    /** Multiplier for a reduplicated word found through its base (`ramah-ramah`). */
    reduplicated: finite.positive(),
  }),
  /** Weight of a laughter token (`wkwk`, `haha`). */
  laughter: finite,
});

/**
 * The rule tables as JSON data (see `lexicons/sentiment/rules.json`).
 *
 * @example
 * ```ts
 * import type { SentimentRules } from 'suara/sentiment';
 * const tweak = (r: SentimentRules): SentimentRules => ({ ...r, alpha: 10 });
 * ```
 */
export type SentimentRules = z.infer<typeof sentimentRulesSchema>;

/** Role of a phrase in the phrase index. */
export type PhraseKind = (typeof idiomKinds)[number];

/** One entry of the phrase index: the words after the first, and what the phrase does. */
export interface PhraseEntry {
  /** Normalized words of the phrase, including the first. */
  words: string[];
  /** Phrase as written (words joined by a space). */
  phrase: string;
  kind: PhraseKind;
  /** Weight / multiplier, depending on `kind`. */
  value: number;
  /** Contrast multipliers when kind is `contrast`. */
  before: number;
  after: number;
  /** True when the phrase came from the idiom table (hit gets the `idiom` rule). */
  idiom: boolean;
}

/** Compiled rule tables: Maps keyed by normalized word. */
export interface CompiledRules {
  alpha: number;
  positiveThreshold: number;
  negativeThreshold: number;
  negWindow: number;
  negPositive: number;
  negNegative: number;
  negIntensified: number;
  /** Negator → multiplier for a negated negative word, where it differs from `negNegative`. */
  negNegativeBy: Map<string, number>;
  negators: Set<string>;
  negatorOwn: Map<string, number>;
  /** Intensifier multiplier and allowed position: 1 before, 2 after, 3 both. */
  intensifiers: Map<string, number>;
  intensifierPos: Map<string, number>;
  diminishers: Map<string, number>;
  contrast: Map<string, { before: number; after: number }>;
  /** Single-word contrast that applies only as the first word of a clause. */
  clauseContrast: Map<string, { before: number; after: number }>;
  concessive: Map<string, number>;
  mitigators: Map<string, number>;
  irrealis: Map<string, number>;
  /** First word → phrases starting with it, longest first. */
  phrases: Map<string, PhraseEntry[]>;
  exclamation: number;
  maxExclamation: number;
  caps: number;
  elongated: number;
  reduplicated: number;
  laughter: number;
}

/** Splits a phrase into normalized words (lowercase, single spaces). */
export function phraseWords(phrase: string): string[] {
  return phrase.toLowerCase().trim().split(/\s+/).filter((w) => w.length > 0);
}

/** Adds a phrase to the first-word index, keeping each list longest-first. */
export function addPhrase(index: Map<string, PhraseEntry[]>, entry: PhraseEntry): void {
  const first = entry.words[0]!;
  let list = index.get(first);
  if (!list) {
    list = [];
    index.set(first, list);
  }
  // Replace an entry for the same phrase (later sources override earlier ones).
  const at = list.findIndex((e) => e.phrase === entry.phrase);
  if (at >= 0) list.splice(at, 1);
  list.push(entry);
  list.sort((a, b) => b.words.length - a.words.length);
}

function entry(phrase: string, kind: PhraseKind, value: number, idiom: boolean, before = 1, after = 1): PhraseEntry {
  const words = phraseWords(phrase);
  return { words, phrase: words.join(' '), kind, value, before, after, idiom };
}

const POS: Record<'before' | 'after' | 'both', number> = { before: 1, after: 2, both: 3 };

/**
 * Compiles validated rule JSON into Maps. Single-word entries go to the word
 * tables; any key with a space becomes a phrase of the matching kind.
 */
export function compileRules(r: SentimentRules): CompiledRules {
  const phrases = new Map<string, PhraseEntry[]>();
  const negators = new Set<string>();
  const negatorOwn = new Map<string, number>();
  for (const w of r.negation.words) {
    const own = Object.hasOwn(r.negation.ownWeight, w) ? r.negation.ownWeight[w]! : 0;
    if (w.includes(' ')) addPhrase(phrases, entry(w, 'negator', own, false));
    else {
      negators.add(w);
      if (own !== 0) negatorOwn.set(w, own);
    }
  }
  const intensifiers = new Map<string, number>();
  const intensifierPos = new Map<string, number>();
  for (const [w, m] of Object.entries(r.intensifiers)) {
    if (w.includes(' ')) addPhrase(phrases, entry(w, 'intensifier', m, false));
    else {
      intensifiers.set(w, m);
      const p = Object.hasOwn(r.intensifierPosition, w) ? r.intensifierPosition[w]! : 'both';
      intensifierPos.set(w, POS[p]);
    }
  }
  const diminishers = new Map<string, number>();
  for (const [w, m] of Object.entries(r.diminishers)) {
    if (w.includes(' ')) addPhrase(phrases, entry(w, 'diminisher', m, false));
    else diminishers.set(w, m);
  }
  const contrast = new Map<string, { before: number; after: number }>();
  for (const [w, c] of Object.entries(r.contrast)) {
    if (w.includes(' ')) addPhrase(phrases, entry(w, 'contrast', 0, false, c.before, c.after));
    else contrast.set(w, { before: c.before, after: c.after });
  }
  const clauseContrast = new Map<string, { before: number; after: number }>();
  for (const [w, c] of Object.entries(r.clauseContrast ?? {})) clauseContrast.set(w, { before: c.before, after: c.after });
  const concessive = new Map<string, number>();
  for (const [w, m] of Object.entries(r.concessive)) concessive.set(w, m);
  const mitigators = new Map<string, number>();
  for (const [w, m] of Object.entries(r.mitigators)) {
    if (w.includes(' ')) addPhrase(phrases, entry(w, 'mitigator', m, false));
    else mitigators.set(w, m);
  }
  const irrealis = new Map<string, number>();
  for (const [w, m] of Object.entries(r.irrealis)) {
    if (w.includes(' ')) addPhrase(phrases, entry(w, 'irrealis', m, false));
    else irrealis.set(w, m);
  }
  for (const i of r.idioms) addPhrase(phrases, entry(i.phrase, i.kind, i.value, true));
  return {
    alpha: r.alpha,
    positiveThreshold: r.thresholds.positive,
    negativeThreshold: r.thresholds.negative,
    negWindow: r.negation.window,
    negPositive: r.negation.positive,
    negNegative: r.negation.negative,
    negIntensified: r.negation.intensified,
    negNegativeBy: new Map(Object.entries(r.negation.negativeByWord ?? {})),
    negators,
    negatorOwn,
    intensifiers,
    intensifierPos,
    diminishers,
    contrast,
    clauseContrast,
    concessive,
    mitigators,
    irrealis,
    phrases,
    exclamation: r.emphasis.exclamation,
    maxExclamation: r.emphasis.maxExclamation,
    caps: r.emphasis.caps,
    elongated: r.emphasis.elongated,
    reduplicated: r.emphasis.reduplicated,
    laughter: r.laughter,
  };
}
