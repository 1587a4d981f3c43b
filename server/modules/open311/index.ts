/** Open311 GeoReport v2 (with the FixMyStreet updates extension), over the same commands as the staff API. */
export { type Open311Deps, open311Routes } from "./open311.routes.js";
