import { createBrowserRouter, type RouteObject } from "react-router";
import { ApiKeysScreen } from "../screens/admin/ApiKeysScreen";
import { CallConsoleScreen } from "../screens/call-taker/CallConsoleScreen";
import { HomeScreen } from "../screens/HomeScreen";
import { ArticleEditorScreen } from "../screens/knowledge-base/ArticleEditorScreen";
import { KnowledgeBaseScreen } from "../screens/knowledge-base/KnowledgeBaseScreen";
import { SynonymsScreen } from "../screens/knowledge-base/SynonymsScreen";
import { AnswerScreen } from "../screens/portal/AnswerScreen";
import { NearMeScreen } from "../screens/portal/NearMeScreen";
import { TrackScreen } from "../screens/portal/TrackScreen";
import { SurveyScreen } from "../screens/public/SurveyScreen";
import { TrackRequestScreen } from "../screens/public/TrackRequestScreen";
import { UnsubscribeScreen } from "../screens/public/UnsubscribeScreen";
import { SignInScreen } from "../screens/SignInScreen";
import { RequestDetailScreen } from "../screens/work-queue/RequestDetailScreen";
import { RequestListScreen } from "../screens/work-queue/RequestListScreen";
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
      { path: "/staff/sign-in", element: <SignInScreen /> },
      { path: "/answers/:slug", element: <AnswerScreen /> },
      { path: "/track", element: <TrackScreen /> },
      { path: "/near-me", element: <NearMeScreen /> },
      { path: "/requests/:number", element: <TrackRequestScreen /> },
      { path: "/unsubscribe", element: <UnsubscribeScreen /> },
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
      { index: true, element: <RequestListScreen /> },
      { path: "requests/:number", element: <RequestDetailScreen /> },
      { path: "console", element: <CallConsoleScreen /> },
      { path: "admin/api-keys", element: <ApiKeysScreen /> },
      { path: "knowledge-base", element: <KnowledgeBaseScreen /> },
      { path: "knowledge-base/new", element: <ArticleEditorScreen /> },
      { path: "knowledge-base/articles/:id", element: <ArticleEditorScreen /> },
      { path: "knowledge-base/synonyms", element: <SynonymsScreen /> },
      { path: "*", element: <NotFound level="h2" /> },
    ],
  },
];

/** Creates the browser router for the whole site. */
export function createRouter() {
  return createBrowserRouter(routes);
}
