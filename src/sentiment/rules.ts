/**
 * The sentiment rule tables (lexicons/sentiment/rules.json): their schema and
 * the compiled, Map-based form the scorer reads. Every rule the scorer applies
 * is a number or a word list here, so another region can tune or extend it
 * without touching code.
 */
import * as z from 'zod/mini';
import { codeAt } from '../text/chars';

// zod/mini: tree-shakable, so bundles carry only the checks used here.
// mini's .check() returns a new schema, so `finite` can be shared.
const finite = z.number();
const positive = () => z.number().check(z.positive());
const nonNegative = () => z.number().check(z.gte(0));
const word = z.string().check(z.minLength(1));

/**
 * What a multi-word phrase in the phrase index does when it matches: it is a
 * sentiment word with its own weight (`sentiment`), modifies the next
 * sentiment word (`intensifier`, `diminisher`), opens a negation scope
 * (`negator`), cancels one (`neutral`: `tidak hanya` is "not only", not a
 * negation), splits the sentence (`contrast`), or changes the next negative
 * (`mitigator`) or positive (`irrealis`) word.
 *
 * @example
 * ```ts
 * import type { PhraseKind } from 'suara/sentiment';
 * const kind: PhraseKind = 'intensifier';
 * ```
 */
export type PhraseKind = 'sentiment' | 'intensifier' | 'diminisher' | 'neutral' | 'negator' | 'contrast' | 'mitigator' | 'irrealis';

// Tuple for z.enum; the checks below keep it equal to PhraseKind.
const idiomKinds = ['sentiment', 'intensifier', 'diminisher', 'neutral', 'negator', 'contrast', 'mitigator', 'irrealis'] as const satisfies readonly PhraseKind[];

/**
 * The sentiment rule tables as JSON data: the shape of
 * `lexicons/sentiment/rules.json` and of the `rules` option of
 * `createSentimentScorer` (where each given top-level key replaces the built-in
 * table). Words are normalized forms (lowercase); a key with a space is a
 * phrase. Validated by {@link sentimentRulesSchema}.
 *
 * @example
 * ```ts
 * import type { SentimentRules } from 'suara/sentiment';
 * const tweak = (r: SentimentRules): SentimentRules => ({ ...r, alpha: 10 });
 * ```
 */
