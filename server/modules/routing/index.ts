/** Routing rules (which department gets a new request) and the districts they name. */
export { routingAdminRoutes } from "./routing.routes.js";
