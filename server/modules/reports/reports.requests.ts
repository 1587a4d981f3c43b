/**
 * Request measures: volume, backlog, on-time %, days to close, reopen rate, duplicates, satisfaction and a
 * map. Counts come from the daily rollups for the days they hold and from the requests for today and any
 * changed day (ADR 0011), taken once per record set at the finest breakdown (service × department ×
 * district, a few hundred rows) and summed here, so the totals and every breakdown are the same rows.
 */
import { type SQL, sql } from "drizzle-orm";
import {
  BACKLOG_AGES,
  type ReportFilters,
  type RequestDashboard,
  type RequestMap,
  type RequestPercentiles,
} from "../../../common/contracts/reports.js";
import { type DbOrTx, rows } from "../../platform/db.js";
import { bucketLabels } from "./reports.buckets.js";
import {
  ageBandIndex,
  closedIn,
  DAYS_TO_CLOSE,
  inRange,
  LATE,
  labelOf,
  ON_TIME,
  OPEN,
  openedIn,
  pct,
  REOPENED,
  reportRows,
  requestScope,
  round2,
  TIMED,
  truncated,
} from "./reports.filters.js";
import { liveTimes, type RollupPlan, rolledDays, rollupPlan } from "./reports.rollups.js";

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
  s: number;
  d: number;
  w: string | null;
  closed: number;
  duplicates: number;
  timed: number;
  on_time: number;
  late: number;
}
interface Percentiles {
  s: number | null;
  p: [number, number] | null;
}

/** Which requests a count covers: the filters, the time zone, and the rollups it may read. */
export interface CountScope {
  f: ReportFilters;
  tz: string;
  scope: SQL;
  plan: RollupPlan | null;
}

/**
 * Closed requests counted by service, department and district together (a few hundred rows), summed
 * into any of the three here: one pass over the rows instead of one per breakdown. Days the rollups
 * hold come from them; the rest are counted from the requests.
 */
export function closeCounts(db: DbOrTx, c: CountScope) {
  return reportRows<CloseRow>(
    db,
    sql`select s, d, w, sum(closed)::int as closed, sum(duplicates)::int as duplicates, sum(timed)::int as timed,
      sum(on_time)::int as on_time, sum(late)::int as late from (
      select sr.service_type_id as s, sr.department_id as d, sr.district as w, sr.closed, sr.duplicates, sr.timed,
        sr.on_time, sr.late
      from report_requests_closed sr where ${rolledDays(c.plan, "requests", sql`sr.day`, c.f)} and ${c.scope}
      union all
      select sr.service_type_id, sr.department_id, sr.district, 1,
        (sr.close_reason = 'duplicate')::int, (${TIMED})::int, (${TIMED} and ${ON_TIME})::int, (${TIMED} and ${LATE})::int
      from service_requests sr
      where sr.status = 'closed' and ${liveTimes(c.plan, "requests", sql`sr.closed_at`, c.f, c.tz)} and ${c.scope}
    ) x group by 1, 2, 3`,
  );
}

/** Opened requests (and how many were reopened) by service, department and district. */
export function openCounts(db: DbOrTx, c: CountScope) {
  return reportRows<{ s: number; d: number; w: string | null; opened: number; reopened: number }>(
    db,
    sql`select s, d, w, sum(opened)::int as opened, sum(reopened)::int as reopened from (
      select sr.service_type_id as s, sr.department_id as d, sr.district as w, sr.opened, sr.reopened
      from report_requests_opened sr where ${rolledDays(c.plan, "requests", sql`sr.day`, c.f)} and ${c.scope}
      union all
      select sr.service_type_id, sr.department_id, sr.district, 1, (${REOPENED})::int
      from service_requests sr where ${liveTimes(c.plan, "requests", sql`sr.created_at`, c.f, c.tz)} and ${c.scope}
    ) x group by 1, 2, 3`,
  );
}

/** Opened or closed requests by local interval. Rollups hold days, so hours are always counted live. */
export function seriesCounts(db: DbOrTx, which: "opened" | "closed", c: CountScope) {
  const plan = c.f.interval === "hour" ? null : c.plan;
  const table = which === "opened" ? sql`report_requests_opened` : sql`report_requests_closed`;
  const column = which === "opened" ? sql`sr.created_at` : sql`sr.closed_at`;
  const closedOnly = which === "closed" ? sql`sr.status = 'closed' and ` : sql``;
  const unit = sql.raw(`'${c.f.interval}'`);
  return reportRows<{ b: string; n: number }>(
    db,
    sql`select ${labelOf(sql`t`, c.f.interval)} as b, sum(n)::int as n from (
      select date_trunc(${unit}, sr.day::timestamp) as t, sr.${sql.raw(which)} as n
      from ${table} sr where ${rolledDays(plan, "requests", sql`sr.day`, c.f)} and ${c.scope}
      union all
      select ${truncated(column, c.f.interval, c.tz)}, 1
      from service_requests sr where ${closedOnly}${liveTimes(plan, "requests", column, c.f, c.tz)} and ${c.scope}
    ) x group by t`,
  );
}