export interface SentimentRules {
  /** Free-text note (source, licence); ignored by the scorer. */
  $comment?: string | undefined;
  /** VADER-style normalisation constant: compound = score / sqrt(score² + alpha). Positive. */
  alpha: number;
  /** Label thresholds on `compound`. */
  thresholds: {
    /** `compound` at or above this (in [0, 1]) is `positive`. */
    positive: number;
    /** `compound` at or below this (in [−1, 0]) is `negative`. */
    negative: number;
  };
  /** Negation: which words negate, how far, and what a negated word is worth. */
  negation: {
    /** How many following word tokens a negator reaches, 1–10 (scope also ends at punctuation and contrast words). */
    window: number;
    /** Multiplier for a negated positive word (`tidak bagus`). */
    positive: number;
    /** Multiplier for a negated negative word (`tidak buruk`: "not bad" is weaker than "good"). */
    negative: number;
    /** Multiplier when the word is both negated and intensified (`tidak terlalu bagus`). */
    intensified: number;
    /** Negators (single words or phrases). */
    words: string[];
    /**
     * Per-negator multiplier for a negated NEGATIVE word, replacing `negative`:
     * the prohibitive `jangan dipersulit` asks for something to stop, it does
     * not praise. Optional.
     */
    negativeByWord?: Record<string, number> | undefined;
    /** Weight a negator contributes on its own when nothing in its scope is a sentiment word (`pelayanannya kurang`). */
    ownWeight: Record<string, number>;
    /**
     * Per-negator window replacing `window`: `bebas` + noun is a phrase
     * (`bebas biaya`, `bebas banjir`), so it reaches one word only. Optional.
     */
    windowByWord?: Record<string, number> | undefined;
    /**
     * Words that end a negation scope like punctuation does: `bebas biaya
     * alias gratis`, `jangan berkerumun kecuali antre vaksin`. Optional.
     */
    scopeEnd?: string[] | undefined;
  };
  /** Intensifier → multiplier (> 1). */
  intensifiers: Record<string, number>;
  /** Where an intensifier may stand relative to its word; default `both`. */
  intensifierPosition: Record<string, 'before' | 'after' | 'both'>;
  /** Diminisher → multiplier (< 1). Diminishers modify the following word. */
  diminishers: Record<string, number>;
  /** Contrast word → multipliers for the hits before it (same sentence, or previous sentence when it opens one) and after it. */
  contrast: Record<
    string,
    {
      /** Multiplier (≥ 0) for the hits before the contrast word. */
      before: number;
      /** Multiplier (≥ 0) for the hits after the contrast word. */
      after: number;
    }
  >;
  /**
   * Contrast words that only contrast when they OPEN a clause or sentence
   * (`Bagus, hanya AC-nya kurang dingin`; `Keren. Cuma antreannya lama`), but
   * mean "only" elsewhere (`hanya 5 menit`). Same multipliers as `contrast`.
   * Optional (older rule files lack it).
   */
  clauseContrast?:
    | Record<
        string,
        {
          /** Multiplier (≥ 0) for the hits before the contrast word. */
          before: number;
          /** Multiplier (≥ 0) for the hits after the contrast word. */
          after: number;
        }
      >
    | undefined;
  /** Concessive word → multiplier for the clause it introduces (to the next comma or sentence end). */
  concessive: Record<string, number>;
  /**
   * Mitigator → multiplier for the next negative word within the negation window
   * (`penanganan banjir`, `pemberantasan korupsi`): 0 makes news about handling a
   * problem neutral, a negative value turns fighting a problem into a positive.
   */
  mitigators: Record<string, number>;
  /**
   * Irrealis / request marker → multiplier for the next positive word within the
   * negation window (`harus ramah`, `mohon ditingkatkan`, `seharusnya bersih`): a
   * wish for a quality implies its absence.
   */
  irrealis: Record<string, number>;
  /**
   * How many word tokens an irrealis / request marker reaches (default: the
   * negation window). Requests put the wished-for action at the end of the
   * clause (`tolong jalan depan rumah diperbaiki`), so this is usually wider;
   * the scope still ends at punctuation.
   */
  irrealisWindow?: number | undefined;
  /** Multi-word idioms where the literal reading is wrong (`bukan main`, `tidak kalah`). */
  idioms: {
    /** The idiom as written (normalized words separated by spaces). */
    phrase: string;
    /** What the idiom does when it matches. */
    kind: PhraseKind;
    /** Weight for `sentiment`, multiplier for `intensifier`/`diminisher`/`mitigator`/`irrealis`, own weight for `negator`; ignored otherwise. */
    value: number;
    /** Free-text explanation (meaning, example); ignored by the scorer. */
    note?: string | undefined;
  }[];
  /** Emphasis: exclamation marks, capitals, elongated and reduplicated words. */
  emphasis: {
    /** Added to the multiplier of every hit in a sentence per `!` (up to `maxExclamation`). */
    exclamation: number;
    /** Most `!` per sentence that count towards `exclamation` (integer ≥ 0). */
    maxExclamation: number;
    /** Multiplier for an ALL-CAPS word in a text that is not mostly caps. */
    caps: number;
    /** Multiplier for an elongated word (`bagussss`). */
    elongated: number;
    /** Multiplier for a reduplicated word found through its base (`ramah-ramah`). */
    reduplicated: number;
  };
  /** Weight of a laughter token (`wkwk`, `haha`). */
  laughter: number;
  /**
   * Reportage: a text with none of the opinion cues below (first/second
   * person, chat particles, `!`/`?`, emoji, laughter) reads as reportage, and
   * there the weight of every word of class `event` in words.tsv (`menang`,
   * `tersangka`, `keluhan`) is multiplied by `eventMultiplier`: "the party
   * won" is news, not the writer's joy. Evaluations (`bagus`, `korupsi`) keep
   * their weight. Optional (older rule files lack it: no damping).
   */
  register?:
    | {
        /** Words (normalized) that mark the writer's own voice. */
        opinionWords: string[];
        /** Punctuation characters that mark the writer's own voice (`!?`). */
        opinionMarks: string;
        /** Multiplier for `event` words in reportage (1 = off). */
        eventMultiplier: number;
      }
    | undefined;
  /**
   * Polite closing: a thanks (`terima kasih`, `makasih`) AFTER a request word
   * (`tolong`, `mohon`, `gimana`) is a sign-off, not praise: the thanks and
   * the request words' own hits are multiplied by `multiplier`, so a polite
   * request is neutral unless other words judge. A thanks that opens the text
   * or follows a complaint without a request word is untouched. Optional.
   */
  closing?:
    | {
        /** Thanks lemmas (words or phrases as the lexicon holds them). */
        thanks: string[];
        /** Words (normalized) that make the text a request. */
        requestWords: string[];
        /** Multiplier for a closing thanks and for the request words before it. */
        multiplier: number;
      }
    | undefined;
  /**
   * Stance rules for public-affairs text (words of class `problem` in
   * words.tsv name a public problem: `banjir`, `jalan rusak`, `kemiskinan`):
   * the writer's stance comes from what is said about the problem. Optional
   * (older rule files lack it: problem words score as plain words).
   */
  stance?: SentimentStanceRules | undefined;
}

