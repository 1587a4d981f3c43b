import type { RouteObject } from "react-router";
import { routes as audit } from "./audit/routes";
import { routes as catalog } from "./catalog/routes";
import { routes as config } from "./config/routes";
import { routes as people } from "./people/routes";
import { routes as phone } from "./phone/routes";
import { routes as routing } from "./routing/routes";
import { routes as settings } from "./settings/routes";

/** Every administration screen, as children of /staff (paths start with "admin/"). */
export const adminRoutes: RouteObject[] = [
  {
    path: "admin",
    lazy: () => import("./AdminHomeScreen").then((m) => ({ Component: m.AdminHomeScreen })),
  },
  ...catalog,
  ...routing,
  ...people,
  ...config,
  ...audit,
  ...settings,
  ...phone,
];
