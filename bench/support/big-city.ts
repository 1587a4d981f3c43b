/**
 * A big city for benchmarks: the PostgreSQL database `civic311_bench_reports` holding BENCH_REQUESTS
 * (default 1,000,000) requests and BENCH_INTERACTIONS (default 2,000,000) contacts over the last three
 * years, resampled from the real Boston Open311 records beside the project (new ids, dates shifted).
 * The load runs once (a few minutes); later runs reuse the database while its counts match.
 * Returns null, having said why, when PostgreSQL or the Boston data is not there.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { firstNames, lastNames } from "../../server/db/seeds/demo-city/content/streets.js";
import { seedDemoFoundation } from "../../server/db/seeds/demo-city/index.js";
import { createUser } from "../../server/modules/auth/index.js";
import { type Database, migrate, openDatabase } from "../../server/platform/db.js";
import { projectRoot } from "../../server/platform/paths.js";
import { progressBar } from "../../server/platform/progress.js";
import { BOSTON_SOURCE, bostonFiles, bostonFolder, stageBoston } from "./big-city.boston.js";
import { generateInteractions } from "./big-city.contacts.js";
import {
  generateConstituents,
  generateEvents,
  generateRequests,
  generateSurveys,
  prepareSession,
} from "./big-city.requests.js";

export const BIG_CITY_DB = "civic311_bench_reports";
export const TIME_ZONE = "America/New_York";
const MARKER = "bench_big_city";
/** The demo city has six operators; a center taking ~1,800 contacts a day has about thirty. */
const EXTRA_OPERATORS = 24;
/** Tables whose secondary indexes are dropped for the load and built again after it (much faster). */
const BIG_TABLES = [
  "service_requests",
  "request_events",
  "interactions",
  "interaction_articles",
  "interaction_requests",
];

export interface BigCity {
  database: Database;
  pool: pg.Pool;
  url: string;
  size: { requests: number; interactions: number; constituents: number };
  loadedAt: string;
}

interface Marker {
  requested: { requests: number; interactions: number; constituents: number };
  loadedAt: string;
  seconds: number;
}

const count = async (q: pg.Pool | pg.Client, table: string) =>
  Number((await q.query(`select count(*) from ${table}`)).rows[0].count);

export async function openBigCity(label: string): Promise<BigCity | null> {
  const requested = {
    requests: Number(process.env.BENCH_REQUESTS ?? 1_000_000),
    interactions: Number(process.env.BENCH_INTERACTIONS ?? 2_000_000),
    constituents: Number(process.env.BENCH_CONSTITUENTS ?? 20_000),
  };
  const files = bostonFiles(bostonFolder(projectRoot()));
  if (files.length === 0) {
    console.log(`${label} skipped: the Boston Open311 data is not at ${bostonFolder(projectRoot())}.`);
    return null;
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch (err) {
    console.log(`${label} skipped: no PostgreSQL at ${adminUrl} (${(err as Error).message}).`);
    return null;
  }
  const u = new URL(adminUrl);
  u.pathname = `/${BIG_CITY_DB}`;
  const url = u.toString();
  let marker: Marker | null = null;
  if ((await admin.query("select 1 from pg_database where datname = $1", [BIG_CITY_DB])).rowCount) {
    marker = await readMarker(url);
    // Field by field: jsonb does not keep the order of keys.
    const same =
      marker &&
      marker.requested.requests === requested.requests &&
      marker.requested.interactions === requested.interactions &&
      marker.requested.constituents === requested.constituents;
    if (!same) {
      console.log(`${BIG_CITY_DB} holds another size or an unfinished load: making it again.`);
      await admin.query(`drop database ${BIG_CITY_DB}`);
      marker = null;
    }
  }
  if (!marker) await admin.query(`create database ${BIG_CITY_DB}`);
  await admin.end();

  const database = await openDatabase({ databaseUrl: url, dataDir: "", owner: "bench" });
  // Every run migrates, so indexes a newer migration adds are there before anything is timed.
  await migrate(database);
  if (!marker) {
    await seedDemoFoundation({ db: database.db, timeZone: TIME_ZONE, requests: 0, interactions: 0 });
    for (let i = 1; i <= EXTRA_OPERATORS; i++) {
      const name = `${firstNames[(i * 7) % firstNames.length]} ${lastNames[(i * 13) % lastNames.length]}`;
      await createUser(
        { tx: database.db, actor: { kind: "system", label: "bench" } },
        {
          email: `bench.operator${i}@civic311.example`,
          name,
          role: "operator",
          password: randomBytes(18).toString("hex"),
        },
      );
    }
    marker = await load(url, requested, files);
  }
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  const size = {
    requests: await count(pool, "service_requests"),
    interactions: await count(pool, "interactions"),
    constituents: await count(pool, "constituents"),
  };
  console.log(
    `${BIG_CITY_DB}: ${size.requests.toLocaleString("en-US")} requests and ${size.interactions.toLocaleString("en-US")} ` +
      `interactions, resampled from the Boston Open311 data (new ids, dates shifted into the 3 years before ` +
      `${marker.loadedAt.slice(0, 10)}).`,
  );
  return { database, pool, url, size, loadedAt: marker.loadedAt };
}

async function readMarker(url: string): Promise<Marker | null> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const r = await c.query("select value from settings where key = $1", [MARKER]);
    return (r.rows[0]?.value as Marker | undefined) ?? null;
  } catch {
    return null; // not migrated yet: a load that never got going
  } finally {
    await c.end();
  }
}