/**
 * The `stance` table of {@link SentimentRules}: how problem words, fixes,
 * persistence, indicators with a direction, announcements and sarcasm are
 * scored. All lists are normalized words; a list entry with a space is a
 * two-word sequence.
 *
 * @example
 * ```ts
 * import type { SentimentStanceRules } from 'suara/sentiment';
 * // Score problem words at full weight even in news prose:
 * const noDamping = (s: SentimentStanceRules): SentimentStanceRules => ({ ...s, problemMultiplier: 1 });
 * ```
 */
export interface SentimentStanceRules {
  /**
   * Multiplier for a problem word in reportage (no opinion cue) or in an
   * announcement, unless the writer marks it as persistent: `Banjir merendam
   * 120 rumah` is news, `banjir lagi` is a complaint.
   */
  problemMultiplier: number;
  /** Fewest word tokens a text needs to read as news: a bare `jalan rusak` or `macet!` is a complaint tag, not reportage. */
  newsMinWords: number;
  /** First words that make a text an announcement (`Pengumuman`, `Pemberitahuan`): its problem words are damped even with opinion cues. */
  announcement: string[];
  /** First words that make an announcement only when a colon follows (`Info:`, `Jadwal:`; "Jadwal bus tidak menentu" is a complaint). */
  announcementColon: string[];
  /** Words that report a complaint (`mengeluhkan`, `protes`): news of a complaint about a problem is not damped. */
  complaintCues: string[];
  /**
   * Heads of proper names (`kelurahan`, `jalan`, `tim`, `kegiatan`): a
   * capitalized word within three words after one, in a run of capitalized
   * words, is part of the name (`Kelurahan Opas Indah`, `Tim Saber Pungli`) and
   * is not scored.
   */
  nameHeads: string[];
  /**
   * Past markers (`dulu`, `dahulu`): a problem in a sentence that tells the
   * past ("dulu atapnya masih bolong") is not persistent and is multiplied by
   * `multiplier`. Not after `dari`/`sejak` (`dari dulu` is persistence).
   */
  past: {
    /** Past words. */
    words: string[];
    /** Multiplier for a problem in a past sentence. */
    multiplier: number;
  };
  /** Multi-word problem names, in addition to the `problem` words of words.tsv (`informasi bohong`, what the normalizer makes of `hoaks`). */
  problemPhrases: string[];
  /** Words anywhere in a text that make it a service notice (`pemeliharaan`, `ketidaknyamanan`): like an announcement, and every negative word is damped. */
  noticeCues: string[];
  /** `cuma … doang`: surface words that open and close the complaint frame, and its weight. */
  only: {
    /** Opening surfaces (`cuma`, `cuman`). */
    open: string[];
    /** Closing surfaces (`doang`, `doank`). */
    close: string[];
    /** Weight of the frame (a closing word alone counts half). */
    weight: number;
  };
  /** Persistence / neglect: a problem word in the same sentence as one of these stays negative and is multiplied. */
  persistence: {
    /** Words (or two-word sequences) anywhere in the sentence before the problem: `masih`, `tak kunjung`, `dari dulu`. */
    before: string[];
    /** Words right after the problem word: `banjir lagi`, `macet terus`. */
    after: string[];
    /** Multiplier for a persistent problem word (≥ 1). */
    multiplier: number;
    /** Least weight (absolute) of a persistent problem: persistence is itself the complaint (`masih antre`). */
    minimum: number;
    /** Duration words (`tahun`, `bulan`) that mark persistence after one of `since` (`sudah tiga tahun rusak`). */
    durations: string[];
    /** Words that open a duration (`sudah`, `sejak`, `selama`). */
    since: string[];
  };
  /**
   * Fixes: a problem word followed within `window` words of its sentence by
   * one of these words, not negated (`jalan rusak sudah diperbaiki`), is
   * mitigated to `multiplier` (0: the problem was the topic, the fix is the news).
   */
  fixes: {
    /** Fix words (`diperbaiki`, `ditangani`, `surut`). */
    words: string[];
    /** How many word tokens after the problem a fix may stand. */
    window: number;
    /** Multiplier for the fixed problem word. */
    multiplier: number;
  };
  /**
   * Indicator + direction: `angka kemiskinan turun` is good news, `inflasi
   * naik` bad. The sign is the indicator's (good +1, bad −1) times the
   * direction's (up +1, down −1); the hit spans both words.
   */
  indicators: {
    /** Indicators where up is good (`pertumbuhan`, `investasi`). */
    good: string[];
    /** Indicators where up is bad (`kemiskinan`, `inflasi`, `kasus`). */
    bad: string[];
    /** Direction words meaning up (`naik`, `meningkat`, `kenaikan`). */
    up: string[];
    /** Direction words meaning down (`turun`, `menurun`, `penurunan`). */
    down: string[];
    /** Weight of an indicator hit (before its sign). */
    weight: number;
    /** How many word tokens may separate indicator and direction (same clause). */
    window: number;
    /** Words just before the pair that make it a plan or a meeting topic, not a result (`rapat`, `upaya`, `target`): weight 0. */
    topics: string[];
  };
  /**
   * Sarcasm: praise that opens a sentence (`mantap`, `hebat`, `terima kasih`
   * within its first `window` words) followed by an unfixed problem, a
   * persistent one or a negated fix (`hebat, 3 bulan belum diperbaiki`) is
   * multiplied by `multiplier`; so are the `emoji` (🙃 👏) of a text whose
   * other hits are negative.
   */
  sarcasm: {
    /** Praise lemmas that can be sarcastic. */
    praise: string[];
    /** Emoji that turn sarcastic after a complaint. */
    emoji: string[];
    /** How far into its sentence (word tokens) the praise may stand. */
    window: number;
    /** Multiplier for a sarcastic praise or emoji (negative). */
    multiplier: number;
  };
}

