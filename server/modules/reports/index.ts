/** Reports: supervisors' dashboards with drill-down and CSV, and the public performance page. */
export { callDashboard } from "./reports.calls.js";
export { contactDashboard, contactMedians } from "./reports.contacts.js";
export { resolveFilters } from "./reports.filters.js";
export { publicPerformance } from "./reports.public.js";
export { countRecords, listRecords, recordsCsv } from "./reports.records.js";
export { requestDashboard, requestMapCells, requestPercentiles } from "./reports.requests.js";
export { refreshRollups, rollupPlan } from "./reports.rollups.js";
export { reportsRoutes } from "./reports.routes.js";
