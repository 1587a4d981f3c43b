/**
 * A small hand-built city for the report tests (see reports.measures.test.ts for the answers worked out
 * by hand). Times are UTC; the city is in America/New_York (EDT, UTC-4, all October).
 */
import { sql } from "drizzle-orm";
import { seedDemoFoundation } from "../../db/seeds/demo-city/index.js";
import { type Database, rows } from "../../platform/db.js";

export const TZ = "America/New_York";
export const NOW = new Date("2026-11-01T12:00:00Z");

/** Builds the city in a fresh database and returns the ids of what it made, by the tests' names. */
export async function handBuiltCity(database: Database): Promise<Record<string, number>> {
  const one = async <T>(query: ReturnType<typeof sql>): Promise<T> =>
    (await rows<T>(database.db, query))[0] as T;

  await seedDemoFoundation({ db: database.db, timeZone: TZ, requests: 0, interactions: 0 });
  const pothole = await one<{ id: number; d: number }>(
    sql`select id, department_id as d from service_types where code = 'pothole'`,
  );
  const other = await one<{ id: number; d: number }>(
    sql`select id, department_id as d from service_types where department_id <> ${pothole.d} order by id limit 1`,
  );
  const [c] = await rows<{ id: number }>(
    database.db,
    sql`insert into constituents (first_name, email) values ('Rated', 'rated@example.org') returning id`,
  );
  const op1 = await one<{ id: number }>(sql`select id from users where email = 'operator@civic311.example'`);
  const op2 = await one<{ id: number }>(
    sql`select id from users where email = 'supervisor@civic311.example'`,
  );
  const dpw = await one<{ id: number }>(sql`select id from departments where code = 'dpw'`);
  const rmv = await one<{ id: number }>(sql`select id from agencies where code = 'rmv'`);
  const [a1, a2] = await rows<{ id: number }>(
    database.db,
    sql`select id from kb_articles order by id limit 2`,
  );
  const ids: Record<string, number> = {
    pothole: pothole.id,
    other: other.id,
    op1: op1.id,
    op2: op2.id,
    a1: a1!.id,
    a2: a2!.id,
    potholeDept: pothole.d,
    otherDept: other.d,
  };

  // number, service, district, status, reason, created, closed, due, lat, lng
  const requests: [
    string,
    number,
    string | null,
    string,
    string | null,
    string,
    string | null,
    string | null,
  ][] = [
    [
      "A",
      pothole.id,
      "Ward 1",
      "closed",
      "fixed",
      "2026-10-01T04:30Z",
      "2026-10-03T04:30Z",
      "2026-10-04T00:00Z",
    ],
    [
      "B",
      pothole.id,
      "Ward 1",
      "closed",
      "fixed",
      "2026-10-01T03:30Z",
      "2026-10-05T03:30Z",
      "2026-10-04T00:00Z",
    ],
    [
      "C",
      pothole.id,
      "Ward 2",
      "closed",
      "duplicate",
      "2026-10-10T15:00Z",
      "2026-10-11T15:00Z",
      "2026-10-20T00:00Z",
    ],
    ["D", pothole.id, "Ward 2", "in_progress", null, "2026-10-15T15:00Z", null, "2026-10-20T00:00Z"],
    ["E", other.id, "Ward 1", "closed", "fixed", "2026-10-20T15:00Z", "2026-11-01T03:59Z", null],
    ["F", other.id, null, "new", null, "2026-11-01T04:30Z", null, null],
    ["G", pothole.id, null, "new", null, "2026-08-01T15:00Z", null, null],
  ];
  for (const [n, service, district, status, reason, created, closed, due] of requests) {
    const dept = service === pothole.id ? pothole.d : other.d;
    const [r] = await rows<{ id: number }>(
      database.db,
      sql`insert into service_requests (number, service_type_id, status, close_reason, district, department_id,
        channel, created_at, closed_at, due_at, lat, lng)
      values (${`900000${n}`}, ${service}, ${status}, ${reason}, ${district}, ${dept}, 'phone', ${created}, ${closed},
        ${due}, 42.3601, -71.0589) returning id`,
    );
    ids[n] = r!.id;
  }
  await database.db.execute(sql`insert into request_events (request_id, type, at, actor_label)
    values (${ids.E}, 'reopened', '2026-10-25T12:00Z', 'Test')`);
  await database.db.execute(sql`insert into survey_responses (request_id, constituent_id, rating, created_at) values
    (${ids.A}, ${c!.id}, 5, '2026-10-04T12:00Z'), (${ids.E}, ${c!.id}, 2, '2026-10-25T12:00Z'),
    (${ids.B}, ${c!.id}, 4, '2026-09-30T12:00Z')`);

  // key, channel, operator, started, seconds (null: still open), outcomes, transfer, referral
  const contacts: [
    string,
    string,
    number | null,
    string,
    number | null,
    string[],
    number | null,
    number | null,
  ][] = [
    ["I1", "phone", op1.id, "2026-10-02T14:00Z", 300, ["answered"], null, null],
    ["I2", "phone", op1.id, "2026-10-02T15:00Z", 600, ["transferred"], dpw.id, null],
    ["I3", "phone", op2.id, "2026-10-20T14:00Z", 120, ["request_created"], null, null],
    ["I4", "email", op2.id, "2026-10-21T14:00Z", 60, ["referred"], null, rmv.id],
    ["I5", "phone", null, "2026-10-22T14:00Z", 30, ["abandoned"], null, null],
    ["I6", "phone", op1.id, "2026-09-30T14:00Z", 100, ["answered"], null, null],
    ["I7", "phone", op1.id, "2026-10-23T14:00Z", null, [], null, null],
  ];
  for (const [k, channel, op, started, secs, outcomes, transfer, referral] of contacts) {
    const [r] = await rows<{ id: number }>(
      database.db,
      sql`insert into interactions (channel, operator_user_id, started_at, ended_at, outcomes,
        transfer_department_id, referral_agency_id)
      values (${channel}, ${op}, ${started}, ${secs === null ? null : sql`${started}::timestamptz + ${`${secs} seconds`}::interval`},
        ${`{${outcomes.join(",")}}`}::text[], ${transfer}, ${referral}) returning id`,
    );
    ids[k] = r!.id;
  }
  await database.db.execute(sql`insert into interaction_articles (interaction_id, article_id) values
    (${ids.I1}, ${ids.a1}), (${ids.I4}, ${ids.a1}), (${ids.I4}, ${ids.a2})`);
  await database.db.execute(
    sql`insert into interaction_requests (interaction_id, request_id) values (${ids.I3}, ${ids.E})`,
  );
  return ids;
}
