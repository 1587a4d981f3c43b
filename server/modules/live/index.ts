/** Live updates: Server-Sent Events of request changes, fanned out across app processes by the database. */
export { type LiveDeps, liveRoutes } from "./live.routes.js";
