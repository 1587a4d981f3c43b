/**
 * Requests, their timelines, residents and survey answers of the big city, generated in SQL from the
 * staged Boston records (see big-city.boston.ts). Rows go in ordered by time, ids rising with time, so the
 * tables sit on disk as years of real use leave them: a year's range is a contiguous stretch, not scattered.
 * Randomness is a hash of each row's number (`pg_temp.u`), so the same settings give the same city.
 */
import type pg from "pg";
import { BOSTON_SOURCE } from "./big-city.boston.js";

/** 52 weeks: shifting a record by whole "years" of this length keeps its weekday, hour and season. */
const YEAR_SECONDS = 364 * 86_400;
export const CHUNK = 100_000;

export interface Window {
  /** ISO instants: the generated history covers [start, now). */
  start: string;
  now: string;
}

/** Session settings and helpers for the load. Must run before the first temporary table is touched. */
export async function prepareSession(c: pg.Client) {
  await c.query("set temp_buffers = '1GB'");
  // Replica mode skips foreign-key checks and the request_events NOTIFY trigger: the rows are consistent by
  // construction, and a million notifications would only fill the queue of listeners that do not exist.
  await c.query("set session_replication_role = replica");
  await c.query("set synchronous_commit = off");
  await c.query("set work_mem = '256MB'");
  await c.query("set maintenance_work_mem = '1GB'");
  // A uniform number in [0, 1) from a row's key and a salt: deterministic, unlike random().
  await c.query(`create function pg_temp.u(k bigint, salt bigint) returns float8 language sql immutable
    as $$ select ((hashint8extended(k, salt) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$`);
  // Handle times are lognormal (median `median` seconds, capped at an hour), as call-center times are.
  await c.query(`create function pg_temp.handle(k bigint, salt bigint, median float8) returns interval
    language sql immutable as $$ select make_interval(secs => least(3600, median * exp(0.6
      * sqrt(-2 * ln(greatest(pg_temp.u(k, salt), 1e-12))) * cos(2 * pi() * pg_temp.u(k, salt + 1))))) $$`);
}

/** Service types with their department, a calendar-time SLA and their department's staff. */
async function stageServices(c: pg.Client) {
  await c.query(`create temp table svc as
    select s.id, s.code, s.name, s.department_id, d.code as dcode, s.priority,
      case s.sla_unit when 'calendar_days' then s.sla_value * interval '1 day'
        -- a business day is about 7/5 calendar days; a business hour about a ninth of one
        when 'business_days' then s.sla_value * interval '1 day' * 7 / 5
        when 'business_hours' then s.sla_value * interval '1 hour' * 24 / 9 * 7 / 5 end as sla,
      coalesce((select array_agg(m.user_id order by m.user_id) from department_members m
        where m.department_id = s.department_id), '{}') as staff
    from service_types s join departments d on d.id = s.department_id`);
}

