import { Button, ErrorMessage, FormGroup, Label } from "@trussworks/react-uswds";
import { lazy, Suspense, useEffect, useState } from "react";
import { type PublicAddress, usePublicAddressSearch } from "../../../api/portal";
import { useListboxKeys } from "../../../components/useListboxKeys";
import { useT } from "../../../i18n";

// Leaflet loads only when a resident asks for the map: the address search alone is enough to report.
const CityMap = lazy(() => import("../../../components/CityMap").then((m) => ({ default: m.CityMap })));

/** Where the problem is: an address from the list, or a point on the map. */
export type ReportLocation =
  | { kind: "address"; address: PublicAddress }
  | { kind: "pin"; lat: number; lng: number }
  | null;

export function locationPoint(location: ReportLocation): { lat: number; lng: number } | null {
  if (!location) return null;
  return location.kind === "pin" ? location : { lat: location.address.lat, lng: location.address.lng };
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

const optionId = (item: PublicAddress) =>
  `report-address-${item.kind}-${item.id ?? item.label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/** Address autocomplete (Down, Up, Enter, Escape) with an optional map; the map is never required. */
export function LocationField({
  location,
  onChange,
  error,
}: {
  location: ReportLocation;
  onChange: (location: ReportLocation) => void;
  error: string | undefined;
}) {
  const t = useT("report");
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [showMap, setShowMap] = useState(false);
  const q = useDebounced(text, 150);
  const search = usePublicAddressSearch(open ? q : "");
  const items = open && text.trim().length >= 2 ? (search.data ?? []) : [];
  const pick = (address: PublicAddress) => {
    onChange({ kind: "address", address });
    setText(address.label);
    setOpen(false);
  };
  const { activeId, onKeyDown } = useListboxKeys({
    items,
    idOf: optionId,
    onPick: pick,
    onEscape: () => setOpen(false),
  });
  const expanded = items.length > 0;
  const errorId = error ? "report-address-error" : "";
  const point = locationPoint(location);

  return (
    <FormGroup error={Boolean(error)}>
      <Label htmlFor="report-address" error={Boolean(error)}>
        {t("addressLabel")}
        <abbr title="required" className="usa-hint usa-hint--required">
          {" "}
          *
        </abbr>
      </Label>
      <span className="usa-hint" id="report-address-hint">
        {t("addressHint")}
      </span>
      {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
      <div className="report-combobox">
        <input
          id="report-address"
          className={`usa-input maxw-full${error ? " usa-input--error" : ""}`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-required
          aria-invalid={error ? true : undefined}
          aria-expanded={expanded}
          aria-controls="report-address-list"
          aria-activedescendant={expanded && activeId ? activeId : undefined}
          aria-describedby={`report-address-hint report-address-status ${errorId}`.trim()}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            if (location?.kind === "address") onChange(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <div
          id="report-address-list"
          role="listbox"
          aria-label={t("addressSuggestions")}
          className="usa-list--unstyled border-1px border-base-lighter bg-white"
          hidden={!expanded}
        >
          {items.map((item) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: options are reached with the arrow keys from the box
            <div
              key={optionId(item)}
              id={optionId(item)}
              role="option"
              tabIndex={-1}
              aria-selected={optionId(item) === activeId}
              className={`padding-1 cursor-pointer ${optionId(item) === activeId ? "bg-primary-lighter" : ""}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(item)}
            >
              {item.label}
              {item.kind === "intersection" ? (
                <span className="text-base-dark"> ({t("intersection")})</span>
              ) : null}
            </div>
          ))}
        </div>
      </div>
      <p id="report-address-status" role="status" className="usa-sr-only">
        {expanded ? t("suggestions", { count: items.length }) : ""}
      </p>
      {location ? (
        <p className="margin-y-1" id="report-location-chosen">
          <strong>
            {location.kind === "address"
              ? t("chosenAddress", { address: location.address.label })
              : t("chosenPin")}
          </strong>{" "}
          <Button
            type="button"
            unstyled
            onClick={() => {
              onChange(null);
              setText("");
            }}
          >
            {t("clearLocation")}
          </Button>
        </p>
      ) : null}
      <Button
        type="button"
        outline
        className="margin-top-1"
        aria-expanded={showMap}
        onClick={() => setShowMap((v) => !v)}
      >
        {showMap ? t("hideMap") : t("showMap")}
      </Button>
      {showMap ? (
        <div className="margin-top-1">
          <Suspense fallback={<p role="status">{t("loadingMap")}</p>}>
            <CityMap
              description={t("mapDescription")}
              point={point}
              onPick={(lat, lng) => {
                onChange({ kind: "pin", lat, lng });
                setText("");
              }}
              height={260}
            />
          </Suspense>
        </div>
      ) : null}
    </FormGroup>
  );
}
