/**
 * Writing imported requests: the catalog they need (services and a department under "Imported", created
 * with an audit record) and batches of requests with their timeline, in one statement per batch.
 *
 * One `INSERT … SELECT FROM jsonb_to_recordset($1)` per batch on both databases: a single parameter, no
 * per-row round trip, and the same SQL on PGlite and PostgreSQL. Rows whose (source_system, source_id) is
 * already stored are skipped in that statement (service_requests_source_idx), so a second import of the
 * same file inserts nothing. Two imports of the same file at the same moment could both insert a row;
 * imports are run one at a time by an administrator, so no unique index is added for that.
 *
 * `due_at` is left null: the SLA of years-old requests would be computed on today's calendars, and the
 * source's own due date (when it has one) is kept instead.
 */
import { eq, sql } from "drizzle-orm";
import { CLOSE_REASON_LABELS } from "../../../common/statuses.js";
import { departments, serviceTypes } from "../../db/schema/index.js";
import type { Actor } from "../../platform/actor.js";
import { audit } from "../../platform/audit.js";
import { type Db, type DbOrTx, rows } from "../../platform/db.js";
import type { CatalogEntry, Mapping } from "./imports.mapping.js";
import type { SourceRequest } from "./imports.types.js";

export const IMPORTED_GROUP = "Imported";
export const IMPORTED_DEPARTMENT = "imported";

/** A request ready to write: the source row with our service type and department. */
export interface ResolvedRequest {
  request: SourceRequest;
  serviceTypeId: number;
  departmentId: number;
}

/** The catalog the guesser compares source services with. */
export async function loadCatalog(db: DbOrTx): Promise<CatalogEntry[]> {
  return db
    .select({ code: serviceTypes.code, name: serviceTypes.name, keywords: serviceTypes.keywords })
    .from(serviceTypes);
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "service"
  );
}

/**
 * Finds our service type and department for source services and departments, creating what the mapping
 * leaves unmapped under "Imported" (one transaction, with an audit record per thing created). Cached.
 */
export class CatalogResolver {
  private services = new Map<string, { id: number; departmentId: number }>();
  private departmentIds = new Map<string, number | null>();
  created: string[] = [];

  constructor(
    private readonly db: Db,
    private readonly actor: Actor,
    private readonly mapping: Mapping | null,
  ) {}

  /** Our department id for a source department, when the mapping names one that exists. */
  async department(source: string | null): Promise<number | null> {
    if (source === null) return null;
    const code = this.mapping?.departments[source];
    if (!code) return null;
    if (!this.departmentIds.has(code)) {
      const id =
        code === IMPORTED_DEPARTMENT ? await this.importedDepartment(this.db) : await this.find(code);
      this.departmentIds.set(code, id);
    }
    return this.departmentIds.get(code) ?? null;
  }

  private async find(code: string): Promise<number | null> {
    const [row] = await this.db
      .select({ id: departments.id })
      .from(departments)
      .where(eq(departments.code, code));
    return row?.id ?? null;
  }

  /** Our service type (and its department) for a source service. */
  async service(r: SourceRequest): Promise<{ id: number; departmentId: number }> {
    const key = r.serviceCode;
    const cached = this.services.get(key);
    if (cached) return cached;
    const wanted = this.mapping?.services[key]?.serviceType ?? null;
    let found: { id: number; departmentId: number } | undefined;
    if (wanted) {
      [found] = await this.db
        .select({ id: serviceTypes.id, departmentId: serviceTypes.departmentId })
        .from(serviceTypes)
        .where(eq(serviceTypes.code, wanted));
      if (!found) throw new Error(`The mapping names service type "${wanted}", which is not in the catalog.`);
    } else found = await this.createImported(r);
    this.services.set(key, found);
    return found;
  }

  private async createImported(r: SourceRequest): Promise<{ id: number; departmentId: number }> {
    const code = `imported-${slug(r.serviceName)}`;
    return this.db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: serviceTypes.id, departmentId: serviceTypes.departmentId })
        .from(serviceTypes)
        .where(eq(serviceTypes.code, code));
      if (existing) return existing;
      const departmentId = (await this.department(r.department)) ?? (await this.importedDepartment(tx));
      const [row] = await tx
        .insert(serviceTypes)
        .values({
          code,
          name: r.serviceName,
          groupName: IMPORTED_GROUP,
          description: `Imported from ${r.sourceSystem} (source code ${r.serviceCode}).`,
          departmentId,
          availableOnline: false,
          active: false,
        })
        .returning({ id: serviceTypes.id, departmentId: serviceTypes.departmentId });
      await audit(tx, this.actor, "service_type.imported", "service_type", row!.id, {
        code,
        sourceSystem: r.sourceSystem,
        sourceCode: r.serviceCode,
      });
      this.created.push(`service type ${code}`);
      return row!;
    });
  }

  private async importedDepartment(tx: DbOrTx): Promise<number> {
    const [found] = await tx
      .select({ id: departments.id })
      .from(departments)
      .where(eq(departments.code, IMPORTED_DEPARTMENT));
    if (found) return found.id;
    const [row] = await tx
      .insert(departments)
      .values({
        code: IMPORTED_DEPARTMENT,
        name: "Imported",
        description: "Owner of services brought in by an import that the mapping file did not match.",
      })
      .returning({ id: departments.id });
    await audit(tx, this.actor, "department.imported", "department", row!.id, { code: IMPORTED_DEPARTMENT });
    this.created.push(`department ${IMPORTED_DEPARTMENT}`);
    return row!.id;
  }
}

