import { Link, Outlet } from "react-router";
import { APP_NAME, CITY_NAME } from "./site";

/** The shell for pages anyone may see: the home page and staff sign-in. */
export function PublicLayout() {
  return (
    <div className="public-app">
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <header className="staff-header">
        <div className="grid-container staff-header__inner">
          <p className="staff-header__title">
            <Link to="/">{APP_NAME}</Link> <span className="staff-header__subtitle">{CITY_NAME} 311</span>
          </p>
        </div>
      </header>
      <main id="main-content" tabIndex={-1} className="grid-container padding-y-4">
        <Outlet />
      </main>
    </div>
  );
}
