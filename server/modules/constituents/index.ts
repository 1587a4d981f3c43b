/** Residents and callers: the people requests and interactions are for, and the console's caller lookup. */
export { constituentSummary, findConstituents } from "./constituents.lookup.js";
export {
  constituentExists,
  createConstituent,
  displayName,
  identifiesSomeone,
  type NewConstituent,
  phoneDigits,
} from "./constituents.repository.js";
export { constituentsRoutes } from "./constituents.routes.js";
