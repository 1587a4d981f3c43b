import { Button, FormGroup, Label, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, lazy, Suspense, useState } from "react";
import { Link, useSearchParams } from "react-router";
import { useRequestsNear } from "../../api/publicContent";
import { DateTime } from "../../components/DateTime";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useLanguage, useT } from "../../i18n";
import { statusWords } from "./statusWords";

// Leaflet is large and the map is never needed: it loads only once there is something to show.
const CityMap = lazy(() => import("../../components/CityMap").then((m) => ({ default: m.CityMap })));

/** `/near-me?address=…`: open and recently closed requests near an address, as a list and a map. */
export function NearMeScreen() {
  const t = useT("portal");
  const common = useT("common");
  const { language } = useLanguage();
  useDocumentTitle(t("nearTitle"));
  const [params, setParams] = useSearchParams();
  const address = params.get("address") ?? "";
  const [text, setText] = useState(address);
  const [problem, setProblem] = useState<string | null>(null);
  const near = useRequestsNear(address, language);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim().length < 2) {
      setProblem(t("nearAddressMissing"));
      document.getElementById("near-address")?.focus();
      return;
    }
    setProblem(null);
    setParams({ address: text.trim() });
  };
  const place = near.data?.center.label ?? address;
  return (
    <div>
      <h1>{t("nearTitle")}</h1>
      <p>{t("nearIntro", { m: 500 })}</p>
      <form className="usa-form" onSubmit={onSubmit} noValidate>
        <FormGroup error={problem !== null}>
          <Label htmlFor="near-address">{t("nearAddress")}</Label>
          <span className="usa-hint" id="near-address-hint">
            {t("nearAddressHint")}
          </span>
          {problem ? (
            <span className="usa-error-message" id="near-address-error" role="alert">
              {problem}
            </span>
          ) : null}
          <TextInput
            id="near-address"
            name="address"
            type="text"
            autoComplete="street-address"
            aria-describedby={problem ? "near-address-hint near-address-error" : "near-address-hint"}
            validationStatus={problem ? "error" : undefined}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </FormGroup>
        <Button type="submit">{t("nearButton")}</Button>
      </form>
      {address && near.isPending ? <p role="status">{common("loading")}</p> : null}
      {near.isError ? <ErrorAlert error={near.error} /> : null}
      {near.data ? (
        <section aria-labelledby="near-results" className="margin-top-3">
          <div role="status">
            <h2 id="near-results">
              {near.data.requests.length === 0
                ? t("nearNone", { place })
                : t("nearCount", { count: near.data.requests.length, place })}
            </h2>
          </div>
          {near.data.capped ? <p>{t("nearCapped", { count: near.data.requests.length })}</p> : null}
          {near.data.requests.length > 0 ? (
            <>
              <Suspense fallback={<div className="city-map" style={{ height: 280 }} />}>
                <CityMap
                  description={t("nearMapDescription", { count: near.data.requests.length, place })}
                  point={near.data.center}
                  radiusM={near.data.radiusM}
                  markers={near.data.requests.map((r) => ({
                    key: r.number,
                    lat: r.lat,
                    lng: r.lng,
                    label: `${r.number}: ${r.service}`,
                  }))}
                  height={280}
                />
              </Suspense>
              <ul className="usa-list usa-list--unstyled margin-top-2">
                {near.data.requests.map((r) => (
                  <li key={r.number} className="border-bottom-1px border-base-lighter padding-y-1">
                    <Link className="usa-link text-bold" to={`/requests/${r.number}`}>
                      {r.service} — {r.number}
                    </Link>
                    <span className="display-block">{statusWords(t, r.status, r.closeReason).label}</span>
                    <span className="display-block">
                      {r.address ?? ""} ({t("distance", { m: r.distanceM })})
                    </span>
                    <span className="display-block text-base-dark">
                      {t("reported")}: <DateTime value={r.createdAt} />
                    </span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
