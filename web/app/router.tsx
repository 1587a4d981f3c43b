import { createBrowserRouter, type RouteObject } from "react-router";
import { adminRoutes } from "../screens/admin/routes";
import { HomeScreen } from "../screens/HomeScreen";
import { AnswerScreen } from "../screens/portal/AnswerScreen";
import { NearMeScreen } from "../screens/portal/NearMeScreen";
import { TrackScreen } from "../screens/portal/TrackScreen";
import { SurveyScreen } from "../screens/public/SurveyScreen";
import { TrackRequestScreen } from "../screens/public/TrackRequestScreen";
import { UnfollowScreen } from "../screens/public/UnfollowScreen";
import { UnsubscribeScreen } from "../screens/public/UnsubscribeScreen";
import { SignInScreen } from "../screens/SignInScreen";
import { PublicLayout } from "./PublicLayout";
import { RequireSession } from "./RequireSession";
import { NotFound, RouteError } from "./RouteError";
import { StaffLayout } from "./StaffLayout";

/** The site's routes: public pages at `/`, the staff app under `/staff/`. Tests can mount them in a memory router. */
export const routes: RouteObject[] = [
  {
    element: <PublicLayout />,
    errorElement: <RouteError />,
    children: [
      { path: "/", element: <HomeScreen /> },
      {
        path: "/report/:service?",
        lazy: () =>
          import("../screens/portal/report/ReportScreen").then((m) => ({ Component: m.ReportScreen })),
      },
      {
        path: "/performance",
        lazy: () =>
          import("../screens/portal/PerformanceScreen").then((m) => ({ Component: m.PerformanceScreen })),
      },
      { path: "/staff/sign-in", element: <SignInScreen /> },
      { path: "/answers/:slug", element: <AnswerScreen /> },
      { path: "/track", element: <TrackScreen /> },
      { path: "/near-me", element: <NearMeScreen /> },
      { path: "/requests/:number", element: <TrackRequestScreen /> },
      { path: "/unsubscribe", element: <UnsubscribeScreen /> },
      { path: "/unfollow", element: <UnfollowScreen /> },
      { path: "/survey", element: <SurveyScreen /> },
      { path: "*", element: <NotFound /> },
    ],
  },
  {
    path: "/staff",
    element: (
      <RequireSession>
        <StaffLayout />
      </RequireSession>
    ),
    errorElement: <RouteError />,
    children: [
      {
        index: true,
        lazy: () =>
          import("../screens/work-queue/RequestListScreen").then((m) => ({ Component: m.RequestListScreen })),
      },
      {
        path: "requests/:number",
        lazy: () =>
          import("../screens/work-queue/RequestDetailScreen").then((m) => ({
            Component: m.RequestDetailScreen,
          })),
      },
      {
        path: "console",
        lazy: () =>
          import("../screens/call-taker/CallConsoleScreen").then((m) => ({ Component: m.CallConsoleScreen })),
      },
      {
        path: "admin/api-keys",
        lazy: () => import("../screens/admin/ApiKeysScreen").then((m) => ({ Component: m.ApiKeysScreen })),
      },
      ...adminRoutes,
      {
        path: "reports",
        lazy: () => import("../screens/reports/ReportsScreen").then((m) => ({ Component: m.ReportsScreen })),
      },
      {
        path: "wallboard",
        lazy: () =>
          import("../screens/wallboard/WallboardScreen").then((m) => ({ Component: m.WallboardScreen })),
      },
      {
        path: "reports/records",
        lazy: () => import("../screens/reports/RecordsScreen").then((m) => ({ Component: m.RecordsScreen })),
      },
      {
        path: "knowledge-base",
        lazy: () =>
          import("../screens/knowledge-base/KnowledgeBaseScreen").then((m) => ({
            Component: m.KnowledgeBaseScreen,
          })),
      },
      {
        path: "knowledge-base/new",
        lazy: () =>
          import("../screens/knowledge-base/ArticleEditorScreen").then((m) => ({
            Component: m.ArticleEditorScreen,
          })),
      },
      {
        path: "knowledge-base/articles/:id",
        lazy: () =>
          import("../screens/knowledge-base/ArticleEditorScreen").then((m) => ({
            Component: m.ArticleEditorScreen,
          })),
      },
      {
        path: "knowledge-base/synonyms",
        lazy: () =>
          import("../screens/knowledge-base/SynonymsScreen").then((m) => ({ Component: m.SynonymsScreen })),
      },
      { path: "*", element: <NotFound level="h2" /> },
    ],
  },
];

/** Creates the browser router for the whole site. */
export function createRouter() {
  return createBrowserRouter(routes);
}
