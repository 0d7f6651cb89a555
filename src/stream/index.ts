/**
 * Streaming analysis (browser-safe part).
 *
 * @packageDocumentation
 */
export { analyzeStream } from './analyze-stream';
export type { AnalyzeStreamOptions, AnalyzedDocument, StreamDocument } from './analyze-stream';
