import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import type { StreetMap } from "../../common/contracts/map.js";
import { useStreetMap } from "../api/map";
import { useCity } from "../app/site";

/** Something to show on the map besides the chosen point: an open request nearby, say. */
export interface MapMarker {
  key: string;
  lat: number;
  lng: number;
  /** Shown when the pointer rests on the marker. */
  label: string;
  /** Circle radius in pixels (a count drawn to scale); the default is a small dot. */
  radius?: number;
  /** What a click on the marker does (the same thing is always reachable in text too). */
  onClick?: () => void;
}

interface CityMapProps {
  /** What the map shows, for screen readers: the map itself is a picture, everything on it is also in text. */
  description: string;
  point?: { lat: number; lng: number } | null;
  /** A circle around the point, in metres (a service's duplicate radius). */
  radiusM?: number;
  markers?: MapMarker[];
  /** Called with the clicked position; without it the map is only a picture. */
  onPick?: (lat: number, lng: number) => void;
  height?: number;
}

const STREET_CASING = { color: "#a9aeb1", weight: 6, opacity: 1 };
const STREET = { color: "#ffffff", weight: 4, opacity: 1 };
const POINT = { radius: 8, color: "#ffffff", weight: 2, fillColor: "#005ea2", fillOpacity: 1 };
const MARKER = { radius: 7, color: "#1b1b1b", weight: 1, fillColor: "#ffbe2e", fillOpacity: 1 };
const POINT_ZOOM = 17;

/** Chromium puts Leaflet's SVG shapes in the tab order; everything on the map is also in text, so take them out. */
function untab(el: HTMLElement | null) {
  for (const shape of el?.querySelectorAll("path") ?? []) shape.setAttribute("tabindex", "-1");
}

function streetLayer(map: StreetMap): L.LayerGroup {
  const geojson = map as unknown as GeoJSON.FeatureCollection;
  const casing = L.geoJSON(geojson, { style: () => STREET_CASING, interactive: false });
  const streets = L.geoJSON(geojson, {
    style: () => STREET,
    onEachFeature: (feature, layer) => {
      layer.bindTooltip(String(feature.properties?.name ?? ""), { sticky: true });
    },
  });
  return L.layerGroup([casing, streets]);
}

// Leaflet writes attribution as HTML; the city's text is shown as text.
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The city's map tiles when its settings name a tile server (`mapTileUrl`), else its own streets drawn as
 * lines with no map tiles: it works offline and on a closed network.
 * The point and markers are drawn over them. Mouse and touch users pan and zoom; keyboard and screen-reader
 * users get everything on the map in the text around it, so the map is never a tab stop.
 */
export function CityMap({ description, point, radiusM, markers = [], onPick, height = 260 }: CityMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const overlay = useRef<L.LayerGroup | null>(null);
  const pickRef = useRef(onPick);
  pickRef.current = onPick;
  const streets = useStreetMap();
  const city = useCity();
  const tileUrl = city?.mapTileUrl ?? null;
  const attribution = city?.mapAttribution ?? null;

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const map = L.map(el, {
      zoomControl: false,
      attributionControl: false,
      keyboard: false,
      zoomSnap: 0.5,
      maxZoom: 19,
    });
    el.removeAttribute("tabindex");
    map.setView([0, 0], 2);
    overlay.current = L.layerGroup().addTo(map);
    map.on("click", (e: L.LeafletMouseEvent) => pickRef.current?.(e.latlng.lat, e.latlng.lng));
    mapRef.current = map;
    const resize = new ResizeObserver(() => map.invalidateSize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      map.remove();
      mapRef.current = null;
      overlay.current = null;
    };
  }, []);

  // Tiles, when the city has a tile server, replace the drawn streets (and carry the provider's credit).
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !tileUrl) return;
    const tiles = L.tileLayer(tileUrl, {
      maxZoom: 19,
      attribution: attribution ? escapeHtml(attribution) : "",
    });
    tiles.addTo(map);
    const credit = attribution ? L.control.attribution({ prefix: false }).addTo(map) : null;
    return () => {
      credit?.remove();
      tiles.remove();
    };
  }, [tileUrl, attribution]);

  // The view follows the point in the effect below; here only a new street map refits it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: refit on new streets only
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !streets.data) return;
    const layer = tileUrl ? null : streetLayer(streets.data).addTo(map);
    layer?.eachLayer((l) => (l as L.GeoJSON).bringToBack());
    untab(container.current);
    const bbox = streets.data.bbox;
    if (bbox && !point)
      map.fitBounds(
        [
          [bbox[1], bbox[0]],
          [bbox[3], bbox[2]],
        ],
        { padding: [8, 8] },
      );
    return () => {
      layer?.remove();
    };
  }, [streets.data, tileUrl]);

  const markerKey = markers.map((m) => `${m.key}:${m.lat}:${m.lng}:${m.label}:${m.radius}`).join("|");
  // Click handlers change with every render; the markers are redrawn only when their contents change.
  const markerClicks = useRef(new Map<string, () => void>());
  markerClicks.current = new Map(markers.flatMap((m) => (m.onClick ? [[m.key, m.onClick] as const] : [])));
  // biome-ignore lint/correctness/useExhaustiveDependencies: markerKey stands for the markers' contents
  useEffect(() => {
    const map = mapRef.current;
    const group = overlay.current;
    if (!map || !group) return;
    group.clearLayers();
    for (const m of markers) {
      const marker = L.circleMarker([m.lat, m.lng], { ...MARKER, radius: m.radius ?? MARKER.radius })
        .bindTooltip(m.label)
        .addTo(group);
      if (m.onClick)
        marker.on("click", (e) => {
          L.DomEvent.stopPropagation(e);
          markerClicks.current.get(m.key)?.();
        });
    }
    if (!point && markers.length > 0 && markers.some((m) => m.radius)) {
      map.fitBounds(L.latLngBounds(markers.map((m) => [m.lat, m.lng])), { padding: [24, 24], maxZoom: 16 });
    }
    if (point) {
      if (radiusM)
        L.circle([point.lat, point.lng], {
          radius: radiusM,
          color: "#005ea2",
          weight: 1,
          dashArray: "4 4",
          fillOpacity: 0.08,
          interactive: false,
        }).addTo(group);
      L.circleMarker([point.lat, point.lng], { ...POINT, interactive: false }).addTo(group);
      map.setView([point.lat, point.lng], Math.max(map.getZoom(), POINT_ZOOM));
    }
    untab(container.current);
  }, [point?.lat, point?.lng, radiusM, markerKey]);

  return (
    <div
      ref={container}
      className="city-map"
      role="img"
      aria-label={description}
      data-map-streets={tileUrl ? 0 : (streets.data?.features.length ?? 0)}
      data-map-tiles={tileUrl ?? ""}
      data-map-markers={markers.length}
      data-map-point={point ? `${point.lat.toFixed(6)},${point.lng.toFixed(6)}` : ""}
      style={{ height, cursor: onPick ? "crosshair" : undefined }}
    />
  );
}
