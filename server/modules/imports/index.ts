/** Imports: other systems' 311 records brought in through one pipeline (mapping, rejects, dry run, idempotent writes). */

export { type CsvParseOptions, parseBostonCsv } from "./imports.boston-csv.js";
export { mappingPath } from "./imports.mapping.js";
export { parseNycCsv } from "./imports.nyc-csv.js";
export { parseOpen311 } from "./imports.open311.js";
export { describeReport, type ImportReport, type Parser, runImport } from "./imports.pipeline.js";
export type { Parsed, Rejected, SourceRequest } from "./imports.types.js";