// `finite` is z.number(): zod 4 numbers reject Infinity and NaN already.
const contrastWeights = z.object({ before: nonNegative(), after: nonNegative() });

// The validating schema; field meanings are documented on SentimentRules.
const rulesObject = z.object({
  $comment: z.optional(z.string()),
  alpha: positive(),
  thresholds: z.object({ positive: finite.check(z.gte(0), z.lte(1)), negative: finite.check(z.gte(-1), z.lte(0)) }),
  negation: z.object({
    window: z.number().check(z.int(), z.gte(1), z.lte(10)),
    positive: finite,
    negative: finite,
    intensified: finite,
    words: z.array(word),
    negativeByWord: z.optional(z.record(z.string(), finite)),
    ownWeight: z.record(z.string(), finite),
    windowByWord: z.optional(z.record(z.string(), z.number().check(z.int(), z.gte(1), z.lte(10)))),
    scopeEnd: z.optional(z.array(word)),
  }),
  intensifiers: z.record(z.string(), positive()),
  intensifierPosition: z.record(z.string(), z.enum(['before', 'after', 'both'])),
  diminishers: z.record(z.string(), positive()),
  contrast: z.record(z.string(), contrastWeights),
  clauseContrast: z.optional(z.record(z.string(), contrastWeights)),
  concessive: z.record(z.string(), nonNegative()),
  mitigators: z.record(z.string(), finite),
  irrealis: z.record(z.string(), finite),
  irrealisWindow: z.optional(z.number().check(z.int(), z.gte(1), z.lte(12))),
  idioms: z.array(
    z.object({
      phrase: z.string().check(z.minLength(1)),
      kind: z.enum(idiomKinds),
      value: finite,
      note: z.optional(z.string()),
    }),
  ),
  emphasis: z.object({
    exclamation: nonNegative(),
    maxExclamation: z.number().check(z.int(), z.gte(0)),
    caps: positive(),
    elongated: positive(),
    reduplicated: positive(),
  }),
  laughter: finite,
  register: z.optional(z.object({ opinionWords: z.array(word), opinionMarks: z.string(), eventMultiplier: finite })),
  closing: z.optional(z.object({ thanks: z.array(word), requestWords: z.array(word), multiplier: finite })),
  stance: z.optional(
    z.object({
      problemMultiplier: finite,
      newsMinWords: z.number().check(z.int(), z.gte(0)),
      announcement: z.array(word),
      announcementColon: z.array(word),
      complaintCues: z.array(word),
      nameHeads: z.array(word),
      past: z.object({ words: z.array(word), multiplier: finite }),
      problemPhrases: z.array(word),
      noticeCues: z.array(word),
      only: z.object({ open: z.array(word), close: z.array(word), weight: finite }),
      persistence: z.object({ before: z.array(word), after: z.array(word), multiplier: positive(), minimum: nonNegative(), durations: z.array(word), since: z.array(word) }),
      fixes: z.object({ words: z.array(word), window: z.number().check(z.int(), z.gte(1), z.lte(12)), multiplier: finite }),
      indicators: z.object({
        good: z.array(word),
        bad: z.array(word),
        up: z.array(word),
        down: z.array(word),
        weight: nonNegative(),
        window: z.number().check(z.int(), z.gte(1), z.lte(8)),
        topics: z.array(word),
      }),
      sarcasm: z.object({ praise: z.array(word), emoji: z.array(word), window: z.number().check(z.int(), z.gte(1), z.lte(8)), multiplier: finite }),
    }),
  ),
});