/**
 * Median and 90th percentile of days to close, overall (s = null) and, when asked, by service: one sort
 * each, side by side (one ROLLUP would sort the service groups and then everything again).
 */
export async function closePercentiles(
  db: DbOrTx,
  where: SQL,
  want: { byService: boolean; total: boolean } = { byService: true, total: true },
): Promise<Percentiles[]> {
  const query = (by: SQL) =>
    reportRows<Percentiles>(
      db,
      sql`select ${by} as s,
        percentile_cont(array[0.5, 0.9]::float8[]) within group (order by ${DAYS_TO_CLOSE})::float8[] as p
      from service_requests sr where ${where} and ${TIMED} group by 1`,
    );
  const [services, total] = await Promise.all([
    want.byService ? query(sql`sr.service_type_id`) : Promise.resolve([]),
    want.total ? query(sql`null::int`) : Promise.resolve([]),
  ]);
  return [...services, ...total];
}

/**
 * Days to close by service type: its own call, so the dashboard does not wait for a sort per service over
 * a year of closed requests; the by-service table fills in its median and 90th-percentile columns from it.
 */
export async function requestPercentiles(
  db: DbOrTx,
  timeZone: string,
  f: ReportFilters,
): Promise<RequestPercentiles> {
  const [names, rows] = await Promise.all([
    catalogNames(db),
    closePercentiles(db, sql`${closedIn(f, timeZone)} and ${requestScope(f)}`, {
      byService: true,
      total: false,
    }),
  ]);
  return {
    byService: rows.flatMap((r) =>
      r.s === null
        ? []
        : [
            {
              code: names.service.get(r.s)?.code ?? "?",
              medianDays: round2(r.p?.[0]),
              p90Days: round2(r.p?.[1]),
            },
          ],
    ),
  };
}

type Counts = Omit<CloseRow, "s" | "d" | "w">;
const ZERO: Counts = { closed: 0, duplicates: 0, timed: 0, on_time: 0, late: 0 };

/** Sums count rows by a key (null key: everything). */
export function sumBy<R extends object, K>(items: R[], key: (r: R) => K, fields: (keyof R)[]): Map<K, R> {
  const out = new Map<K, R>();
  for (const r of items) {
    const k = key(r);
    const sum = out.get(k);
    if (!sum) out.set(k, { ...r });
    else for (const f of fields) (sum[f] as number) += r[f] as number;
  }
  return out;
}
const CLOSE_FIELDS: (keyof CloseRow)[] = ["closed", "duplicates", "timed", "on_time", "late"];

/** The figures of one closed group, as the contract shapes them. */
export function closeFigures(r: Counts | undefined, p?: [number, number] | null) {
  const c = r ?? ZERO;
  return {
    closed: c.closed,
    timed: c.timed,
    onTime: c.on_time,
    late: c.late,
    onTimePct: pct(c.on_time, c.on_time + c.late),
    medianDays: round2(p?.[0]),
    p90Days: round2(p?.[1]),
    duplicates: c.duplicates,
  };
}

/**
 * Closed figures by service, department, district and in total, with the percentiles overall and (unless
 * `byService` is false: they then come from `requestPercentiles`) by service.
 */
export async function closedBreakdowns(db: DbOrTx, c: CountScope, byService = true) {
  const [counts, percentiles] = await Promise.all([
    closeCounts(db, c),
    closePercentiles(db, sql`${closedIn(c.f, c.tz)} and ${c.scope}`, { byService, total: true }),
  ]);
  const p = new Map(percentiles.map((r) => [r.s, r.p]));
  const service = sumBy(counts, (r) => r.s, CLOSE_FIELDS);
  return {
    total: closeFigures(sumBy(counts, () => null, CLOSE_FIELDS).get(null), p.get(null)),
    service: new Map([...service].map(([k, r]) => [k, closeFigures(r, p.get(k))])),
    department: new Map([...sumBy(counts, (r) => r.d, CLOSE_FIELDS)].map(([k, r]) => [k, r.closed])),
    district: new Map([...sumBy(counts, (r) => r.w, CLOSE_FIELDS)].map(([k, r]) => [k, r.closed])),
  };
}

