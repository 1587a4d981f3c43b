/** Staff roles. Department staff are further scoped to the departments they belong to. */
export const ROLES = ["operator", "supervisor", "department_staff", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  operator: "Operator",
  supervisor: "Supervisor",
  department_staff: "Department staff",
  admin: "Administrator",
};