// Compile-time checks (no runtime cost): the schema's output and the
// hand-written interface describe the same shape, and idiomKinds lists every
// PhraseKind. The annotation on sentimentRulesSchema below checks one
// direction too; these fail `tsc` if either side drifts.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;
type _RulesSchemaMatchesInterface = Check<Same<z.output<typeof rulesObject>, SentimentRules>>;
type _IdiomKindsMatchPhraseKind = Check<Same<(typeof idiomKinds)[number], PhraseKind>>;

/**
 * Schema of `lexicons/sentiment/rules.json` (and of user rule overrides):
 * validates a whole {@link SentimentRules} object. `createSentimentScorer`
 * runs it on the built-in rules merged with the `rules` option.
 *
 * It is a `zod/mini` schema (suara validates with zod's tree-shakable API to
 * keep browser bundles small): `safeParse`/`parse` work as usual. `zod/mini`
 * loads no error messages, so issues read "Invalid input" unless your app
 * loads a locale (`z.config(z.locales.en())`) or passes one per parse, as
 * below; suara's own errors always use the English messages.
 *
 * @example
 * ```ts
 * import { sentimentRulesSchema } from 'suara/sentiment';
 * import { en } from 'zod/locales';
 * sentimentRulesSchema.safeParse({ alpha: 6 }).success; // false
 * sentimentRulesSchema.safeParse({ alpha: 6 }, { error: en().localeError }).error?.issues[0]?.message;
 * // 'Invalid input: expected object, received undefined' (thresholds is missing)
 * ```
 */
export const sentimentRulesSchema: z.ZodMiniType<SentimentRules> = rulesObject;

/**
 * One entry of the phrase index (a multi-word sentiment phrase, idiom, or
 * multi-word rule word such as `hanya saja`): its words and what it does.
 *
 * @example
 * ```ts
 * import { defaultSentimentIndex } from 'suara/sentiment';
 * defaultSentimentIndex().phraseByText.get('bukan main')?.kind; // 'intensifier'
 * ```
 */
