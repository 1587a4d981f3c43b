import type { RouteObject } from "react-router";

/** This area's screens under /staff/admin/ (lazy, so the staff app's first load stays small). */
export const routes: RouteObject[] = [
  {
    path: "admin/services",
    lazy: () => import("./ServicesScreen").then((m) => ({ Component: m.ServicesScreen })),
  },
  {
    path: "admin/services/new",
    lazy: () => import("./ServiceEditorScreen").then((m) => ({ Component: m.ServiceEditorScreen })),
  },
  {
    path: "admin/services/:code",
    lazy: () => import("./ServiceEditorScreen").then((m) => ({ Component: m.ServiceEditorScreen })),
  },
  {
    path: "admin/departments",
    lazy: () => import("./DepartmentsScreen").then((m) => ({ Component: m.DepartmentsScreen })),
  },
  {
    path: "admin/departments/new",
    lazy: () => import("./DepartmentEditorScreen").then((m) => ({ Component: m.DepartmentEditorScreen })),
  },
  {
    path: "admin/departments/:code",
    lazy: () => import("./DepartmentEditorScreen").then((m) => ({ Component: m.DepartmentEditorScreen })),
  },
  {
    path: "admin/agencies/new",
    lazy: () => import("./AgencyEditorScreen").then((m) => ({ Component: m.AgencyEditorScreen })),
  },
  {
    path: "admin/agencies/:code",
    lazy: () => import("./AgencyEditorScreen").then((m) => ({ Component: m.AgencyEditorScreen })),
  },
];
