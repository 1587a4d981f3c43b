/** Residents and callers: the people requests and interactions are for. */
export {
  constituentExists,
  createConstituent,
  type NewConstituent,
  phoneDigits,
} from "./constituents.repository.js";
