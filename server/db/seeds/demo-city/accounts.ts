import type { Role } from "../../../../common/roles.js";

/** The published demo password. It only exists in demo mode; outside it no account has it. */
export const DEMO_PASSWORD = "demo311";

/** The demo accounts printed at start-up, one per role. */
export const DEMO_ACCOUNTS: {
  email: string;
  name: string;
  role: Role;
  departments: string[];
  label: string;
}[] = [
  {
    email: "operator@civic311.example",
    name: "Olivia Operator",
    role: "operator",
    departments: [],
    label: "operator (call taker)",
  },
  {
    email: "supervisor@civic311.example",
    name: "Sam Supervisor",
    role: "supervisor",
    departments: [],
    label: "supervisor",
  },
  {
    email: "publicworks@civic311.example",
    name: "Pat Publicworks",
    role: "department_staff",
    departments: ["dpw"],
    label: "department staff, Public Works",
  },
  {
    email: "admin@civic311.example",
    name: "Alex Admin",
    role: "admin",
    departments: [],
    label: "administrator",
  },
];
