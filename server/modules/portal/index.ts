/** The resident portal's API: the online catalog, address search, possible duplicates, reports and following. */
export { PORTAL_PHOTOS, PORTAL_RATE_LIMIT, type PortalDeps } from "./commands/submit-report.js";
export { portalRoutes } from "./portal.routes.js";
