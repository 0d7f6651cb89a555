/**
 * `suara/node`: the Node-only parts — file and stream readers, the CLI's
 * pipeline as functions, worker-thread analysis, CSV and HTML output.
 *
 * @packageDocumentation
 */
export { analyzeFile } from './cli/analyze-file';
export type { AnalyzeFileOptions, AnalyzeFileResult } from './cli/analyze-file';
export { runAnalysis, StageError } from './cli/run';
export type { CliStage, RunOptions, RunResult, RunSummary } from './cli/run';
export type { CliIO } from './cli/analyze-command';
export type { ProgressStream } from './cli/progress';
export { main, VERSION } from './cli/main';
export { readRecords, InputError } from './cli/read/records';
export type { BadRow, BadRowKind, FieldNames, InputRow, ReadRecordsOptions } from './cli/read/records';
export { readLines, MAX_RECORD_CHARS } from './cli/read/lines';
export type { Line, ReadLinesOptions } from './cli/read/lines';
export { parseCsv } from './cli/read/csv';
export type { CsvRecord, ParseCsvOptions } from './cli/read/csv';
export { detectFormat } from './cli/read/detect';
export type { InputFormat } from './cli/read/detect';
export type { ByteCounter, ChunkSource, InputEncoding } from './cli/read/decode';
export { rowsToCsv } from './cli/write/rows-csv';
export { renderReport } from './cli/report/html';
export type { ReportData } from './cli/report/model';
export { createAnalyzeTransform } from './stream/transform';
export { analyzeStream } from './stream/analyze-stream';
export type { AnalyzeStreamOptions, AnalyzedDocument, StreamDocument } from './stream/analyze-stream';