/** The source ids of these rows that are already stored, as "system\u0000id" keys. */
export async function existingSourceKeys(db: DbOrTx, batch: readonly SourceRequest[]): Promise<Set<string>> {
  const keys = batch.map((r) => ({ s: r.sourceSystem, i: r.sourceId }));
  const found = await rows<{ s: string; i: string }>(
    db,
    sql`select r.source_system as s, r.source_id as i from service_requests r
        join jsonb_to_recordset(${JSON.stringify(keys)}::jsonb) as k(s text, i text)
          on r.source_system = k.s and r.source_id = k.i`,
  );
  return new Set(found.map((f) => `${f.s}\u0000${f.i}`));
}

/**
 * Writes one batch: new tracking numbers, the requests, a public "created" event each (marked imported)
 * and, for closed ones, a "status_changed" event at the close with the source's notes, and media URLs as
 * attachments. Rows already imported (or repeated in the batch) are skipped. Returns how many were written.
 */
export async function writeBatch(
  db: DbOrTx,
  batch: readonly ResolvedRequest[],
  label: string,
): Promise<number> {
  const payload = JSON.stringify(
    batch.map((b, ord) => {
      const r = b.request;
      return {
        ord,
        ss: r.sourceSystem,
        si: r.sourceId,
        st: b.serviceTypeId,
        dp: b.departmentId,
        status: r.status,
        cr: r.closeReason,
        descr: r.description,
        addr: r.address,
        lat: r.lat,
        lng: r.lng,
        ch: r.channel ?? "open311",
        ca: r.createdAt.toISOString(),
        ua: (r.updatedAt ?? r.closedAt ?? r.createdAt).toISOString(),
        cl: r.closedAt?.toISOString() ?? null,
        du: r.dueAt?.toISOString() ?? null,
        notes: r.statusNotes,
        media: r.mediaUrl && /^https?:\/\//i.test(r.mediaUrl) ? r.mediaUrl.slice(0, 2000) : null,
      };
    }),
  );
  const result = await rows<{ n: number }>(
    db,
    sql`with src as (
      select distinct on (ss, si) * from jsonb_to_recordset(${payload}::jsonb) as x(
        ord int, ss text, si text, st int, dp int, status text, cr text, descr text, addr text,
        lat float8, lng float8, ch text, ca timestamptz, ua timestamptz, cl timestamptz, du timestamptz,
        notes text, media text)
      where not exists (select 1 from service_requests s where s.source_system = x.ss and s.source_id = x.si)
      order by ss, si, ord
    ), ins as (
      insert into service_requests (number, service_type_id, status, close_reason, description, address,
        lat, lng, department_id, due_at, channel, source_system, source_id, created_at, updated_at, closed_at)
      select nextval('request_number_seq')::text, st, status, cr, descr, addr, lat, lng, dp, du, ch, ss, si,
        ca, ua, cl
      from src order by ca, ord
      returning id, source_system, source_id, created_at, closed_at, status, close_reason, service_type_id
    ), j as (
      select ins.*, src.notes, src.media, t.name as service_name
      from ins join src on src.ss = ins.source_system and src.si = ins.source_id
      join service_types t on t.id = ins.service_type_id
    ), created as (
      insert into request_events (request_id, type, at, actor_label, public, body, data)
      select id, 'created', created_at, ${label}, true,
        service_name || ' request imported from ' || source_system || '.',
        jsonb_build_object('imported', true, 'sourceSystem', source_system, 'sourceId', source_id)
      from j
      union all
      select id, 'status_changed', closed_at, ${label}, true, notes,
        jsonb_build_object('from', 'new', 'to', 'closed', 'closeReason', close_reason, 'imported', true,
          'label', 'Closed: ' || coalesce(${JSON.stringify(CLOSE_REASON_LABELS)}::jsonb ->> close_reason, 'Closed'))
      from j where status = 'closed'
      returning 1
    ), media as (
      insert into attachments (request_id, source_url, filename, content_type, byte_size, public, created_at)
      select id, media, coalesce(nullif(left(regexp_replace(media, '^.*/', ''), 200), ''), 'media'),
        'application/octet-stream', 0, true, created_at
      from j where media is not null
      returning 1
    )
    select (select count(*) from ins)::int as n`,
  );
  return result[0]?.n ?? 0;
}
