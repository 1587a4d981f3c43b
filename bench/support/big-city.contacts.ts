/**
 * The big city's contacts (interactions): calls that made a request (one per phone, walk-in and email
 * request), "me too" calls about an existing request, and the rest drawn over the window's days with a
 * call center's weekly and hourly rhythm: answered from an article, transferred, referred or abandoned.
 * Runs after big-city.requests.ts in the same session (it uses its `pg_temp` helpers).
 */
import type pg from "pg";
import { CHUNK, type Window } from "./big-city.requests.js";

/** Relative call volume per local hour, 0–23: a weekday 311 curve (busy 9–16, a dip at lunch). */
const HOUR_WEIGHTS = [
  3, 2, 2, 2, 2, 4, 10, 35, 80, 100, 105, 100, 85, 95, 95, 85, 70, 45, 25, 18, 14, 10, 7, 5,
];

export interface ContactRefs {
  operators: number[];
  departments: number[];
  agencies: number[];
  articles: number[];
}

const pick = (list: string, salt: string) =>
  `(${list}::int[])[1 + floor(pg_temp.u(g, ${salt}) * cardinality(${list}::int[]))::int]`;

export async function generateInteractions(
  c: pg.Client,
  w: Window & { timeZone: string },
  total: number,
  constituents: number,
  refs: ContactRefs,
  progress: (done: number, total: number) => void,
) {
  await c.query(`create temp table ix (src smallint, g bigint, channel text, constituent_id int,
    operator_user_id int, started_at timestamptz, ended_at timestamptz, outcomes text[], transfer_department_id int,
    referral_agency_id int, wrap_up_code text, request_id int, relation text, a1 int, a2 int)`);
  const requests = Number((await c.query("select count(*) from service_requests")).rows[0].count);
  const byStaff = Number(
    (await c.query("select count(*) from service_requests where channel in ('phone', 'walk_in', 'email')"))
      .rows[0].count,
  );
  // About a quarter of contacts make a request, as in the demo history; fewer when few contacts are asked for.
  const made = await c.query(
    `insert into ix select 1, g, sr.channel, sr.constituent_id, ${pick("$1", "42")},
      sr.created_at - x.h * 0.7, sr.created_at + x.h * 0.3, '{request_created}', null, null, 'request_taken',
      sr.id, 'created', null, null
    from service_requests sr cross join lateral (select sr.id::bigint as g, pg_temp.handle(sr.id, 43, 300) as h) x
    where sr.channel in ('phone', 'walk_in', 'email') and pg_temp.u(sr.id, 40) < $2`,
    [refs.operators, Math.min(1, (0.27 * total) / Math.max(1, byStaff))],
  );
  // "Me too": a resident calls about a request already made, before it closes.
  const linked = await c.query(
    `insert into ix select 2, g, 'phone', case when pg_temp.u(g, 45) < 0.5 then 1 + floor(pg_temp.u(g, 46) * $4)::int end,
      ${pick("$1", "47")}, x.at, x.at + pg_temp.handle(g, 48, 150), '{request_linked}', null, null, 'resolved',
      sr.id, 'linked', null, null
    from service_requests sr cross join lateral (select sr.id::bigint as g,
      sr.created_at + (coalesce(sr.closed_at, $3::timestamptz) - sr.created_at) * pg_temp.u(sr.id, 49) * 0.9 as at) x
    where pg_temp.u(sr.id, 44) < $2`,
    [refs.operators, Math.min(1, (0.04 * total) / Math.max(1, requests)), w.now, constituents],
  );
  const rest = Math.max(0, total - (made.rowCount ?? 0) - (linked.rowCount ?? 0));
  progress(total - rest, total);

  // Day slots weighted by weekday and season (weekends quiet, snow months busy), then hour slots.
  await c.query(
    `create temp table dayslot as select (row_number() over (order by d, k) - 1)::int as slot, d from (
      select d::date as d from generate_series(($1::timestamptz at time zone $3)::date,
        ($2::timestamptz at time zone $3)::date - 1, interval '1 day') d) days
    cross join lateral generate_series(1, round(100 * case extract(isodow from d) when 6 then 0.35 when 7 then 0.25 else 1 end
      * case extract(month from d) when 1 then 1.2 when 2 then 1.2 when 12 then 1.1 when 7 then 0.9 when 8 then 0.9
        else 1 end)::int) k`,
    [w.start, w.now, w.timeZone],
  );
  await c.query(
    `create temp table hourslot as select (row_number() over (order by h, k) - 1)::int as slot, h - 1 as h
    from unnest($1::int[]) with ordinality t(wt, h) cross join lateral generate_series(1, wt) k`,
    [HOUR_WEIGHTS],
  );
  await c.query("create unique index on dayslot (slot); create unique index on hourslot (slot)");
  const days = Number((await c.query("select count(*) from dayslot")).rows[0].count);
  const hours = Number((await c.query("select count(*) from hourslot")).rows[0].count);
  for (let lo = 1; lo <= rest; lo += CHUNK) {
    await c.query(
      `insert into ix select 3, g, case when t.r < 0.05 then 'phone' else x.channel end,
        case when t.r >= 0.05 and pg_temp.u(g, 60) < 0.35 then 1 + floor(pg_temp.u(g, 61) * $7)::int end,
        case when t.r >= 0.05 then ${pick("$3", "58")} end, t.started_at,
        t.started_at + case when t.r < 0.05 then (10 + pg_temp.u(g, 62) * 110) * interval '1 second'
          when t.r < 0.67 then pg_temp.handle(g, 63, 240) when t.r < 0.85 then pg_temp.handle(g, 63, 120)
          else pg_temp.handle(g, 63, 200) end,
        case when t.r < 0.05 then '{abandoned}' when t.r < 0.67 and pg_temp.u(g, 54) < 0.12 then '{answered,referred}'
          when t.r < 0.67 then '{answered}' when t.r < 0.85 then '{transferred}' else '{referred}' end::text[],
        case when t.r >= 0.67 and t.r < 0.85 then ${pick("$4", "55")} end,
        case when t.r >= 0.85 or (t.r >= 0.05 and t.r < 0.67 and pg_temp.u(g, 54) < 0.12) then ${pick("$5", "56")} end,
        case when t.r < 0.05 then null when t.r < 0.67 then 'resolved' when t.r < 0.85 then 'transferred' else 'referred' end,
        null, null,
        case when t.r >= 0.05 and t.r < 0.67 then ${pick("$6", "57")} end,
        case when t.r >= 0.05 and t.r < 0.67 and pg_temp.u(g, 59) < 0.2 then ${pick("$6", "64")} end
      from generate_series($1::int, $2::int) g
      join dayslot d on d.slot = floor(pg_temp.u(g, 51) * $8)::int
      join hourslot h on h.slot = floor(pg_temp.u(g, 52) * $9)::int
      cross join lateral (select ((d.d + h.h * interval '1 hour' + pg_temp.u(g, 53) * interval '1 hour')
        at time zone $10) as started_at, pg_temp.u(g, 50) as r) t
      cross join lateral (select case when pg_temp.u(g, 65) < 0.82 then 'phone' when pg_temp.u(g, 65) < 0.88 then 'walk_in'
        when pg_temp.u(g, 65) < 0.94 then 'email' when pg_temp.u(g, 65) < 0.98 then 'chat' else 'sms' end as channel) x`,
      [
        lo,
        Math.min(rest, lo + CHUNK - 1),
        refs.operators,
        refs.departments,
        refs.agencies,
        refs.articles,
        constituents,
        days,
        hours,
        w.timeZone,
      ],
    );
    progress(total - rest + Math.min(rest, lo + CHUNK - 1), total);
  }

  // Ids in time order, as a live system hands them out; the links below need them known.
  await c.query(`create temp table ixo as
    select (row_number() over (order by started_at, src, g))::int as id, * from ix`);
  await c.query("create unique index on ixo (id)");
  const n = Number((await c.query("select count(*) from ixo")).rows[0].count);
  for (let lo = 1; lo <= n; lo += CHUNK * 2) {
    await c.query(
      `insert into interactions (id, channel, constituent_id, operator_user_id, started_at,
        ended_at, outcomes, transfer_department_id, referral_agency_id, wrap_up_code) overriding system value
      select id, channel, constituent_id, operator_user_id, started_at, ended_at, outcomes, transfer_department_id,
        referral_agency_id, wrap_up_code from ixo where id >= $1 and id < $2 order by id`,
      [lo, lo + CHUNK * 2],
    );
  }
  const links = await c.query(`insert into interaction_requests (interaction_id, request_id, relation)
    select id, request_id, relation from ixo where request_id is not null order by id`);
  const used = await c.query(`insert into interaction_articles (interaction_id, article_id)
    select id, a from ixo cross join lateral (values (a1), (nullif(a2, a1))) v(a) where a is not null order by id`);
  await c.query(`update kb_articles k set use_count = x.n
    from (select article_id, count(*)::int as n from interaction_articles group by 1) x where x.article_id = k.id`);
  progress(total, total);
  return { interactions: n, links: links.rowCount ?? 0, articles: used.rowCount ?? 0 };
}
