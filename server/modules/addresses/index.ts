/** The master address list and streets: lookup, autocomplete, geocoding, the nearest address, the street map, import. */

export { type GeocodeResult, geocode } from "./addresses.geocode.js";
export { crossing, type Segment, sideOf } from "./addresses.geometry.js";
export { type AddressMapping, CAMBRIDGE_MAPPING, readMapping } from "./addresses.mapping.js";
export { findAddress } from "./addresses.repository.js";
export { addressesRoutes } from "./addresses.routes.js";
export { type AddressMatch, searchAddresses } from "./addresses.search.js";
export {
  type AddressImportReport,
  importAddresses,
} from "./commands/import-addresses.js";
