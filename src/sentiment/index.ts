/**
 * Sentiment stage: lexicon + rules scorer for Indonesian public text.
 */
export { scoreSentiment, scoreTokens, createSentimentScorer, readLexicon } from './create-scorer';
export type { SentimentOptions, SentimentScorer, LexiconInput } from './create-scorer';
export { compound, labelFor } from './compound';
export { defaultSentimentIndex } from './lexicon';
export type { SentimentIndex } from './lexicon';
export { sentimentRulesSchema } from './rules';
export type { SentimentRules, SentimentStanceRules, PhraseEntry, PhraseKind, CompiledRules, CompiledStance } from './rules';
export type { SentimentHit, SentimentLabel, SentimentResult, SentimentRule } from './types';
