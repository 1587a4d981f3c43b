/** The whole data model, one export for Drizzle. */
export * from "./directory.js";
export * from "./geo.js";
export * from "./notifications.js";
export * from "./people.js";
export * from "./reports.js";
export * from "./requests.js";
export * from "./routing.js";
export * from "./telephony.js";
export * from "./translations.js";
