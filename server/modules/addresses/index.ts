/** The master address list and streets: lookup, autocomplete and intersections (geocoding comes with the importer). */
export { findAddress } from "./addresses.repository.js";
export { addressesRoutes } from "./addresses.routes.js";
export { type AddressMatch, crossing, searchAddresses } from "./addresses.search.js";
