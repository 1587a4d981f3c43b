import { z } from "zod";
import { ROLES } from "../roles.js";

const roleField = z.enum(ROLES, `must be one of ${ROLES.join(", ")}`);
const departmentCodes = z
  .array(z.string().trim().min(1, "must not be empty").max(64))
  .max(50, "must be at most 50 departments")
  .default([]);

/** Query of `GET /api/admin/people`: every staff account, by name, narrowed by the given filters. */
export const listPeopleQuery = z.object({
  /** Words that must all appear in the name or email. */
  q: z.string().trim().max(200, "must have at most 200 characters").default(""),
  role: z.union([roleField, z.literal("")]).default(""),
  /** A department code: only its members. */
  department: z.string().trim().max(64).default(""),
  active: z.enum(["true", "false", ""], "must be true or false").default(""),
});
export type ListPeopleQuery = z.output<typeof listPeopleQuery>;

const passwordField = z
  .string()
  .max(1024, "must be at most 1024 characters")
  .refine((p) => p === "" || p.length >= 10, "must be at least 10 characters")
  .default("");

const personShape = z.object({
  name: z.string().trim().min(1, "is required").max(200, "must have at most 200 characters"),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(254, "must have at most 254 characters")
    .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, "is not an email address"),
  role: roleField,
  departmentCodes,
});

// Checked on the whole body so every problem is reported at once, beside the department checkboxes.
function departmentStaffNeedADepartment(
  value: { role: string; departmentCodes: string[] },
  ctx: z.RefinementCtx,
): void {
  if (value.role === "department_staff" && value.departmentCodes.length === 0)
    ctx.addIssue({
      code: "custom",
      path: ["departmentCodes"],
      message: "department staff need at least one department",
    });
}

/** Body of `PUT /api/admin/people/:id`: who the person is, what they may do, which departments they work for. */
export const personInput = personShape.superRefine(departmentStaffNeedADepartment);
export type PersonInput = z.output<typeof personInput>;

/**
 * Body of `POST /api/admin/people`. With no `password` (or an empty one) the server generates a temporary
 * password and shows it once in the answer.
 */
export const createPersonInput = personShape
  .extend({ password: passwordField })
  .superRefine(departmentStaffNeedADepartment);
export type CreatePersonInput = z.input<typeof createPersonInput>;

/** Body of `POST /api/admin/people/:id/reset-password`: a chosen password, or none to generate one. */
export const resetPasswordInput = z.object({ password: passwordField });
export type ResetPasswordInput = z.input<typeof resetPasswordInput>;

/** One staff account as administrators see it: never a password or its hash. */
export const personSummary = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  role: roleField,
  departments: z.array(z.object({ code: z.string(), name: z.string() })),
  active: z.boolean(),
  lastSignInAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type PersonSummary = z.infer<typeof personSummary>;

/** Body of `GET /api/admin/people`. */
export const personList = z.object({ items: z.array(personSummary) });
export type PersonList = z.infer<typeof personList>;

/**
 * Answer of creating a person or resetting a password. `temporaryPassword` is there only when the server
 * generated it: it is shown once and never stored in clear.
 */
export const personWithPassword = z.object({
  person: personSummary,
  temporaryPassword: z.string().nullable(),
});
export type PersonWithPassword = z.infer<typeof personWithPassword>;
