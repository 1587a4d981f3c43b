import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import type { QuestionDatatype } from "../../../../common/channels.js";
import { createUser } from "../../../modules/auth/index.js";
import { importConfiguration } from "../../../modules/config/index.js";
import { refreshVocabulary } from "../../../modules/knowledge-base/index.js";
import type { Actor, StaffActor } from "../../../platform/actor.js";
import type { DbOrTx } from "../../../platform/db.js";
import { projectRoot } from "../../../platform/paths.js";
import {
  addresses as addressesTable,
  agencies as agenciesTable,
  departmentMembers,
  departments as departmentsTable,
  kbArticleServices,
  kbArticles,
  serviceQuestions,
  serviceTypes,
  streets as streetsTable,
  users,
} from "../../schema/index.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts.js";
import { articles, phoneAnswers } from "./content/articles.js";
import { firstNames, lastNames, streetNames, streetSuffixes } from "./content/streets.js";
import { generateTown } from "./geography.js";
import type { Random } from "./random.js";
import { seedArticleTranslations } from "./translations.articles.js";
import { SERVICE_WEIGHTS } from "./weights.js";

const SEED_ACTOR: Actor = { kind: "system", label: "Demo city seed" };

async function insertChunks<T>(
  rows: T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** The demo city's configuration: the same kind of file `civic311 config export` writes. */
function demoCityFile(): string {
  return path.join(projectRoot(), "server", "db", "seeds", "demo-city", "city.yaml");
}

async function idsByCode(
  db: DbOrTx,
  table: typeof departmentsTable | typeof agenciesTable | typeof serviceTypes,
) {
  const rows = await db.select({ id: table.id, code: table.code }).from(table).orderBy(asc(table.id));
  return new Map(rows.map((r) => [r.code, r.id]));
}

/** Loads the demo city's directory, catalog, knowledge base, town map and staff. Returns ids by code. */
export async function seedCatalog(db: DbOrTx, rnd: Random, today: Date, timeZone: string) {
  // The city, its departments, agencies, holidays, services, routing and synonyms come from city.yaml,
  // imported as `civic311 config import` imports. The demo city lives in the server's time zone, whatever it is.
  const text = readFileSync(demoCityFile(), "utf8").replace(/^ {2}time_zone: .*\n/m, "");
  await importConfiguration(db, SEED_ACTOR, text, { timeZone, now: new Date(), audit: false });
  const deptIds = await idsByCode(db, departmentsTable);
  const agencyIds = await idsByCode(db, agenciesTable);
  const serviceIds = await idsByCode(db, serviceTypes);

  const articleIds = new Map<string, number>();
  for (const a of articles) {
    const reviewBy = new Date(today.getTime() + a.reviewInDays * 86_400_000).toISOString().slice(0, 10);
    const [row] = await db
      .insert(kbArticles)
      .values({
        slug: a.slug,
        title: a.title,
        publicAnswer: a.publicAnswer,
        internalNotes: a.internalNotes,
        keywords: a.keywords,
        departmentId: a.departmentCode ? deptIds.get(a.departmentCode) : null,
        agencyId: a.agencyCode ? agencyIds.get(a.agencyCode) : null,
        reviewBy,
        status: "published",
        phoneAnswer: phoneAnswers[a.slug] ?? null,
      })
      .returning({ id: kbArticles.id });
    articleIds.set(a.slug, row!.id);
    const related = (a.serviceCodes ?? []).filter((c) => serviceIds.has(c));
    if (related.length) {
      await db
        .insert(kbArticleServices)
        .values(related.map((c) => ({ articleId: row!.id, serviceTypeId: serviceIds.get(c)! })));
    }
  }

  await seedArticleTranslations(db);

  const town = generateTown(rnd, streetNames, streetSuffixes);
  const streetIds: number[] = [];
  for (const s of town.streets) {
    const [row] = await db.insert(streetsTable).values(s).returning({ id: streetsTable.id });
    streetIds.push(row!.id);
  }
  const addressIds: number[] = [];
  await insertChunks(town.addresses, 500, async (chunk) => {
    const inserted = await db
      .insert(addressesTable)
      .values(
        chunk.map((a) => ({
          number: a.number,
          streetId: streetIds[a.streetIndex]!,
          streetName: a.streetName,
          fullAddress: a.fullAddress,
          city: "Riverton",
          state: "MA",
          zip: a.zip,
          lat: a.lat,
          lng: a.lng,
          district: a.district,
        })),
      )
      .returning({ id: addressesTable.id });
    addressIds.push(...inserted.map((r) => r.id));
  });

  // Demo accounts, then a few more staff per department so work is spread across real-looking people.
  for (const account of DEMO_ACCOUNTS) {
    await db.transaction((tx) =>
      createUser(
        { tx, actor: SEED_ACTOR, allowShortPassword: true },
        {
          email: account.email,
          name: account.name,
          password: DEMO_PASSWORD,
          role: account.role,
          departmentCodes: account.departments,
        },
      ),
    );
  }
  const person = () => `${rnd.pick(firstNames)} ${rnd.pick(lastNames)}`;
  const extra: { name: string; role: "operator" | "department_staff"; dept?: string }[] = [];
  for (let i = 0; i < 5; i++) extra.push({ name: person(), role: "operator" });
  for (const code of deptIds.keys())
    for (let i = 0; i < 2; i++) extra.push({ name: person(), role: "department_staff", dept: code });
  for (const [i, e] of extra.entries()) {
    const email = `${e.name.toLowerCase().replace(/[^a-z]+/g, ".")}.${i}@demo-city.example`;
    // Generated staff get an unguessable password: they exist to own work, not to sign in.
    await db.transaction((tx) =>
      createUser(
        { tx, actor: SEED_ACTOR },
        {
          email,
          name: e.name,
          password: randomBytes(18).toString("base64url"),
          role: e.role,
          departmentCodes: e.dept ? [e.dept] : [],
        },
      ),
    );
  }
  await refreshVocabulary(db);
  await db.execute(sql`analyze`);
  return {
    departments: deptIds.size,
    agencies: agencyIds.size,
    services: serviceIds.size,
    articles: articleIds.size,
    addresses: addressIds.length,
  };
}

/** What history generation needs to know of the city, read back from the database. */
export async function loadRefs(db: DbOrTx) {
  const [depts, ags, arts, addrs, people, members, svcs, questions] = await Promise.all([
    db.select({ id: departmentsTable.id, code: departmentsTable.code }).from(departmentsTable),
    db.select({ id: agenciesTable.id, code: agenciesTable.code }).from(agenciesTable),
    db.select({ id: kbArticles.id, slug: kbArticles.slug }).from(kbArticles),
    db
      .select({
        id: addressesTable.id,
        streetName: addressesTable.streetName,
        fullAddress: addressesTable.fullAddress,
        lat: addressesTable.lat,
        lng: addressesTable.lng,
      })
      .from(addressesTable)
      .orderBy(addressesTable.id),
    db.select({ id: users.id, name: users.name, role: users.role }).from(users).orderBy(users.id),
    db.select().from(departmentMembers),
    db
      .select({ id: serviceTypes.id, code: serviceTypes.code, name: serviceTypes.name })
      .from(serviceTypes)
      .where(eq(serviceTypes.active, true))
      .orderBy(serviceTypes.id),
    db
      .select({
        serviceTypeId: serviceQuestions.serviceTypeId,
        code: serviceQuestions.code,
        datatype: serviceQuestions.datatype,
        required: serviceQuestions.required,
        values: serviceQuestions.values,
      })
      .from(serviceQuestions)
      .where(eq(serviceQuestions.active, true))
      .orderBy(serviceQuestions.serviceTypeId, serviceQuestions.position),
  ]);
  const actors = new Map<number, StaffActor>(
    people.map((p) => [
      p.id,
      {
        kind: "staff",
        userId: p.id,
        name: p.name,
        role: p.role as StaffActor["role"],
        departmentIds: members.filter((m) => m.userId === p.id).map((m) => m.departmentId),
      },
    ]),
  );
  const staff = [...actors.values()];
  return {
    deptIds: new Map(depts.map((d) => [d.code, d.id])),
    agencyIds: new Map(ags.map((a) => [a.code, a.id])),
    articleIds: new Map(arts.map((a) => [a.slug, a.id])),
    /** The services requests are drawn from, in the order they were created, with their weights and questions. */
    services: svcs.map((s) => ({
      code: s.code,
      name: s.name,
      weight: SERVICE_WEIGHTS[s.code] ?? 1,
      questions: questions.filter((q) => q.serviceTypeId === s.id) as DemoQuestion[],
    })),
    addresses: addrs,
    operators: staff.filter((a) => a.role === "operator"),
    supervisors: staff.filter((a) => a.role === "supervisor"),
    /** Department staff by department id. */
    teams: new Map(
      depts.map((d) => [
        d.id,
        staff.filter((a) => a.role === "department_staff" && a.departmentIds.includes(d.id)),
      ]),
    ),
  };
}
export type CityRefs = Awaited<ReturnType<typeof loadRefs>>;

/** A service's question as the history answers it. */
export interface DemoQuestion {
  code: string;
  datatype: QuestionDatatype;
  required: boolean;
  values: { key: string; name: string }[];
}
