/** The city's configuration as one YAML file: export, validate, diff and import. */

export { addConfigCommands, type ConfigCliDeps } from "./config.cli.js";
export { describeChanges } from "./config.diff.js";
export { configAdminRoutes } from "./config.routes.js";
export { exportConfiguration, importConfiguration, previewConfiguration } from "./config.service.js";
