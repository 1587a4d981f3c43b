import type { SessionUser } from "../../common/contracts/session.js";

/** One entry of a role's navigation; `to` may carry list filters in its query string. */
export interface NavItem {
  label: string;
  to: string;
}

/** What a role's layout shows: its heading, its navigation and an optional note. */
export interface Workspace {
  heading: string;
  nav: NavItem[];
  note?: string;
}

const allRequests: NavItem = { label: "Requests", to: "/staff/" };
const callConsole: NavItem = { label: "Call console", to: "/staff/console" };
const knowledgeBase: NavItem = { label: "Knowledge base", to: "/staff/knowledge-base" };
const reports: NavItem = { label: "Reports", to: "/staff/reports" };
const wallboard: NavItem = { label: "Wallboard", to: "/staff/wallboard" };

/** The workspace each role gets: operators take calls, supervisors watch lateness, departments work queues. */
export function workspaceFor(user: SessionUser): Workspace {
  switch (user.role) {
    case "operator":
      return { heading: "Operator workspace", nav: [callConsole, allRequests] };
    case "supervisor":
      return {
        heading: "Supervisor workspace",
        nav: [
          reports,
          wallboard,
          allRequests,
          { label: "Overdue", to: "/staff/?overdue=true" },
          callConsole,
          knowledgeBase,
        ],
      };
    case "department_staff": {
      const names = user.departments.map((d) => d.name);
      const codes = user.departments.map((d) => encodeURIComponent(d.code)).join(",");
      return {
        heading: names.length > 0 ? `${names.join(", ")} queue` : "Department queue",
        nav: [
          {
            label: "My department's queue",
            to: codes ? `/staff/?department=${codes}` : "/staff/",
          },
          { label: "Assigned to me", to: "/staff/?assignee=me" },
        ],
      };
    }
    case "admin":
      return {
        heading: "Administration workspace",
        nav: [
          allRequests,
          reports,
          wallboard,
          callConsole,
          knowledgeBase,
          { label: "Administration", to: "/staff/admin" },
        ],
      };
  }
}
