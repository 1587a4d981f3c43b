import { Link, NavLink, Outlet } from "react-router";
import { LanguageSwitcher, useT } from "../i18n";
import { useCity } from "./site";

const NAV = [
  { to: "/", key: "home", end: true },
  { to: "/report", key: "reportProblem", end: false },
  { to: "/track", key: "trackRequest", end: false },
  { to: "/near-me", key: "nearMe", end: false },
] as const;

/** The resident portal's shell: city name, main navigation, language switcher, and how to reach 311. */
export function PublicLayout() {
  const city = useCity();
  const common = useT("common");
  const t = useT("portal");
  const performance = useT("performance");
  const name = city?.name ?? "";
  const phone = city?.phone311 ?? "311";
  return (
    <div className="public-app portal">
      <a className="usa-skipnav" href="#main-content">
        {common("skipToContent")}
      </a>
      <header className="portal-header">
        <div className="grid-container portal-header__inner">
          <p className="portal-header__title">
            <Link to="/">{common("siteTitle", { city: name || "" }).trim()}</Link>
          </p>
          <LanguageSwitcher />
        </div>
        <nav aria-label={t("mainNav")} className="grid-container">
          <ul className="portal-nav">
            {NAV.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="portal-nav__link">
                  {common(item.key)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main-content" tabIndex={-1} className="grid-container padding-y-4">
        <Outlet />
      </main>
      <footer className="portal-footer">
        <div className="grid-container padding-y-3">
          <p className="margin-0">
            {city?.outsidePhone
              ? t("footerContact", { phone, city: name, outside: city.outsidePhone })
              : t("footerContactShort", { phone })}{" "}
            {common("emergency")}
          </p>
          <p className="margin-top-1 margin-bottom-0">
            <Link className="usa-link" to="/performance">
              {performance("footerLink")}
            </Link>
          </p>
        </div>
      </footer>
    </div>
  );
}
