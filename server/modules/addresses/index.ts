/** The master address list and streets: lookup now, search and geocoding with the importer. */
export { findAddress } from "./addresses.repository.js";