export interface PhraseEntry {
  /** Normalized words of the phrase, including the first. */
  words: string[];
  /** Phrase as written (words joined by a space). */
  phrase: string;
  /** What the phrase does when it matches. */
  kind: PhraseKind;
  /** Weight / multiplier, depending on `kind` (see {@link SentimentRules.idioms}); 0 for `contrast` and `neutral`. */
  value: number;
  /** Multiplier for the hits before the phrase when kind is `contrast` (1 otherwise). */
  before: number;
  /** Multiplier for the hits after the phrase when kind is `contrast` (1 otherwise). */
  after: number;
  /** True when the phrase came from the idiom table (hit gets the `idiom` rule). */
  idiom: boolean;
}

/**
 * Compiled rule tables, as the scorer reads them: {@link SentimentRules}
 * flattened, with word lists turned into Maps and Sets keyed by normalized
 * word. Single words stay in the word tables; every multi-word key moved to
 * `phrases`.
 *
 * @example
 * ```ts
 * import { defaultSentimentIndex } from 'suara/sentiment';
 * const rules = defaultSentimentIndex().rules;
 * rules.negators.has('tidak'); // true
 * rules.alpha; // 6
 * ```
 */
export interface CompiledRules {
  /** `alpha` of the rules: compound = score / sqrt(score² + alpha). */
  alpha: number;
  /** `thresholds.positive`: `compound` at or above it is `positive`. */
  positiveThreshold: number;
  /** `thresholds.negative`: `compound` at or below it is `negative`. */
  negativeThreshold: number;
  /** `negation.window`: how many word tokens a negator reaches. */
  negWindow: number;
  /** `irrealisWindow` (default `negWindow`): how many word tokens an irrealis / request marker reaches. */
  irrWindow: number;
  /** `negation.positive`: multiplier for a negated positive word. */
  negPositive: number;
  /** `negation.negative`: multiplier for a negated negative word. */
  negNegative: number;
  /** `negation.intensified`: multiplier for a word both negated and intensified. */
  negIntensified: number;
  /** Negator → multiplier for a negated negative word, where it differs from `negNegative`. */
  negNegativeBy: Map<string, number>;
  /** Single-word negators (multi-word ones are `negator` phrases). */
  negators: Set<string>;
  /** Negator → weight it has on its own when its scope holds no sentiment word (non-zero entries only). */
  negatorOwn: Map<string, number>;
  /** Single-word intensifier → multiplier. */
  intensifiers: Map<string, number>;
  /** Intensifier → where it may stand relative to its word: 1 before, 2 after, 3 both. */
  intensifierPos: Map<string, number>;
  /** Single-word diminisher → multiplier for the following word. */
  diminishers: Map<string, number>;
  /** Single-word contrast word → multipliers for the hits before and after it. */
  contrast: Map<
    string,
    {
      /** Multiplier for the hits before the contrast word. */
      before: number;
      /** Multiplier for the hits after the contrast word. */
      after: number;
    }
  >;
  /** Single-word contrast that applies only as the first word of a clause. */
  clauseContrast: Map<
    string,
    {
      /** Multiplier for the hits before the contrast word. */
      before: number;
      /** Multiplier for the hits after the contrast word. */
      after: number;
    }
  >;
  /** Concessive word → multiplier for the clause it introduces. */
  concessive: Map<string, number>;
  /** Single-word mitigator → multiplier for the next negative word within the negation window. */
  mitigators: Map<string, number>;
  /** Single-word irrealis / request marker → multiplier for the next positive word within the negation window. */
  irrealis: Map<string, number>;
  /** First word → phrases starting with it, longest first. */
  phrases: Map<string, PhraseEntry[]>;
  /** `emphasis.exclamation`: added to a sentence's hit multipliers per `!`. */
  exclamation: number;
  /** `emphasis.maxExclamation`: most `!` per sentence that count. */
  maxExclamation: number;
  /** `emphasis.caps`: multiplier for an ALL-CAPS word. */
  caps: number;
  /** `emphasis.elongated`: multiplier for an elongated word. */
  elongated: number;
  /** `emphasis.reduplicated`: multiplier for a reduplicated word found through its base. */
  reduplicated: number;
  /** Weight of a laughter token. */
  laughter: number;
  /** `register.opinionWords`: words that mark the writer's own voice. */
  opinionWords: Set<string>;
  /** `register.opinionMarks`: punctuation characters that mark the writer's own voice. */
  opinionMarks: string;
  /** `register.eventMultiplier` (1 when absent). */
  eventMultiplier: number;
  /** `closing.thanks`. */
  closingThanks: Set<string>;
  /** `closing.requestWords`. */
  requestWords: Set<string>;
  /** `closing.multiplier` (1 when absent). */
  closingMultiplier: number;
  /** `negation.windowByWord`: negator → its own window. */
  negWindowBy: Map<string, number>;
  /** `negation.scopeEnd`: words that end a negation scope. */
  scopeEnd: Set<string>;
  /** The `stance` table as Sets and Maps, or `undefined` when the rules have none. */
  stance: CompiledStance | undefined;
}

