import type { RouteObject } from "react-router";

/** This area's screens under /staff/admin/ (lazy, so the staff app's first load stays small). */
export const routes: RouteObject[] = [
  {
    path: "admin/people",
    lazy: () => import("./PeopleScreen").then((m) => ({ Component: m.PeopleScreen })),
  },
  {
    path: "admin/people/new",
    lazy: () => import("./PersonEditorScreen").then((m) => ({ Component: m.NewPersonScreen })),
  },
  {
    path: "admin/people/:id",
    lazy: () => import("./PersonEditorScreen").then((m) => ({ Component: m.EditPersonScreen })),
  },
];
