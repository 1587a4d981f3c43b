import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { createUser } from "../../../modules/auth/index.js";
import { setCity } from "../../../modules/city/index.js";
import { refreshVocabulary } from "../../../modules/knowledge-base/index.js";
import type { Actor, StaffActor } from "../../../platform/actor.js";
import type { DbOrTx } from "../../../platform/db.js";
import {
  addresses as addressesTable,
  agencies as agenciesTable,
  departmentMembers,
  departments as departmentsTable,
  holidays as holidaysTable,
  kbArticleServices,
  kbArticles,
  serviceQuestions,
  serviceTypes,
  streets as streetsTable,
  synonyms as synonymsTable,
  users,
  workingHours,
} from "../../schema/index.js";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./accounts.js";
import { agencies } from "./content/agencies.js";
import { articles } from "./content/articles.js";
import { departments } from "./content/departments.js";
import { holidays } from "./content/holidays.js";
import { services } from "./content/services.js";
import { firstNames, lastNames, streetNames, streetSuffixes } from "./content/streets.js";
import { synonymGroups } from "./content/synonyms.js";
import { generateTown, TOWN } from "./geography.js";
import type { Random } from "./random.js";
import { seedRoutingRules } from "./routing.js";
import { seedContentTranslations } from "./translations.departments.js";
import { seedServiceTranslations } from "./translations.services.js";

const SEED_ACTOR: Actor = { kind: "system", label: "Demo city seed" };

async function insertChunks<T>(
  rows: T[],
  size: number,
  insert: (chunk: T[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

/** Loads the demo city's directory, catalog, knowledge base, town map and staff. Returns ids by code. */
export async function seedCatalog(db: DbOrTx, rnd: Random, today: Date) {
  await setCity(db, {
    name: TOWN.name,
    state: TOWN.state,
    phone311: "311",
    outsidePhone: "(555) 311-0311",
    webUrl: "https://demo-city.example",
    jurisdictionId: "demo-city.example",
  });
  const deptIds = new Map<string, number>();
  for (const d of departments) {
    const [row] = await db
      .insert(departmentsTable)
      .values({
        code: d.code,
        name: d.name,
        phone: d.phone,
        transferPhone: d.transferPhone,
        email: d.email,
        hours: d.hours,
        address: d.address,
        webUrl: d.webUrl,
        description: d.description,
        callerScript: d.callerScript,
      })
      .returning({ id: departmentsTable.id });
    deptIds.set(d.code, row!.id);
    if (d.workingHours.length) {
      await db.insert(workingHours).values(d.workingHours.map((w) => ({ departmentId: row!.id, ...w })));
    }
  }
  const agencyIds = new Map<string, number>();
  for (const a of agencies) {
    const [row] = await db.insert(agenciesTable).values(a).returning({ id: agenciesTable.id });
    agencyIds.set(a.code, row!.id);
  }
  await db.insert(holidaysTable).values(holidays).onConflictDoNothing();

  const serviceIds = new Map<string, number>();
  for (const s of services) {
    const [row] = await db
      .insert(serviceTypes)
      .values({
        code: s.code,
        name: s.name,
        groupName: s.group,
        description: s.description,
        keywords: s.keywords,
        departmentId: deptIds.get(s.departmentCode)!,
        priority: s.priority,
        slaValue: s.sla.value,
        slaUnit: s.sla.unit,
        availableOnline: s.availableOnline,
        operatorInstructions: s.operatorInstructions,
        duplicateRadiusM: s.duplicateRadiusM,
      })
      .returning({ id: serviceTypes.id });
    serviceIds.set(s.code, row!.id);
    if (s.questions.length) {
      await db.insert(serviceQuestions).values(
        s.questions.map((q, position) => ({
          serviceTypeId: row!.id,
          code: q.code,
          datatype: q.datatype,
          required: q.required,
          prompt: q.prompt,
          helpText: q.helpText ?? null,
          position,
          values: q.values ?? [],
        })),
      );
    }
  }

  await seedRoutingRules(db, deptIds, serviceIds);
  await db.insert(synonymsTable).values(synonymGroups.map((terms) => ({ terms })));

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

  await seedContentTranslations(db);
  await seedServiceTranslations(db);

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
  for (const d of departments)
    for (let i = 0; i < 2; i++) extra.push({ name: person(), role: "department_staff", dept: d.code });
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
  const [depts, ags, arts, addrs, people, members] = await Promise.all([
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
