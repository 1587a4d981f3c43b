/** The resident portal's public reading: search, answers, home shortcuts, requests near a place, a request's page. */
export { publicContentRoutes } from "./public-content.routes.js";
