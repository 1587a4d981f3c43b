/** Routing rules (which department gets a new request) and the districts they name. */
export { decideDistrict, decideRouting, type RoutingDecision, routeByRule } from "./routing.decide.js";
export { districtChoices } from "./routing.districts.js";
export { containsPoint, type DistrictGeometry } from "./routing.geometry.js";
export { routingAdminRoutes } from "./routing.routes.js";
