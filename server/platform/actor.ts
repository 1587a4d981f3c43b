import type { FastifyRequest } from "fastify";
import type { Role } from "../../common/roles.js";
import { AppError } from "./errors.js";

/** Who is doing something. Commands record it on every change; policies decide on it. */
export type Actor =
  | { kind: "staff"; userId: number; name: string; role: Role; departmentIds: readonly number[] }
  | { kind: "system"; label: string }
  | { kind: "resident"; constituentId: number | null; label: string }
  | { kind: "api_client"; apiKeyId: number; label: string };

/** The label written into timelines and the audit log for an actor. */
export function actorLabel(actor: Actor): string {
  return actor.kind === "staff" ? actor.name : actor.label;
}

/** The user id to record for an actor, when the actor is a staff member. */
export function actorUserId(actor: Actor): number | null {
  return actor.kind === "staff" ? actor.userId : null;
}

export const SYSTEM: Actor = { kind: "system", label: "System" };

declare module "fastify" {
  interface FastifyRequest {
    /** Who is calling: set by the auth hook for staff sessions, null for anonymous requests. */
    actor: Actor | null;
  }
}

export type StaffActor = Extract<Actor, { kind: "staff" }>;

/** The signed-in staff actor, or a 401 for anyone else. */
export function requireStaff(request: FastifyRequest): StaffActor {
  const actor = request.actor;
  if (actor?.kind !== "staff") throw new AppError("unauthenticated", "Sign in to continue.");
  return actor;
}
