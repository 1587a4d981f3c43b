import type { RouteObject } from "react-router";

/** This area's screens under /staff/admin/ (lazy, so the staff app's first load stays small). */
export const routes: RouteObject[] = [
  {
    path: "admin/phone",
    lazy: () => import("./PhoneSettingsScreen").then((m) => ({ Component: m.PhoneSettingsScreen })),
  },
];
