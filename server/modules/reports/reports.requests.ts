/**
 * Request measures: volume, backlog, on-time %, days to close, reopen rate, duplicates, satisfaction and a
 * map, computed live from the tables (no copy to go stale; see ADR 0011 for why that is fast enough).
 * Each grouped figure comes from one pass with GROUPING SETS, so totals and breakdowns are the same rows.
 */
import { type SQL, sql } from "drizzle-orm";
import {
  BACKLOG_AGES,
  type ReportFilters,
  type RequestDashboard,
} from "../../../common/contracts/reports.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { bucketLabels } from "./reports.buckets.js";
import {
  ageBand,
  bucketOf,
  closedIn,
  DAYS_TO_CLOSE,
  inRange,
  LATE,
  ON_TIME,
  OPEN,
  openedIn,
  pct,
  REOPENED,
  requestScope,
  round2,
  TIMED,
} from "./reports.filters.js";

/** Map cells are this many degrees on a side (about 550 m north-south). */
export const CELL_SIZE = 0.005;

interface Named {
  id: number;
  code: string;
  name: string;
  group: string | null;
}

/** Codes and names of services and departments, for labelling grouped rows. */
export async function catalogNames(db: DbOrTx) {
  const [services, departments] = await Promise.all([
    rows<Named>(db, sql`select id, code, name, group_name as "group" from service_types`),
    rows<Named>(db, sql`select id, code, name, null as "group" from departments`),
  ]);
  return {
    service: new Map(services.map((s) => [s.id, s])),
    department: new Map(departments.map((d) => [d.id, d])),
  };
}

interface CloseRow {
  s: number | null;
  d: number | null;
  w: string | null;
  g: number;
  closed: number;
  duplicates: number;
  timed: number;
  on_time: number;
  late: number;
  median: number | null;
  p90: number | null;
}

/** Closed-request figures for the totals and each service, department and district, in one pass. */
export function closeFiguresQuery(db: DbOrTx, where: SQL) {
  return rows<CloseRow>(
    db,
    sql`select sr.service_type_id as s, sr.department_id as d, sr.district as w,
      grouping(sr.service_type_id, sr.department_id, sr.district)::int as g,
      count(*)::int as closed,
      (count(*) filter (where sr.close_reason = 'duplicate'))::int as duplicates,
      (count(*) filter (where ${TIMED}))::int as timed,
      (count(*) filter (where ${TIMED} and ${ON_TIME}))::int as on_time,
      (count(*) filter (where ${TIMED} and ${LATE}))::int as late,
      (percentile_cont(0.5) within group (order by ${DAYS_TO_CLOSE}) filter (where ${TIMED}))::float8 as median,
      (percentile_cont(0.9) within group (order by ${DAYS_TO_CLOSE}) filter (where ${TIMED}))::float8 as p90
    from service_requests sr where ${where}
    group by grouping sets ((sr.service_type_id), (sr.department_id), (sr.district), ())`,
  );
}

/** The figures of one closed group, as the contract shapes them. */
export function closeFigures(r: CloseRow | undefined) {
  return {
    closed: r?.closed ?? 0,
    timed: r?.timed ?? 0,
    onTime: r?.on_time ?? 0,
    late: r?.late ?? 0,
    onTimePct: pct(r?.on_time ?? 0, (r?.on_time ?? 0) + (r?.late ?? 0)),
    medianDays: round2(r?.median),
    p90Days: round2(r?.p90),
    duplicates: r?.duplicates ?? 0,
  };
}

// grouping() bits: 4 = service rolled up, 2 = department, 1 = district.
const BY_SERVICE = 3;
const BY_DEPARTMENT = 5;
const BY_DISTRICT = 6;
const TOTAL = 7;

