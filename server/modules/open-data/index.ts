/** Open data: every request's public fields as CSV or GeoJSON, for the public download and the command line. */
export {
  type ExportOptions,
  type OpenDataExport,
  parseExportRange,
  prepareExport,
} from "./open-data.export.js";
export { EXPORT_FORMATS, type ExportFormat } from "./open-data.format.js";
export { type OpenDataDeps, openDataRoutes } from "./open-data.routes.js";
