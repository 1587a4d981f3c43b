import { Link, Outlet } from "react-router";
import { APP_NAME, useCity } from "./site";

/** The shell for pages anyone may see: the home page and staff sign-in. */
export function PublicLayout() {
  const city = useCity();
  return (
    <div className="public-app">
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <header className="staff-header">
        <div className="grid-container staff-header__inner">
          <p className="staff-header__title">
            <Link to="/">{APP_NAME}</Link>{" "}
            <span className="staff-header__subtitle">{city ? `${city.name} 311` : "311"}</span>
          </p>
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="grid-container padding-y-4">
        <Outlet />
      </main>
    </div>
  );
}