/** The request dashboard for the filters, with the open backlog as of `now`. */
export async function requestDashboard(
  db: DbOrTx,
  timeZone: string,
  f: ReportFilters,
  now: Date = new Date(),
  options: { rollups?: boolean } = {},
): Promise<RequestDashboard> {
  const scope = requestScope(f);
  const c: CountScope = {
    f,
    tz: timeZone,
    scope,
    plan: options.rollups === false ? null : await rollupPlan(db, timeZone),
  };
  const [names, openRows, closedBy, openSeries, closeSeries, backlogBands, ratingRows] = await Promise.all([
    catalogNames(db),
    openCounts(db, c),
    closedBreakdowns(db, c, false),
    seriesCounts(db, "opened", c),
    seriesCounts(db, "closed", c),
    reportRows<{ d: number; band: number; n: number }>(
      db,
      sql`select sr.department_id as d, ${ageBandIndex(now)} as band, count(*)::int as n
        from service_requests sr where ${OPEN} and ${scope} group by 1, 2`,
    ),
    reportRows<{ rating: number; n: number }>(
      db,
      sql`select s.rating, count(*)::int as n from survey_responses s
        join service_requests sr on sr.id = s.request_id
        where ${inRange(sql`s.created_at`, f, timeZone)} and ${scope} group by 1 order by 1`,
    ),
  ]);

  const OPEN_FIELDS = ["opened", "reopened"] as const;
  const openTotal = sumBy(openRows, () => null, [...OPEN_FIELDS]).get(null);
  const svcOpen = sumBy(openRows, (r) => r.s, [...OPEN_FIELDS]);
  const deptOpen = sumBy(openRows, (r) => r.d, [...OPEN_FIELDS]);
  const distOpen = sumBy(openRows, (r) => r.w, [...OPEN_FIELDS]);
  const backlogByDept = new Map<number, { d: number; total: number; ages: number[] }>();
  for (const r of backlogBands) {
    const entry = backlogByDept.get(r.d) ?? { d: r.d, total: 0, ages: BACKLOG_AGES.map(() => 0) };
    entry.total += r.n;
    entry.ages[r.band] = (entry.ages[r.band] ?? 0) + r.n;
    backlogByDept.set(r.d, entry);
  }
  const backlogRows = [...backlogByDept.values()];
  const backlogTotal = backlogRows.reduce((n, r) => n + r.total, 0);
  const rated = ratingRows.reduce((n, r) => n + r.n, 0);
  const ratingSum = ratingRows.reduce((n, r) => n + r.rating * r.n, 0);

  const byService = [...new Set([...svcOpen.keys(), ...closedBy.service.keys()])]
    .map((id) => {
      const s = names.service.get(id);
      const o = svcOpen.get(id);
      return {
        code: s?.code ?? "?",
        name: s?.name ?? "Unknown service",
        opened: o?.opened ?? 0,
        reopened: o?.reopened ?? 0,
        ...(closedBy.service.get(id) ?? closeFigures(undefined)),
      };
    })
    .sort((a, b) => b.opened - a.opened || a.name.localeCompare(b.name));

  const deptBacklog = new Map(backlogRows.map((r) => [r.d, r]));
  const byDepartment = [
    ...new Set([...deptOpen.keys(), ...closedBy.department.keys(), ...deptBacklog.keys()]),
  ]
    .map((id) => {
      const d = names.department.get(id);
      return {
        code: d?.code ?? "?",
        name: d?.name ?? "Unknown department",
        opened: deptOpen.get(id)?.opened ?? 0,
        closed: closedBy.department.get(id) ?? 0,
        backlog: deptBacklog.get(id)?.total ?? 0,
      };
    })
    .sort((a, b) => b.opened - a.opened || a.name.localeCompare(b.name));

  const byDistrict = [...new Set([...distOpen.keys(), ...closedBy.district.keys()])]
    .filter((w): w is string => typeof w === "string")
    .map((w) => ({
      district: w,
      opened: distOpen.get(w)?.opened ?? 0,
      closed: closedBy.district.get(w) ?? 0,
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
      ...closedBy.total,
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
  };
}

/** Where the opened requests of the period were, counted in map cells. */
export async function requestMapCells(db: DbOrTx, timeZone: string, f: ReportFilters): Promise<RequestMap> {
  const cells = await reportRows<{ row: number; col: number; n: number }>(
    db,
    sql`select floor(sr.lat / ${CELL_SIZE})::int as row, floor(sr.lng / ${CELL_SIZE})::int as col, count(*)::int as n
    from service_requests sr where ${openedIn(f, timeZone)} and ${requestScope(f)}
      and sr.lat is not null and sr.lng is not null
    group by 1, 2 order by 3 desc limit 5000`,
  );
  return {
    size: CELL_SIZE,
    items: cells.map((c) => ({
      cell: `${CELL_SIZE}:${c.row}:${c.col}`,
      lat: (c.row + 0.5) * CELL_SIZE,
      lng: (c.col + 0.5) * CELL_SIZE,
      count: c.n,
    })),
  };
}
