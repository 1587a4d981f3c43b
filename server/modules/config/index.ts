/** The city's configuration as one YAML file: export, validate, diff and import. */
export { configAdminRoutes } from "./config.routes.js";
