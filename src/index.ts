/**
 * suara: Indonesian public-text analysis for local-government dashboards.
 *
 * This entry re-exports every stage. For smaller bundles import a stage's
 * own entry: `suara/text`, `suara/stem`, `suara/sentiment`,
 * `suara/entities`, `suara/topics`, `suara/aggregate`. Node-only helpers live in `suara/node`.
 *
 * @packageDocumentation
 */
export * from './text/index';
export * from './stem/index';
export * from './sentiment/index';
export * from './entities/index';
export * from './topics/index';
export * from './aggregate/index';
export { analyze, createAnalyzer, type AnalyzeContext, type AnalyzeOptions, type Analyzer } from './analyze';
export { analyzeStream, type AnalyzeStreamOptions, type AnalyzedDocument, type StreamDocument } from './stream/analyze-stream';
export type { Analysis, TargetSentiment } from './analysis';
export { attributeByClause, clauseBlocks, clauseSpans, clauseSpansOf, scoreAttributed, DEFAULT_CONTRAST_WORDS, type AttributedScore, type ClauseAnchor, type ClauseAttribution, type ClauseBlock, type ClauseInput, type ClauseStageInput, type Positioned } from './clauses';
