import type { RouteObject } from "react-router";

/** This area's screens under /staff/admin/ (lazy, so the staff app's first load stays small). */
export const routes: RouteObject[] = [
  {
    path: "admin/routing",
    lazy: () => import("./RoutingScreen").then((m) => ({ Component: m.RoutingScreen })),
  },
  {
    path: "admin/districts",
    lazy: () => import("./DistrictsScreen").then((m) => ({ Component: m.DistrictsScreen })),
  },
  {
    path: "admin/calendar",
    lazy: () => import("./CalendarScreen").then((m) => ({ Component: m.CalendarScreen })),
  },
];
