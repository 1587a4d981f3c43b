/**
 * The audit log viewer's SQL: administrative records (`audit_log`, alias `a`) and request events
 * (`request_events`, alias `e`) as one list, newest first. Each side is filtered, ordered and limited on its
 * own (so `audit_log_at_idx` serves the first), then the two are merged.
 */
import { type SQL, sql } from "drizzle-orm";
import type { AuditFilters } from "../../../common/contracts/audit.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";

/** Where a page ended: the last row's exact time (microseconds, as text), its side and its id. */
export interface AuditCursor {
  at: string;
  src: "a" | "e";
  id: number;
}

/** One merged row as the database returns it. */
export interface AuditRow {
  src: "a" | "e";
  id: number | string;
  at_key: string;
  actor_user_id: number | null;
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string | null;
  data: Record<string, unknown> | string | null;
  body: string | null;
}

const REQUEST_ENTITIES = sql`('request', 'service_request')`;
const AT_KEY = (column: SQL) => sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The cursor a page hands out for its last row. */
export function encodeCursor(c: AuditCursor): string {
  return Buffer.from(JSON.stringify([c.at, c.src, c.id])).toString("base64url");
}

/** A cursor from the query string, or a 400 when it was not made by `encodeCursor`. */
export function decodeCursor(text: string): AuditCursor {
  try {
    const [at, src, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    if (
      typeof at === "string" &&
      /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/.test(at) &&
      (src === "a" || src === "e") &&
      Number.isSafeInteger(id) &&
      (id as number) > 0
    ) {
      return { at, src, id: id as number };
    }
  } catch {
    // fall through to the one message below
  }
  throw new AppError("bad_request", "That page cursor is not valid: start again from the first page.");
}

/** `action` matches exactly, or as its first part ("api_key" finds api_key.created and api_key.revoked). */
function actionMatches(column: SQL, action: string): SQL {
  const like = `${action.replaceAll("_", "\\_")}.%`;
  return sql`(${column} = ${action} or ${column} like ${like})`;
}

/** The rows after the cursor, for one side whose order is (at desc, id desc). */
function afterCursor(at: SQL, id: SQL, src: "a" | "e", c: AuditCursor): SQL {
  const cAt = sql`${c.at}::timestamptz`;
  if (src === c.src) return sql`(${at} < ${cAt} or (${at} = ${cAt} and ${id} < ${c.id}))`;
  // Merged order is (at desc, src desc): at the same instant "e" rows come before "a" rows.
  return src < c.src ? sql`${at} <= ${cAt}` : sql`${at} < ${cAt}`;
}

function dateBounds(at: SQL, f: AuditFilters, tz: string): SQL[] {
  const out: SQL[] = [];
  if (f.from) out.push(sql`${at} >= (${f.from}::date::timestamp at time zone ${tz})`);
  if (f.to) out.push(sql`${at} < ((${f.to}::date + 1)::timestamp at time zone ${tz})`);
  return out;
}

const and = (conds: SQL[]): SQL => (conds.length ? sql.join(conds, sql` and `) : sql`true`);

function adminSide(f: AuditFilters, tz: string, cursor: AuditCursor | null) {
  const conds: SQL[] = [];
  if (f.person === "system") conds.push(sql`a.actor_user_id is null`);
  else if (f.person) conds.push(sql`a.actor_user_id = ${Number(f.person)}`);
  if (f.entity === "request") conds.push(sql`a.entity in ${REQUEST_ENTITIES}`);
  else if (f.entity) conds.push(sql`a.entity = ${f.entity}`);
  if (f.entityId) {
    conds.push(
      f.entity && f.entity !== "request"
        ? sql`a.entity_id = ${f.entityId}`
        : sql`coalesce(sr.number, a.entity_id) = ${f.entityId}`,
    );
  }
  if (f.action) conds.push(actionMatches(sql`a.action`, f.action));
  conds.push(...dateBounds(sql`a.at`, f, tz));
  if (f.q) {
    const like = `%${f.q}%`;
    conds.push(
      sql`(a.action ilike ${like} or a.actor_label ilike ${like} or a.entity ilike ${like}
        or coalesce(sr.number, a.entity_id) ilike ${like} or a.data::text ilike ${like})`,
    );
  }
  const from = sql`audit_log a left join service_requests sr on a.entity in ${REQUEST_ENTITIES}
    and sr.id = (case when a.entity_id ~ '^[0-9]{1,9}$' then a.entity_id::int end)`;
  const paged = cursor ? [...conds, afterCursor(sql`a.at`, sql`a.id`, "a", cursor)] : conds;
  return { from, where: and(conds), pagedWhere: and(paged) };
}

function eventSide(f: AuditFilters, tz: string, cursor: AuditCursor | null) {
  // Request events are about requests only: another object type means none of them.
  if (f.entity && f.entity !== "request") return null;
  const conds: SQL[] = [];
  if (f.person === "system") conds.push(sql`e.actor_user_id is null`);
  else if (f.person) conds.push(sql`e.actor_user_id = ${Number(f.person)}`);
  if (f.entityId) conds.push(sql`sr.number = ${f.entityId}`);
  if (f.action) conds.push(actionMatches(sql`('request.' || e.type)`, f.action));
  conds.push(...dateBounds(sql`e.at`, f, tz));
  if (f.q) {
    // Never the body: notes and comments hold what residents wrote.
    const like = `%${f.q}%`;
    conds.push(
      sql`(('request.' || e.type) ilike ${like} or e.actor_label ilike ${like} or sr.number ilike ${like}
        or e.data::text ilike ${like})`,
    );
  }
  const from = sql`request_events e join service_requests sr on sr.id = e.request_id`;
  const paged = cursor ? [...conds, afterCursor(sql`e.at`, sql`e.id`, "e", cursor)] : conds;
  return { from, where: and(conds), pagedWhere: and(paged) };
}

/** Up to `limit` rows after `cursor` (or from the newest), newest first. */
export async function selectAuditRows(
  db: DbOrTx,
  f: AuditFilters,
  tz: string,
  cursor: AuditCursor | null,
  limit: number,
): Promise<AuditRow[]> {
  const a = adminSide(f, tz, cursor);
  const e = eventSide(f, tz, cursor);
  const adminSql = sql`(select 'a' as src, a.id, ${AT_KEY(sql`a.at`)} as at_key, a.at, a.actor_user_id,
      a.actor_label, a.action,
      case when a.entity in ${REQUEST_ENTITIES} then 'request' else a.entity end as entity,
      coalesce(sr.number, a.entity_id) as entity_id, a.data, null::text as body
    from ${a.from} where ${a.pagedWhere} order by a.at desc, a.id desc limit ${limit})`;
  if (!e) return rows<AuditRow>(db, adminSql);
  // Only events whose body the system wrote (never a note, comment or reason someone typed) keep it.
  const eventSql = sql`(select 'e' as src, e.id, ${AT_KEY(sql`e.at`)} as at_key, e.at, e.actor_user_id,
      e.actor_label, 'request.' || e.type as action, 'request' as entity, sr.number as entity_id, e.data,
      case when e.type in ('created', 'assigned', 'escalated', 'merged', 'caller_added') then e.body end
        as body
    from ${e.from} where ${e.pagedWhere} order by e.at desc, e.id desc limit ${limit})`;
  return rows<AuditRow>(
    db,
    sql`select * from (${adminSql} union all ${eventSql}) x order by x.at desc, x.src desc, x.id desc
      limit ${limit}`,
  );
}

/** How many rows the filters match, on both sides. */
export async function countAuditRows(db: DbOrTx, f: AuditFilters, tz: string): Promise<number> {
  const a = adminSide(f, tz, null);
  const e = eventSide(f, tz, null);
  const events = e ? sql`(select count(*) from ${e.from} where ${e.where})` : sql`0`;
  const [row] = await rows<{ n: number | string }>(
    db,
    sql`select (select count(*) from ${a.from} where ${a.where}) + ${events} as n`,
  );
  return Number(row?.n ?? 0);
}

/** The people, object types and actions present in the log, for the filter form. */
export async function selectAuditFacets(db: DbOrTx) {
  const people = await rows<{ id: number; name: string }>(
    db,
    sql`select u.id, u.name from users u where u.id in (
        select actor_user_id from audit_log where actor_user_id is not null
        union select actor_user_id from request_events where actor_user_id is not null)
      order by u.name, u.id`,
  );
  const entities = await rows<{ entity: string }>(
    db,
    sql`select distinct case when entity in ${REQUEST_ENTITIES} then 'request' else entity end as entity
      from audit_log union select 'request' order by 1`,
  );
  const actions = await rows<{ action: string }>(
    db,
    sql`select distinct action from audit_log
      union select distinct 'request.' || type from request_events order by 1`,
  );
  return {
    people: people.map((p) => ({ id: Number(p.id), name: p.name })),
    entities: entities.map((r) => r.entity),
    actions: actions.map((r) => r.action),
  };
}
