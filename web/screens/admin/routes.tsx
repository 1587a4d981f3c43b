import type { RouteObject } from "react-router";
import { routes as catalog } from "./catalog/routes";
import { routes as config } from "./config/routes";
import { routes as people } from "./people/routes";
import { routes as routing } from "./routing/routes";

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
];