/** The request dashboard for the filters, with the open backlog as of `now`. */
export async function requestDashboard(
  db: DbOrTx,
  timeZone: string,
  f: ReportFilters,
  now: Date = new Date(),
): Promise<RequestDashboard> {
  const scope = requestScope(f);
  const opened = sql`${openedIn(f, timeZone)} and ${scope}`;
  const closed = sql`${closedIn(f, timeZone)} and ${scope}`;
  const [names, openRows, closeRows, openSeries, closeSeries, backlogRows, ratingRows, cellRows] =
    await Promise.all([
      catalogNames(db),
      rows<{
        s: number | null;
        d: number | null;
        w: string | null;
        g: number;
        opened: number;
        reopened: number;
      }>(
        db,
        sql`select sr.service_type_id as s, sr.department_id as d, sr.district as w,
          grouping(sr.service_type_id, sr.department_id, sr.district)::int as g,
          count(*)::int as opened, (count(*) filter (where ${REOPENED}))::int as reopened
        from service_requests sr where ${opened}
        group by grouping sets ((sr.service_type_id), (sr.department_id), (sr.district), ())`,
      ),
      closeFiguresQuery(db, closed),
      rows<{ b: string; n: number }>(
        db,
        sql`select ${bucketOf(sql`sr.created_at`, f.interval, timeZone)} as b, count(*)::int as n
        from service_requests sr where ${opened} group by 1`,
      ),
      rows<{ b: string; n: number }>(
        db,
        sql`select ${bucketOf(sql`sr.closed_at`, f.interval, timeZone)} as b, count(*)::int as n
        from service_requests sr where ${closed} group by 1`,
      ),
      rows<{ d: number; total: number; ages: number[] }>(
        db,
        sql`select sr.department_id as d, count(*)::int as total,
          array[${sql.join(
            BACKLOG_AGES.map(([label]) => sql`(count(*) filter (where ${ageBand(label, now)}))::int`),
            sql`, `,
          )}] as ages
        from service_requests sr where ${OPEN} and ${scope} group by 1`,
      ),
      rows<{ rating: number; n: number }>(
        db,
        sql`select s.rating, count(*)::int as n from survey_responses s
        join service_requests sr on sr.id = s.request_id
        where ${inRange(sql`s.created_at`, f, timeZone)} and ${scope} group by 1 order by 1`,
      ),
      rows<{ row: number; col: number; n: number }>(
        db,
        sql`select floor(sr.lat / ${CELL_SIZE})::int as row, floor(sr.lng / ${CELL_SIZE})::int as col, count(*)::int as n
        from service_requests sr where ${opened} and sr.lat is not null and sr.lng is not null
        group by 1, 2 order by 3 desc limit 5000`,
      ),
    ]);

  const openTotal = openRows.find((r) => r.g === TOTAL);
  const closeTotal = closeRows.find((r) => r.g === TOTAL);
  const backlogTotal = backlogRows.reduce((n, r) => n + r.total, 0);
  const rated = ratingRows.reduce((n, r) => n + r.n, 0);
  const ratingSum = ratingRows.reduce((n, r) => n + r.rating * r.n, 0);

  const openedBy = (g: number, key: (r: (typeof openRows)[number]) => unknown) =>
    new Map(openRows.filter((r) => r.g === g).map((r) => [key(r), r]));
  const closedBy = (g: number, key: (r: CloseRow) => unknown) =>
    new Map(closeRows.filter((r) => r.g === g).map((r) => [key(r), r]));

  const svcOpen = openedBy(BY_SERVICE, (r) => r.s);
  const svcClose = closedBy(BY_SERVICE, (r) => r.s);
  const byService = [...new Set([...svcOpen.keys(), ...svcClose.keys()])]
    .map((id) => {
      const s = names.service.get(id as number);
      const o = svcOpen.get(id);
      return {
        code: s?.code ?? "?",
        name: s?.name ?? "Unknown service",
        opened: o?.opened ?? 0,
        reopened: o?.reopened ?? 0,
        ...closeFigures(svcClose.get(id)),
      };
    })
    .sort((a, b) => b.opened - a.opened || a.name.localeCompare(b.name));

  const deptOpen = openedBy(BY_DEPARTMENT, (r) => r.d);
  const deptClose = closedBy(BY_DEPARTMENT, (r) => r.d);
  const deptBacklog = new Map(backlogRows.map((r) => [r.d, r]));
  const byDepartment = [...new Set([...deptOpen.keys(), ...deptClose.keys(), ...deptBacklog.keys()])]
    .map((id) => {
      const d = names.department.get(id as number);
      return {
        code: d?.code ?? "?",
        name: d?.name ?? "Unknown department",
        opened: deptOpen.get(id)?.opened ?? 0,
        closed: deptClose.get(id)?.closed ?? 0,
        backlog: deptBacklog.get(id as number)?.total ?? 0,
      };
    })
    .sort((a, b) => b.opened - a.opened || a.name.localeCompare(b.name));

  const distOpen = openedBy(BY_DISTRICT, (r) => r.w);
  const distClose = closedBy(BY_DISTRICT, (r) => r.w);
  const byDistrict = [...new Set([...distOpen.keys(), ...distClose.keys()])]
    .filter((w): w is string => typeof w === "string")
    .map((w) => ({
      district: w,
      opened: distOpen.get(w)?.opened ?? 0,
      closed: distClose.get(w)?.closed ?? 0,
    }))
    .sort((a, b) => a.district.localeCompare(b.district, undefined, { numeric: true }));

  const openedAt = new Map(openSeries.map((r) => [r.b, r.n]));
  const closedAt = new Map(closeSeries.map((r) => [r.b, r.n]));
  const series = bucketLabels(f, timeZone).map((b) => ({
    bucket: b,
    opened: openedAt.get(b) ?? 0,
    closed: closedAt.get(b) ?? 0,
  }));

  return {
    filters: { from: f.from, to: f.to, interval: f.interval },
    generatedAt: now.toISOString(),
    totals: {
      opened: openTotal?.opened ?? 0,
      reopened: openTotal?.reopened ?? 0,
      reopenPct: pct(openTotal?.reopened ?? 0, openTotal?.opened ?? 0),
      backlog: backlogTotal,
      rated,
      meanRating: rated > 0 ? round2(ratingSum / rated) : null,
      ...closeFigures(closeTotal),
    },
    series,
    byService,
    byDepartment,
    byDistrict,
    backlog: backlogRows
      .map((r) => {
        const d = names.department.get(r.d);
        return { code: d?.code ?? "?", name: d?.name ?? "Unknown department", total: r.total, ages: r.ages };
      })
      .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name)),
    ratings: [1, 2, 3, 4, 5].map((rating) => ({
      rating,
      count: ratingRows.find((r) => r.rating === rating)?.n ?? 0,
    })),
    cells: {
      size: CELL_SIZE,
      items: cellRows.map((c) => ({
        cell: `${CELL_SIZE}:${c.row}:${c.col}`,
        lat: (c.row + 0.5) * CELL_SIZE,
        lng: (c.col + 0.5) * CELL_SIZE,
        count: c.n,
      })),
    },
  };
}
