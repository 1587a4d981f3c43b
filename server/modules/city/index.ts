/** City-wide public facts (name, 311 numbers, portal look, languages, map tiles), edited by administrators. */

export { cityAdminRoutes } from "./city.admin.routes.js";
export { getCity, readCitySettings, setCity, UNNAMED_CITY } from "./city.repository.js";
export { cityRoutes } from "./city.routes.js";
export { changedFields, updateCity } from "./commands/update-city.js";