/** The load: Boston staged, indexes off, rows generated in time order, indexes on, vacuum and analyze. */
async function load(url: string, requested: Marker["requested"], files: string[]): Promise<Marker> {
  const started = Date.now();
  const now = new Date();
  const w = {
    now: now.toISOString(),
    start: new Date(now.getTime() - 3 * 365.25 * 86_400_000).toISOString(),
    timeZone: TIME_ZONE,
  };
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const phase = async <T>(name: string, run: (bar: ReturnType<typeof progressBar>) => Promise<T>) => {
    const t = Date.now();
    const bar = progressBar(name.padEnd(22));
    const out = await run(bar);
    bar.stop();
    console.log(`  ${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return out;
  };
  console.log(
    `Generating ${BIG_CITY_DB}: ${requested.requests.toLocaleString("en-US")} requests and ` +
      `${requested.interactions.toLocaleString("en-US")} interactions by resampling the Boston Open311 data ` +
      `(${files.length} files): new ids and numbers, dates shifted into ${w.start.slice(0, 10)}…${w.now.slice(0, 10)}.`,
  );
  await prepareSession(c);
  const services = (await c.query("select id, code, keywords from service_types order by id")).rows;
  const centre = (await c.query("select avg(lat) as lat, avg(lng) as lng from addresses")).rows[0];
  const boston = await phase("Boston records", (bar) =>
    stageBoston(c, files, services, { lat: Number(centre.lat), lng: Number(centre.lng) }, (d) =>
      bar.update(d, 320_770, "records"),
    ),
  );
  console.log(
    `  ${boston.rows.toLocaleString("en-US")} Boston records: services by name ${boston.mapping.byName}, ` +
      `by keyword ${boston.mapping.byKeyword}, round-robin ${boston.mapping.roundRobin}`,
  );
  const indexes = (
    await c.query(
      `select x.indexrelid::regclass::text as name, pg_get_indexdef(x.indexrelid) as def
       from pg_index x join pg_class t on t.oid = x.indrelid
       where t.relname = any($1) and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)`,
      [BIG_TABLES],
    )
  ).rows as { name: string; def: string }[];
  for (const ix of indexes) await c.query(`drop index ${ix.name}`);

  await phase("constituents", () =>
    generateConstituents(c, requested.constituents, { first: firstNames, last: lastNames }, w.start),
  );
  await phase("requests", (bar) =>
    generateRequests(c, w, requested.requests, requested.constituents, (d, t) => bar.update(d, t)),
  );
  const events = await phase("request events", (bar) => generateEvents(c, (d, t) => bar.update(d, t)));
  const surveys = await phase("survey responses", () => generateSurveys(c, w.now));
  const ids = async (q: string) => (await c.query(q)).rows.map((r) => r.id as number);
  const refs = {
    operators: await ids("select id from users where role = 'operator' and active order by id"),
    departments: await ids("select id from departments where active order by id"),
    agencies: await ids("select id from agencies where active order by id"),
    articles: await ids("select id from kb_articles where status = 'published' order by id"),
  };
  const contacts = await phase("interactions", (bar) =>
    generateInteractions(c, w, requested.interactions, requested.constituents, refs, (d, t) =>
      bar.update(d, t),
    ),
  );
  await c.query("set session_replication_role = origin");
  for (const table of ["service_requests", "interactions", "constituents"])
    await c.query(`select setval(pg_get_serial_sequence($1, 'id'), (select max(id) from ${table}))`, [table]);
  const loaded = Date.now();
  await phase("indexes", async (bar) => {
    for (const [k, ix] of indexes.entries()) {
      await c.query(ix.def);
      bar.update(k + 1, indexes.length, "indexes");
    }
  });
  // Vacuum, not only analyze: it sets hint bits and the visibility map as a live database has them, so the
  // first timed query does not pay for writing them.
  await phase("vacuum analyze", () => c.query("vacuum (analyze)"));
  const rows = requested.constituents + requested.requests + events + surveys + contacts.interactions;
  const linkRows = contacts.links + contacts.articles;
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `Generated ${rows.toLocaleString("en-US")} rows (+${linkRows.toLocaleString("en-US")} link rows): ` +
      `${requested.requests.toLocaleString("en-US")} requests, ${events.toLocaleString("en-US")} request events, ` +
      `${surveys.toLocaleString("en-US")} survey responses, ${requested.constituents.toLocaleString("en-US")} constituents, ` +
      `${contacts.interactions.toLocaleString("en-US")} interactions with ${contacts.links.toLocaleString("en-US")} ` +
      `request links and ${contacts.articles.toLocaleString("en-US")} article uses. Rows written in ` +
      `${((loaded - started) / 1000).toFixed(0)} s (${Math.round((rows + linkRows) / ((loaded - started) / 1000)).toLocaleString("en-US")} rows/s); ` +
      `with ${indexes.length} indexes built and vacuum, ${seconds.toFixed(0)} s in all.`,
  );
  const marker: Marker = { requested, loadedAt: w.now, seconds: Math.round(seconds) };
  await c.query("insert into settings (key, value) values ($1, $2)", [
    MARKER,
    JSON.stringify({ ...marker, source: BOSTON_SOURCE }),
  ]);
  await c.end();
  return marker;
}
