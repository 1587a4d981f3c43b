/** City-wide public facts (name, 311 numbers); edited by administrators in a later release. */

export { cityAdminRoutes } from "./city.admin.routes.js";
export { getCity, setCity } from "./city.repository.js";
export { cityRoutes } from "./city.routes.js";