/** 1 at `codeAt(w, 0) | 32` for each word (ASCII first letters, case-folded). */
function firstLetters(words: readonly string[]): Uint8Array {
  const first = new Uint8Array(128);
  for (const w of words) first[codeAt(w, 0) | 32] = 1;
  return first;
}

/**
 * The compiled `stance` table (see {@link SentimentStanceRules}).
 *
 * @example
 * ```ts
 * import { defaultSentimentIndex } from 'suara/sentiment';
 * defaultSentimentIndex().rules.stance?.indicator.get('kemiskinan'); // -1
 * ```
 */
export interface CompiledStance {
  /** Multiplier for problem words in reportage and announcements. */
  problemMultiplier: number;
  /** Fewest word tokens of a news text. */
  newsMinWords: number;
  /** Announcement first words. */
  announcement: Set<string>;
  /** Announcement first words that need a colon after them. */
  announcementColon: Set<string>;
  /** Words that report a complaint. */
  complaintCues: Set<string>;
  /** Heads of proper names. */
  nameHeads: Set<string>;
  /** Multiplier for a problem in a past sentence. */
  pastMultiplier: number;
  /** Multi-word problem names. */
  problemPhrases: Set<string>;
  /** Words that make a text a service notice. */
  noticeCues: Set<string>;
  /** `cuma … doang` opening surfaces. */
  onlyOpen: Set<string>;
  /** `cuma … doang` closing surfaces. */
  onlyClose: Set<string>;
  /** 1 at the (ASCII, case-folded) first letter of each closing surface: most tokens are ruled out without a string. */
  onlyCloseFirst: Uint8Array;
  /** Weight of the `cuma … doang` frame. */
  onlyWeight: number;
  /** Longest opening or closing surface (longer tokens are skipped without a lookup). */
  onlyMaxLength: number;
  /** Duration words. */
  durations: Set<string>;
  /** Words that open a duration. */
  since: Set<string>;
  /** Words that make an indicator pair a plan or topic. */
  indicatorTopics: Set<string>;
  /** Persistence words (or `w1 w2` sequences) before the problem, anywhere in its sentence. */
  persistBefore: Set<string>;
  /** First words of the two-word persistence markers (so the scorer concatenates only for them). */
  persistFirst: Set<string>;
  /** Persistence words right after the problem. */
  persistAfter: Set<string>;
  /** Multiplier for a persistent problem. */
  persistMultiplier: number;
  /** Least absolute weight of a persistent problem. */
  persistMinimum: number;
  /** Fix words. */
  fixes: Set<string>;
  /** Fix window in word tokens. */
  fixWindow: number;
  /** Multiplier for a fixed problem. */
  fixMultiplier: number;
  /** Indicator → +1 (up is good) or −1 (up is bad). */
  indicator: Map<string, number>;
  /** Direction word → +1 (up) or −1 (down). */
  direction: Map<string, number>;
  /** Weight of an indicator hit. */
  indicatorWeight: number;
  /** Indicator window in word tokens. */
  indicatorWindow: number;
  /** Praise lemmas that can be sarcastic. */
  sarcasmPraise: Set<string>;
  /** Emoji that turn sarcastic after a complaint. */
  sarcasmEmoji: Set<string>;
  /** How far into its sentence a sarcastic praise may stand. */
  sarcasmWindow: number;
  /** Multiplier for sarcastic praise. */
  sarcasmMultiplier: number;
  /**
   * Word → bits of the lists above it is in (`STANCE_WORD` bits in
   * stance.ts: opinion cue, complaint cue, persistence marker, first word of
   * a two-word marker, duration, duration opener), so the stance pass does one
   * lookup per word.
   */
  wordBits: Map<string, number>;
}

