import { asc, eq, isNotNull, notInArray, sql } from "drizzle-orm";
import type {
  DistrictDetail,
  DistrictList,
  DistrictSummary,
  DistrictUpdateInput,
  DistrictUploadInput,
  DistrictUploadResult,
} from "../../../common/contracts/routing.js";
import { addresses, districts } from "../../db/schema/index.js";
import type { StaffActor } from "../../platform/actor.js";
import { audit } from "../../platform/audit.js";
import type { Clock } from "../../platform/clock.js";
import type { Db, DbOrTx } from "../../platform/db.js";
import { AppError, notFound } from "../../platform/errors.js";
import {
  bboxOf,
  type DistrictGeometry,
  parseDistricts,
  polygonsOf,
  vertexCount,
} from "./routing.geometry.js";

type Row = typeof districts.$inferSelect;

function summary(row: Row): DistrictSummary {
  const g = row.geometry as DistrictGeometry;
  return {
    code: row.code,
    name: row.name,
    active: row.active,
    vertexCount: vertexCount(g),
    polygonCount: polygonsOf(g).length,
    bbox: [row.minLng, row.minLat, row.maxLng, row.maxLat],
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The wards named by the address list (the district of requests outside every polygon). */
export async function addressWards(db: DbOrTx): Promise<string[]> {
  const rows = await db
    .selectDistinct({ ward: addresses.district })
    .from(addresses)
    .where(isNotNull(addresses.district))
    .orderBy(asc(addresses.district));
  return rows.map((r) => r.ward!).filter(Boolean);
}

/** Every district (active first, then by code) and the address list's wards. */
export async function listDistricts(db: DbOrTx): Promise<DistrictList> {
  // Geometry is read to count vertices; the answer carries only the counts.
  const rows = await db.select().from(districts).orderBy(sql`${districts.active} desc`, districts.code);
  return { items: rows.map(summary), addressWards: await addressWards(db) };
}

/** One district with its geometry. */
export async function getDistrict(db: DbOrTx, code: string): Promise<DistrictDetail> {
  const [row] = await db.select().from(districts).where(eq(districts.code, code));
  if (!row) throw notFound(`District "${code}"`);
  return { ...summary(row), geometry: row.geometry };
}

interface Deps {
  db: Db;
  actor: StaffActor;
  clock: Clock;
}

/** Validates an uploaded FeatureCollection and adds or updates its districts (replace: retires the rest). */
export async function uploadDistricts(deps: Deps, input: DistrictUploadInput): Promise<DistrictUploadResult> {
  const parsed = parseDistricts(input.geojson, input.codeProperty, input.nameProperty);
  if (parsed.problems.length)
    throw new AppError(
      "validation_failed",
      `The file was not loaded: ${parsed.problems
        .slice(0, 5)
        .map((p) => `${p.field} ${p.message}`)
        .join("; ")}${parsed.problems.length > 5 ? ` (and ${parsed.problems.length - 5} more)` : ""}`,
      parsed.problems,
    );
  const now = deps.clock.now();
  return deps.db.transaction(async (tx) => {
    const existing = new Set((await tx.select({ code: districts.code }).from(districts)).map((r) => r.code));
    const result: DistrictUploadResult = { added: [], updated: [], retired: [] };
    for (const d of parsed.districts) {
      const [west, south, east, north] = bboxOf(d.geometry);
      const values = {
        name: d.name,
        geometry: d.geometry,
        minLng: west,
        minLat: south,
        maxLng: east,
        maxLat: north,
        active: true,
        updatedAt: now,
      };
      if (existing.has(d.code)) {
        await tx.update(districts).set(values).where(eq(districts.code, d.code));
        result.updated.push(d.code);
      } else {
        await tx.insert(districts).values({ code: d.code, ...values, createdAt: now });
        result.added.push(d.code);
      }
    }
    if (input.mode === "replace") {
      const retired = await tx
        .update(districts)
        .set({ active: false, updatedAt: now })
        .where(
          sql`${districts.active} and ${notInArray(
            districts.code,
            parsed.districts.map((d) => d.code),
          )}`,
        )
        .returning({ code: districts.code });
      result.retired = retired.map((r) => r.code).sort();
    }
    await audit(tx, deps.actor, "districts.uploaded", "district", null, { mode: input.mode, ...result }, now);
    return result;
  });
}

/** Renames, retires or restores a district (never deletes it: requests keep its code). */
export async function updateDistrict(deps: Deps, code: string, input: DistrictUpdateInput): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ name: districts.name, active: districts.active })
      .from(districts)
      .where(eq(districts.code, code));
    if (!row) throw notFound(`District "${code}"`);
    if (input.name === undefined && input.active === undefined)
      throw new AppError("validation_failed", "Nothing to change: give a name or active.", [
        { field: "name", message: "give a new name, or active to retire or restore" },
      ]);
    await tx
      .update(districts)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.active !== undefined ? { active: input.active } : {}),
        updatedAt: now,
      })
      .where(eq(districts.code, code));
    const action =
      input.active === false && row.active
        ? "district.retired"
        : input.active === true && !row.active
          ? "district.restored"
          : "district.updated";
    await audit(tx, deps.actor, action, "district", code, { before: row, after: input }, now);
  });
}

/** Every value a request's district can take: active polygon codes, then the address list's wards. */
export async function districtChoices(db: DbOrTx): Promise<string[]> {
  const polygons = await db
    .select({ code: districts.code })
    .from(districts)
    .where(eq(districts.active, true))
    .orderBy(districts.code);
  const codes = polygons.map((p) => p.code);
  return [...codes, ...(await addressWards(db)).filter((w) => !codes.includes(w))];
}
