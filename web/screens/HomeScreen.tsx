import { Link } from "react-router";
import { usePublicHome } from "../api/publicContent";
import { useCity } from "../app/site";
import { useDocumentTitle } from "../components/useDocumentTitle";
import { useLanguage, useT } from "../i18n";
import { PortalSearch } from "./portal/PortalSearch";

/** The portal's home: "What do you need?", shortcuts to the most common reports, and how to reach 311. */
export function HomeScreen() {
  const t = useT("portal");
  const common = useT("common");
  const performance = useT("performance");
  const { language } = useLanguage();
  const city = useCity();
  const home = usePublicHome(language);
  const name = city?.name ?? "";
  useDocumentTitle(t("homeTitle", { city: name }).trim());
  const phone = home.data?.city.phone311 ?? city?.phone311 ?? "311";
  const outside = home.data?.city.outsidePhone ?? city?.outsidePhone ?? null;
  return (
    <div className="portal-home">
      <h1>{t("homeTitle", { city: name }).trim()}</h1>
      <p className="usa-intro">{t("homeIntro")}</p>
      <PortalSearch />
      <h2>{t("commonServices")}</h2>
      {home.isPending ? (
        <p role="status">{common("loading")}</p>
      ) : (
        <ul className="portal-shortcuts">
          {(home.data?.services ?? []).map((s) => (
            <li key={s.code}>
              <Link className="usa-link" to={`/report/${encodeURIComponent(s.code)}`}>
                {s.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <ul className="usa-list usa-list--unstyled">
        <li>
          <Link className="usa-link" to="/track">
            {t("trackLink")}
          </Link>
        </li>
        <li>
          <Link className="usa-link" to="/near-me">
            {t("nearMeLink")}
          </Link>
        </li>
        <li>
          <Link className="usa-link" to="/performance">
            {performance("homeLink")}
          </Link>
        </li>
      </ul>
      <h2>{t("contactTitle")}</h2>
      <p className="margin-bottom-05">
        <a className="usa-link text-bold" href={`tel:${phone.replace(/[^\d+]/g, "")}`}>
          {t("contactPhone", { phone })}
        </a>
      </p>
      {outside ? <p className="margin-y-05">{t("contactOutside", { city: name, phone: outside })}</p> : null}
      <p className="margin-y-05">{t("contactHours")}</p>
      <p>{common("emergency")}</p>
      <h2>{t("staffTitle")}</h2>
      <p>
        <Link className="usa-link" to="/staff/">
          {common("staffSignIn")}
        </Link>
      </p>
    </div>
  );
}
