/** The city's streets as a GeoJSON FeatureCollection (`GET /api/map/streets`): every map's base layer, no tiles. */
export interface StreetMap {
  type: "FeatureCollection";
  /** [west, south, east, north] */
  bbox: [number, number, number, number] | null;
  features: {
    type: "Feature";
    id: number;
    properties: { name: string };
    geometry: { type: "LineString"; coordinates: [number, number][] };
  }[];
}