/** Requests: each draws a Boston record, shifted by whole 364-day years into the window. */
export async function generateRequests(
  c: pg.Client,
  w: Window,
  n: number,
  constituents: number,
  progress: (done: number, total: number) => void,
) {
  await stageServices(c);
  const pool = Number((await c.query("select count(*) from boston")).rows[0].count);
  await c.query(
    `create temp table pick as
    select (row_number() over (order by t.created_at, t.g))::int as id, t.* from (
      select g, b.i, b.requested_at + (k.lo + floor(pg_temp.u(g, 2) * (k.hi - k.lo + 1))) * ${YEAR_SECONDS}
        * interval '1 second' as created_at
      from generate_series(1, $1::int) g
      join boston b on b.i = floor(pg_temp.u(g, 1) * $2::int)::int
      cross join lateral (
        select ceil(extract(epoch from $3::timestamptz - b.requested_at) / ${YEAR_SECONDS}) as lo,
          floor(extract(epoch from $4::timestamptz - b.requested_at) / ${YEAR_SECONDS}) as hi) k) t`,
    [n, pool, w.start, w.now],
  );
  await c.query("create unique index on pick (id)");
  for (let lo = 1; lo <= n; lo += CHUNK) {
    await c.query(
      `insert into service_requests (id, number, service_type_id, status, close_reason,
        priority, description, answers, address, lat, lng, district, department_id, assignee_user_id, due_at,
        channel, constituent_id, source_system, source_id, created_at, updated_at, closed_at) overriding system value
      select p.id, (5000000 + p.id)::text, b.service_type_id, x.status,
        case when x.status = 'closed' then b.close_reason end, s.priority, b.description, '{}'::jsonb, b.address,
        b.lat, b.lng, b.district, s.department_id,
        case when x.status <> 'new' and cardinality(s.staff) > 0
          then s.staff[1 + floor(pg_temp.u(p.id, 3) * cardinality(s.staff))::int] end,
        p.created_at + s.sla, x.channel,
        case when pg_temp.u(p.id, 5) < 0.55 then 1 + floor(pg_temp.u(p.id, 6) * $3::int)::int end,
        '${BOSTON_SOURCE}', b.boston_id, p.created_at,
        case when x.status = 'closed' then c.closed_at when x.status = 'new' then p.created_at
          else p.created_at + ($4::timestamptz - p.created_at) * pg_temp.u(p.id, 7) * 0.3 end,
        c.closed_at
      from pick p join boston b on b.i = p.i join svc s on s.id = b.service_type_id
      cross join lateral (select case when b.close_secs is not null
          and p.created_at + b.close_secs * interval '1 second' < $4::timestamptz
        then p.created_at + b.close_secs * interval '1 second' end as closed_at,
        pg_temp.u(p.id, 8) as r, pg_temp.u(p.id, 4) as ch) c
      cross join lateral (select
        case when c.closed_at is not null then 'closed' when c.r < 0.3 then 'new' when c.r < 0.55 then 'acknowledged'
          when c.r < 0.9 then 'in_progress' else 'on_hold' end as status,
        case when c.ch < 0.45 then 'phone' when c.ch < 0.67 then 'web' when c.ch < 0.82 then 'app'
          when c.ch < 0.90 then 'open311' when c.ch < 0.95 then 'email' when c.ch < 0.98 then 'walk_in'
          else 'social' end as channel) x
      where p.id >= $1 and p.id < $2 order by p.id`,
      [lo, lo + CHUNK, constituents, w.now],
    );
    progress(Math.min(n, lo + CHUNK - 1), n);
  }
  await c.query("select setval('request_number_seq', 5000000 + $1::int)", [n]);
}

/** Residents who call and report: names from the demo city's lists, a phone and often an email. */
export async function generateConstituents(
  c: pg.Client,
  n: number,
  names: { first: string[]; last: string[] },
  since: string,
) {
  await c.query(
    `insert into constituents (id, first_name, last_name, phone, phone_digits, email,
      language, contact_preference, created_at, updated_at) overriding system value
    select g, f, l, '(555) ' || d3 || '-' || d4, '555' || d3 || d4,
      case when pg_temp.u(g, 63) < 0.6 then lower(regexp_replace(f || '.' || l, '[^A-Za-z.]', '', 'g'))
        || (g % 100) || '@mail.example' end,
      case when pg_temp.u(g, 64) < 0.8 then 'en' when pg_temp.u(g, 64) < 0.94 then 'es' else 'pt' end,
      case when pg_temp.u(g, 65) < 0.5 then 'email' when pg_temp.u(g, 65) < 0.75 then 'sms'
        when pg_temp.u(g, 65) < 0.95 then 'phone' else 'none' end,
      $4::timestamptz, $4::timestamptz
    from generate_series(1, $1::int) g
    cross join lateral (select ($2::text[])[1 + floor(pg_temp.u(g, 60) * cardinality($2::text[]))::int] as f,
      ($3::text[])[1 + floor(pg_temp.u(g, 61) * cardinality($3::text[]))::int] as l,
      (200 + (g * 7919) % 790)::text as d3, lpad(((g * 104729) % 10000)::text, 4, '0') as d4) x`,
    [n, names.first, names.last, since],
  );
}

/**
 * Timelines: "created", a first response, the current open status, the close, and for about 3% a close
 * that the resident undid ("reopened") before the final one. Closing reads as the app writes it: a
 * status_changed event whose data says to "closed" and why.
 */
