import { eq } from "drizzle-orm";
import type { RoutingTestInput, RoutingTestResult } from "../../../common/contracts/routing.js";
import { departments } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";
import type { FieldProblem } from "../../platform/http.js";
import { findAddress, geocode } from "../addresses/index.js";
import { getServiceByCode } from "../catalog/index.js";
import { decideRouting } from "./routing.decide.js";
import { listRules } from "./routing.rules.js";

/**
 * "Which department would get this?": places the request as creation would (address id, else the
 * geocoded text; explicit lat/lng win, as in create-request) and asks the same decideRouting.
 */
export async function testRouting(db: DbOrTx, input: RoutingTestInput): Promise<RoutingTestResult> {
  const problems: FieldProblem[] = [];
  const service = await getServiceByCode(db, input.serviceCode);
  if (!service?.active)
    problems.push({ field: "serviceCode", message: `"${input.serviceCode}" is not an active service` });
  if ((input.lat === undefined) !== (input.lng === undefined))
    problems.push({
      field: input.lat === undefined ? "lat" : "lng",
      message: "is needed with the other coordinate",
    });
  let label: string | null = null;
  let lat = input.lat ?? null;
  let lng = input.lng ?? null;
  let ward: string | null = null;
  let addressId = input.addressId ?? null;
  if (addressId === null && input.address) {
    const found = await geocode(db, input.address);
    if (!found)
      problems.push({
        field: "address",
        message: `"${input.address}" was not found in the address list or street map`,
      });
    else {
      label = found.label;
      if (found.kind === "address") addressId = found.id;
      else {
        lat ??= found.lat;
        lng ??= found.lng;
      }
    }
  }
  if (addressId !== null) {
    const a = await findAddress(db, addressId);
    if (!a) problems.push({ field: "addressId", message: "is not an address in the master list" });
    else {
      label = a.fullAddress;
      lat ??= a.lat;
      lng ??= a.lng;
      ward = a.district;
    }
  }
  if (problems.length || !service)
    throw new AppError(
      "validation_failed",
      problems.map((p) => `${p.field} ${p.message}`).join("; "),
      problems,
    );
  const priority = input.priority ?? service.priority;
  const decided = await decideRouting(db, {
    serviceTypeId: service.id,
    lat,
    lng,
    addressWard: ward,
    priority,
  });
  const [rule] = decided.rule ? await listRules(db, decided.rule.id) : [];
  const [dept] = rule
    ? await db
        .select({ code: departments.code, name: departments.name })
        .from(departments)
        .where(eq(departments.id, decided.rule!.departmentId))
    : [service.department];
  const where =
    decided.districtSource === "polygon"
      ? `The point lies in district ${decided.district}.`
      : decided.districtSource === "address"
        ? `No district polygon contains the point; the address is in ${decided.district}.`
        : "No district: the place is in no district polygon and has no address ward.";
  const why = rule
    ? `The rule "${[rule.serviceName, rule.district ?? "any district", rule.priority ? `${rule.priority} priority` : "any priority"].join(", ")}" sends it to ${rule.departmentName}.`
    : `No routing rule matches, so it goes to the service's own department, ${service.department.name}.`;
  return {
    department: { code: dept!.code, name: dept!.name },
    district: decided.district,
    districtSource: decided.districtSource,
    priority,
    rule: rule ?? null,
    location: { label, lat, lng },
    explanation: `${where} ${why}`,
  };
}
