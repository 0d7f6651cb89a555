/**
 * `suara/node`: the Node-only parts — file and stream readers, the CLI's
 * pipeline as functions, worker-thread analysis, CSV and HTML output.
 *
 * @packageDocumentation
 */
export { analyzeFile } from './cli/analyze-file';
export type { AnalyzeFileOptions, AnalyzeFileResult } from './cli/analyze-file';
export { runAnalysis } from './cli/analyze-command';
export type { CliIO, RunOptions, RunResult, RunSummary } from './cli/analyze-command';
export type { ProgressStream } from './cli/progress';
export { main, VERSION } from './cli/main';
export { readRecords, readLines, parseCsv, detectFormat, InputError, MAX_RECORD_CHARS } from './cli/readers';
export type {
  BadRow,
  BadRowKind,
  ByteCounter,
  ChunkSource,
  CsvRecord,
  FieldNames,
  InputFormat,
  InputRow,
  Line,
  ReadRecordsOptions,
} from './cli/readers';
export { rowsToCsv } from './cli/rows-csv';
export { renderReport } from './cli/report-html';
export type { ReportData } from './cli/report-html';
export { createAnalyzeTransform } from './stream/transform';
export { analyzeStream } from './stream/analyze-stream';
export type { AnalyzeStreamOptions, AnalyzedDocument, StreamDocument } from './stream/analyze-stream';
