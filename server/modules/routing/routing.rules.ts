import { and, eq, isNull, max, ne, type SQL } from "drizzle-orm";
import type { RoutingRule, RoutingRuleInput } from "../../../common/contracts/routing.js";
import { addresses, departments, districts, routingRules, serviceTypes } from "../../db/schema/index.js";
import type { StaffActor } from "../../platform/actor.js";
import { audit } from "../../platform/audit.js";
import type { Clock } from "../../platform/clock.js";
import type { Db, DbOrTx } from "../../platform/db.js";
import { AppError, notFound } from "../../platform/errors.js";
import type { FieldProblem } from "../../platform/http.js";

interface Deps {
  db: Db;
  actor: StaffActor;
  clock: Clock;
}

function invalid(problems: FieldProblem[]): AppError {
  return new AppError(
    "validation_failed",
    problems.map((p) => `${p.field} ${p.message}`).join("; "),
    problems,
  );
}

/** Every rule in list order (position, then id), or one by id. */
export async function listRules(db: DbOrTx, id?: number): Promise<RoutingRule[]> {
  return db
    .select({
      id: routingRules.id,
      position: routingRules.position,
      serviceCode: serviceTypes.code,
      serviceName: serviceTypes.name,
      district: routingRules.district,
      priority: routingRules.priority,
      departmentCode: departments.code,
      departmentName: departments.name,
    })
    .from(routingRules)
    .innerJoin(serviceTypes, eq(serviceTypes.id, routingRules.serviceTypeId))
    .innerJoin(departments, eq(departments.id, routingRules.departmentId))
    .where(id === undefined ? undefined : eq(routingRules.id, id))
    .orderBy(routingRules.position, routingRules.id);
}

/** Resolves codes to ids; every unknown or retired reference and a duplicate rule is a field problem. */
async function resolve(tx: DbOrTx, input: RoutingRuleInput, id?: number) {
  const problems: FieldProblem[] = [];
  const [service] = await tx
    .select({ id: serviceTypes.id, active: serviceTypes.active })
    .from(serviceTypes)
    .where(eq(serviceTypes.code, input.serviceCode));
  if (!service)
    problems.push({ field: "serviceCode", message: `"${input.serviceCode}" is not a service type` });
  else if (!service.active)
    problems.push({ field: "serviceCode", message: `"${input.serviceCode}" is retired` });
  const [dept] = await tx
    .select({ id: departments.id, active: departments.active })
    .from(departments)
    .where(eq(departments.code, input.departmentCode));
  if (!dept)
    problems.push({ field: "departmentCode", message: `"${input.departmentCode}" is not a department` });
  else if (!dept.active)
    problems.push({ field: "departmentCode", message: `"${input.departmentCode}" is retired` });
  const district = input.district?.trim() || null;
  if (district) {
    const [polygon] = await tx
      .select({ active: districts.active })
      .from(districts)
      .where(eq(districts.code, district));
    const [ward] = polygon
      ? []
      : await tx
          .select({ id: addresses.id })
          .from(addresses)
          .where(eq(addresses.district, district))
          .limit(1);
    if (polygon && !polygon.active) problems.push({ field: "district", message: `"${district}" is retired` });
    else if (!polygon && !ward)
      problems.push({
        field: "district",
        message: `"${district}" is neither a district nor a ward of the address list`,
      });
  }
  if (service && !problems.length) {
    const same: SQL[] = [
      eq(routingRules.serviceTypeId, service.id),
      district === null ? isNull(routingRules.district) : eq(routingRules.district, district),
      input.priority === null ? isNull(routingRules.priority) : eq(routingRules.priority, input.priority),
    ];
    if (id !== undefined) same.push(ne(routingRules.id, id));
    const [dup] = await tx
      .select({ id: routingRules.id })
      .from(routingRules)
      .where(and(...same));
    if (dup)
      problems.push({
        field: "serviceCode",
        message: `already has a rule for this district and priority (rule ${dup.id}); edit that one instead`,
      });
  }
  if (problems.length) throw invalid(problems);
  return { serviceTypeId: service!.id, departmentId: dept!.id, district, priority: input.priority };
}

/** Adds a rule (at the end unless a position is given). */
export async function createRule(deps: Deps, input: RoutingRuleInput): Promise<number> {
  return deps.db.transaction(async (tx) => {
    const values = await resolve(tx, input);
    const [last] = await tx.select({ n: max(routingRules.position) }).from(routingRules);
    const position = input.position ?? (last?.n ?? -1) + 1;
    const [row] = await tx
      .insert(routingRules)
      .values({ ...values, position, createdAt: deps.clock.now() })
      .returning({ id: routingRules.id });
    await audit(
      tx,
      deps.actor,
      "routing_rule.created",
      "routing_rule",
      row!.id,
      { ...input, position },
      deps.clock.now(),
    );
    return row!.id;
  });
}

/** Changes a rule. */
export async function updateRule(deps: Deps, id: number, input: RoutingRuleInput): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [before] = await listRules(tx, id);
    if (!before) throw notFound("Routing rule");
    const values = await resolve(tx, input, id);
    await tx
      .update(routingRules)
      .set({ ...values, position: input.position ?? before.position })
      .where(eq(routingRules.id, id));
    await audit(
      tx,
      deps.actor,
      "routing_rule.updated",
      "routing_rule",
      id,
      { before, after: input },
      deps.clock.now(),
    );
  });
}

/** Deletes a rule: rules are configuration; requests record the rule id only in their timeline data. */
export async function deleteRule(deps: Deps, id: number): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const [before] = await listRules(tx, id);
    if (!before) throw notFound("Routing rule");
    await tx.delete(routingRules).where(eq(routingRules.id, id));
    await audit(tx, deps.actor, "routing_rule.deleted", "routing_rule", id, { before }, deps.clock.now());
  });
}

/** Renumbers every rule in the given order; the list must name each rule exactly once. */
export async function reorderRules(deps: Deps, ids: number[]): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const current = await tx.select({ id: routingRules.id }).from(routingRules);
    const known = new Set(current.map((r) => r.id));
    const given = new Set(ids);
    if (given.size !== ids.length) throw invalid([{ field: "ids", message: "names a rule more than once" }]);
    const unknown = ids.filter((id) => !known.has(id));
    if (unknown.length)
      throw invalid([{ field: "ids", message: `names unknown rules ${unknown.join(", ")}` }]);
    if (given.size !== known.size)
      throw invalid([
        { field: "ids", message: "must list every rule (the list changed: reload and try again)" },
      ]);
    for (const [position, id] of ids.entries())
      await tx.update(routingRules).set({ position }).where(eq(routingRules.id, id));
    await audit(tx, deps.actor, "routing_rules.reordered", "routing_rule", null, { ids }, deps.clock.now());
  });
}
