import { z } from "zod";
import { ROLES } from "../roles.js";

export const signInInput = z.object({
  email: z.string().trim().toLowerCase().email(),
  password: z.string().min(1).max(1024),
});
export type SignInInput = z.infer<typeof signInInput>;

export const departmentRef = z.object({ id: z.number().int(), code: z.string(), name: z.string() });
export type DepartmentRef = z.infer<typeof departmentRef>;

export const sessionUser = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  departments: z.array(departmentRef),
});
export type SessionUser = z.infer<typeof sessionUser>;

/** Body of `POST /api/session` and `GET /api/session`. Send `csrfToken` as `x-csrf-token` on writes. */
export const sessionResponse = z.object({ user: sessionUser, csrfToken: z.string() });
export type SessionResponse = z.infer<typeof sessionResponse>;
