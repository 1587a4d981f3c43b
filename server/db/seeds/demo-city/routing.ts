import type { DbOrTx } from "../../../platform/db.js";
import { routingRules } from "../../schema/index.js";

/** The demo city's routing rules: where a service's requests go elsewhere than its own department. */
export const DEMO_ROUTING_RULES: {
  service: string;
  district: string | null;
  priority: string | null;
  department: string;
  why: string;
}[] = [
  {
    service: "streetlight_out",
    district: "Ward 5",
    priority: null,
    department: "parks",
    why: "The lights of the riverside park paths in Ward 5 belong to Parks and Recreation.",
  },
  {
    service: "illegal_dumping",
    district: null,
    priority: "urgent",
    department: "health",
    why: "Urgent dumping (chemicals, medical waste) goes to the Board of Health first.",
  },
];

/** Inserts the demo routing rules, given the ids of departments and services by code. */
export async function seedRoutingRules(
  db: DbOrTx,
  deptIds: ReadonlyMap<string, number>,
  serviceIds: ReadonlyMap<string, number>,
): Promise<void> {
  const rows = DEMO_ROUTING_RULES.flatMap((r, position) => {
    const serviceTypeId = serviceIds.get(r.service);
    const departmentId = deptIds.get(r.department);
    if (serviceTypeId === undefined || departmentId === undefined) {
      throw new Error(
        `demo routing rule names an unknown service or department: ${r.service} → ${r.department}`,
      );
    }
    return [{ serviceTypeId, district: r.district, priority: r.priority, departmentId, position }];
  });
  await db.insert(routingRules).values(rows);
}
