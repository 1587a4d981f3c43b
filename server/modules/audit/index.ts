/** The audit log viewer: every administrative and request change, filtered, and as CSV. */
export { auditAdminRoutes } from "./audit.routes.js";