export async function generateEvents(c: pg.Client, progress: (done: number, total: number) => void) {
  const label = `case sr.channel when 'open311' then 'Open311 client' when 'web' then 'Resident (online)'
    when 'app' then 'Resident (mobile app)' when 'social' then 'Resident (social media)' else 'Call center' end`;
  const change = (from: string, to: string, reason: string) =>
    `jsonb_build_object('from', ${from}, 'to', ${to}, 'closeReason', ${reason}, 'label', initcap(replace(${to}, '_', ' ')))`;
  const base = "from service_requests sr left join users u on u.id = sr.assignee_user_id";
  // Where in its life a request is: its age when closed, or by now for the open ones.
  const life = "(coalesce(sr.closed_at, sr.updated_at) - sr.created_at)";
  const reopens = "pg_temp.u(sr.id, 9) < 0.03 and sr.status in ('closed', 'in_progress', 'on_hold')";
  await c.query(`create temp table ev as
    select sr.id as request_id, 'created' as type, sr.created_at as at, null::int as actor, ${label} as actor_label,
      s.name || ' request received by ' || replace(replace(sr.channel, 'walk_in', 'walk-in'), 'open311', 'Open311')
        || '.' as body,
      jsonb_build_object('service', s.code, 'department', s.dcode, 'channel', sr.channel, 'dueAt', sr.due_at,
        'source', '${BOSTON_SOURCE}') as data
    from service_requests sr join svc s on s.id = sr.service_type_id
    union all
    select sr.id, 'status_changed', sr.created_at + ${life} * 0.2, sr.assignee_user_id, coalesce(u.name, 'Supervisor'),
      null, ${change("'new'", "'acknowledged'", "null")} ${base} where sr.status <> 'new'
    union all
    select sr.id, 'status_changed', sr.created_at + ${life} * 0.3, sr.assignee_user_id, coalesce(u.name, 'Supervisor'),
      null, ${change("'acknowledged'", "sr.status", "null")} ${base} where sr.status in ('in_progress', 'on_hold')
    union all
    select sr.id, 'status_changed', sr.created_at + ${life} * 0.45, sr.assignee_user_id, coalesce(u.name, 'Supervisor'),
      null, ${change("'acknowledged'", "'closed'", "'fixed'")} ${base} where ${reopens}
    union all
    select sr.id, 'reopened', sr.created_at + ${life} * 0.55, null, 'Resident', 'It is not fixed.',
      jsonb_build_object('from', 'closed', 'to', 'acknowledged', 'previousCloseReason', 'fixed', 'by', 'resident')
      ${base} where ${reopens}
    union all
    select sr.id, 'status_changed', sr.closed_at, sr.assignee_user_id, coalesce(u.name, 'Supervisor'), null,
      ${change("'acknowledged'", "'closed'", "sr.close_reason")} ${base} where sr.status = 'closed'`);
  await c.query("create index on ev (at)");
  const total = Number((await c.query("select count(*) from ev")).rows[0].count);
  const { lo, hi } = (await c.query("select min(at) as lo, max(at) as hi from ev")).rows[0];
  // Months of events in time order, so ids rise with time as they do in a live system.
  const slices = 36;
  const step = (new Date(hi).getTime() + 1 - new Date(lo).getTime()) / slices;
  let done = 0;
  for (let k = 0; k < slices; k++) {
    const from = new Date(new Date(lo).getTime() + k * step).toISOString();
    const to = new Date(
      k === slices - 1 ? new Date(hi).getTime() + 1 : new Date(lo).getTime() + (k + 1) * step,
    );
    const r = await c.query(
      `insert into request_events (request_id, type, at, actor_user_id, actor_label, public, body, data)
       select request_id, type, at, actor, actor_label, true, body, data from ev
       where at >= $1 and at < $2 order by at`,
      [from, to.toISOString()],
    );
    done += r.rowCount ?? 0;
    progress(done, total);
  }
  return total;
}

/** One-question surveys: about 8% of named residents answer once their request closes. */
export async function generateSurveys(c: pg.Client, now: string) {
  const r = await c.query(
    `insert into survey_responses (request_id, constituent_id, rating, comment, created_at, updated_at)
    select sr.id, sr.constituent_id, x.rating,
      case when x.rating <= 2 and pg_temp.u(sr.id, 33) < 0.4 then 'It took too long.' end, x.at, x.at
    from service_requests sr
    cross join lateral (select greatest(1, least(5, 5 - floor(pg_temp.u(sr.id, 31) * 2)::int
        - case when sr.closed_at > sr.due_at then 1 else 0 end
        - case when sr.close_reason in ('no_action_needed', 'not_city_responsibility') then 2 else 0 end)) as rating,
      least($1::timestamptz, sr.closed_at + pg_temp.u(sr.id, 32) * interval '3 days') as at) x
    where sr.status = 'closed' and sr.constituent_id is not null and pg_temp.u(sr.id, 30) < 0.08`,
    [now],
  );
  return r.rowCount ?? 0;
}
