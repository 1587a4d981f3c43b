import { lazy, Suspense } from "react";
import { Link } from "react-router";
import { type RequestFilters, useRequestMap } from "../../api/requests";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";

const CityMap = lazy(() => import("../../components/CityMap").then((m) => ({ default: m.CityMap })));

/**
 * The same filter on the city's street map, one marker per located request (up to the server's limit).
 * The map is a picture: the figures below it, and the list view, carry the same information in text.
 */
export function RequestMapView({ filters, listLink }: { filters: RequestFilters; listLink: string }) {
  const map = useRequestMap(filters, true);
  if (map.isPending) return <Loading label="Loading the map…" />;
  if (map.isError) return <ErrorAlert error={map.error} />;
  const { items, unlocated, truncated } = map.data;
  const overdue = items.filter((i) => i.overdue).length;
  return (
    <section aria-labelledby="map-heading">
      <h2 id="map-heading">Map</h2>
      <p role="status" className="margin-top-0">
        {items.length} request{items.length === 1 ? "" : "s"} on the map ({overdue} overdue)
        {unlocated ? `; ${unlocated} without a location are not shown` : ""}
        {truncated
          ? "; only the first ones in the list's order are shown, narrow the filters to see the rest"
          : ""}
        .{" "}
        <Link className="usa-link" to={listLink}>
          Show these requests as a list
        </Link>
        .
      </p>
      <Suspense fallback={<Loading label="Loading the map…" />}>
        <CityMap
          description={`Street map with ${items.length} requests matching the filters. The list view shows the same requests as a table.`}
          markers={items.map((i) => ({
            key: i.number,
            lat: i.lat,
            lng: i.lng,
            label: `${i.number} · ${i.service} · ${i.statusLabel}${i.overdue ? " · Overdue" : ""}`,
          }))}
          height={480}
        />
      </Suspense>
    </section>
  );
}
