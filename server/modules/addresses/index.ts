/** The master address list and streets: lookup, autocomplete, intersections, the nearest address and the street map. */
export { findAddress } from "./addresses.repository.js";
export { addressesRoutes } from "./addresses.routes.js";
export { type AddressMatch, crossing, searchAddresses } from "./addresses.search.js";
