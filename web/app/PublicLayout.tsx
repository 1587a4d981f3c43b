import type { CSSProperties } from "react";
import { Link, NavLink, Outlet } from "react-router";
import { type CityInfo, PORTAL_COLOR_HEX } from "../../common/contracts/city.js";
import { LanguageSwitcher, useT } from "../i18n";
import { useCity } from "./site";
import "./theme.css";

const NAV = [
  { to: "/", key: "home", end: true },
  { to: "/report", key: "reportProblem", end: false },
  { to: "/track", key: "trackRequest", end: false },
  { to: "/near-me", key: "nearMe", end: false },
] as const;

/** The city's color as CSS custom properties; none when it keeps the standard look. */
function themeOf(city: CityInfo | undefined): CSSProperties | undefined {
  if (!city?.primaryColor) return undefined;
  return { "--portal-primary": PORTAL_COLOR_HEX[city.primaryColor] } as CSSProperties;
}

/** The public ways to reach the 311 center, each shown only when the city has set it. */
function FooterContact({ city }: { city: CityInfo }) {
  const t = useT("portal");
  const rows = [
    { key: "email", label: t("email"), value: city.email, href: city.email ? `mailto:${city.email}` : null },
    { key: "address", label: t("address"), value: city.address, href: null },
    { key: "hours", label: t("hours"), value: city.hours, href: null },
  ].filter((row) => row.value);
  if (rows.length === 0) return null;
  return (
    <dl className="portal-footer__contact">
      {rows.map((row) => (
        <div key={row.key}>
          <dt>{row.label}</dt>
          <dd>
            {row.href ? (
              <a className="usa-link" href={row.href}>
                {row.value}
              </a>
            ) : (
              row.value
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The resident portal's shell: the city's logo, name and color, navigation, languages, and how to reach 311. */
export function PublicLayout() {
  const city = useCity();
  const common = useT("common");
  const t = useT("portal");
  const performance = useT("performance");
  const name = city?.name ?? "";
  const phone = city?.phone311 ?? "311";
  return (
    <div
      className="public-app portal"
      style={themeOf(city)}
      data-primary-color={city?.primaryColor ?? undefined}
    >
      <a className="usa-skipnav" href="#main-content">
        {common("skipToContent")}
      </a>
      <header className="portal-header">
        <div className="grid-container portal-header__inner">
          <div className="portal-header__brand">
            {city?.logoUrl ? <img className="portal-header__logo" src={city.logoUrl} alt={name} /> : null}
            <p className="portal-header__title">
              <Link to="/">{common("siteTitle", { city: name || "" }).trim()}</Link>
            </p>
          </div>
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
          {city ? <FooterContact city={city} /> : null}
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