function compileStance(st: SentimentStanceRules | undefined, opinionWords: readonly string[]): CompiledStance | undefined {
  if (st === undefined) return undefined;
  const wordBits = new Map<string, number>();
  const bit = (words: Iterable<string>, b: number): void => {
    for (const w of words) wordBits.set(w, (wordBits.get(w) ?? 0) | b);
  };
  // Bit values: see STANCE_WORD in stance.ts.
  bit(opinionWords, 1);
  bit(st.complaintCues, 2);
  bit(st.persistence.before.filter((w) => !w.includes(' ')), 4);
  bit(st.persistence.before.filter((w) => w.includes(' ')).map((w) => w.split(' ')[0]!), 8);
  bit(st.persistence.durations, 16);
  bit(st.persistence.since, 32);
  bit(st.past.words, 64);
  const indicator = new Map<string, number>();
  for (const w of st.indicators.good) indicator.set(w, 1);
  for (const w of st.indicators.bad) indicator.set(w, -1);
  const direction = new Map<string, number>();
  for (const w of st.indicators.up) direction.set(w, 1);
  for (const w of st.indicators.down) direction.set(w, -1);
  return {
    problemMultiplier: st.problemMultiplier,
    newsMinWords: st.newsMinWords,
    announcement: new Set(st.announcement),
    announcementColon: new Set(st.announcementColon),
    complaintCues: new Set(st.complaintCues),
    nameHeads: new Set(st.nameHeads),
    pastMultiplier: st.past.multiplier,
    problemPhrases: new Set(st.problemPhrases),
    noticeCues: new Set(st.noticeCues),
    onlyOpen: new Set(st.only.open),
    onlyClose: new Set(st.only.close),
    onlyCloseFirst: firstLetters(st.only.close),
    onlyWeight: st.only.weight,
    onlyMaxLength: [...st.only.open, ...st.only.close].reduce((m, w) => Math.max(m, w.length), 0),
    durations: new Set(st.persistence.durations),
    since: new Set(st.persistence.since),
    indicatorTopics: new Set(st.indicators.topics),
    persistBefore: new Set(st.persistence.before),
    persistFirst: new Set(st.persistence.before.filter((w) => w.includes(' ')).map((w) => w.split(' ')[0]!)),
    persistAfter: new Set(st.persistence.after),
    persistMultiplier: st.persistence.multiplier,
    persistMinimum: st.persistence.minimum,
    fixes: new Set(st.fixes.words),
    fixWindow: st.fixes.window,
    fixMultiplier: st.fixes.multiplier,
    indicator,
    direction,
    indicatorWeight: st.indicators.weight,
    indicatorWindow: st.indicators.window,
    sarcasmPraise: new Set(st.sarcasm.praise),
    sarcasmEmoji: new Set(st.sarcasm.emoji),
    sarcasmWindow: st.sarcasm.window,
    sarcasmMultiplier: st.sarcasm.multiplier,
    wordBits,
  };
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
    irrWindow: r.irrealisWindow ?? r.negation.window,
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
    opinionWords: new Set(r.register?.opinionWords ?? []),
    opinionMarks: r.register?.opinionMarks ?? '',
    eventMultiplier: r.register?.eventMultiplier ?? 1,
    closingThanks: new Set(r.closing?.thanks ?? []),
    requestWords: new Set(r.closing?.requestWords ?? []),
    closingMultiplier: r.closing?.multiplier ?? 1,
    negWindowBy: new Map(Object.entries(r.negation.windowByWord ?? {})),
    scopeEnd: new Set(r.negation.scopeEnd ?? []),
    stance: compileStance(r.stance, r.register?.opinionWords ?? []),
  };
}
