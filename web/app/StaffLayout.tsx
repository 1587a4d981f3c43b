import { Button } from "@trussworks/react-uswds";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { ROLE_LABELS } from "../../common/roles.js";
import { useSignOut } from "../api/session";
import { ErrorAlert } from "../components/ErrorAlert";
import { useCurrentSession } from "./session-context";
import { APP_NAME } from "./site";
import { type NavItem, workspaceFor } from "./workspaces";

function normalizePath(pathname: string): string {
  return pathname.replace(/\/+$/, "") || "/";
}

function normalizeSearch(search: string): string {
  const params = new URLSearchParams(search);
  params.sort();
  return params.toString();
}

/** Exact match on path and query, so "Requests" and "Overdue" are not both current. */
function isCurrent(item: NavItem, pathname: string, search: string): boolean {
  const target = new URL(item.to, "http://civic311.invalid");
  return (
    normalizePath(target.pathname) === normalizePath(pathname) &&
    normalizeSearch(target.search) === normalizeSearch(search)
  );
}

/** The staff shell: header with the user and sign-out, role navigation, and the workspace's main area. */
export function StaffLayout() {
  const { user } = useCurrentSession();
  const workspace = workspaceFor(user);
  const location = useLocation();
  const navigate = useNavigate();
  const signOut = useSignOut();

  const onSignOut = () => {
    signOut.mutate(undefined, {
      onSettled: () => void navigate("/staff/sign-in", { replace: true }),
    });
  };

  return (
    <div className="staff-app" data-role={user.role}>
      <a className="usa-skipnav" href="#main-content">
        Skip to main content
      </a>
      <header className="staff-header">
        <div className="grid-container staff-header__inner">
          <p className="staff-header__title">
            <Link to="/staff/">{APP_NAME}</Link> <span className="staff-header__subtitle">Staff</span>
          </p>
          <div className="staff-header__user">
            <p className="margin-0">
              <span className="text-bold">{user.name}</span>
              <span className="staff-header__role">{ROLE_LABELS[user.role]}</span>
            </p>
            <Button type="button" outline inverse className="margin-0" onClick={onSignOut}>
              {signOut.isPending ? "Signing out…" : "Sign out"}
            </Button>
          </div>
        </div>
      </header>
      <div className="grid-container">
        {signOut.isError ? <ErrorAlert error={signOut.error} /> : null}
        <div className="grid-row grid-gap-lg">
          <nav aria-label="Workspace" className="tablet:grid-col-3 padding-top-4">
            <ul className="usa-sidenav">
              {workspace.nav.map((item) => {
                const current = isCurrent(item, location.pathname, location.search);
                return (
                  <li className="usa-sidenav__item" key={item.to}>
                    <Link
                      to={item.to}
                      className={current ? "usa-current" : undefined}
                      aria-current={current ? "page" : undefined}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
            {workspace.note ? <p className="font-body-2xs text-base-dark">{workspace.note}</p> : null}
          </nav>
          <main id="main-content" tabIndex={-1} className="tablet:grid-col-9 padding-bottom-6 staff-main">
            <h1 className="staff-main__workspace">{workspace.heading}</h1>
            <Outlet />
          </main>
        </div>
      </div>
    </div>
  );
}
