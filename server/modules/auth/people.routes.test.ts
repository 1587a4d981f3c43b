import { and, desc, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PersonSummary, PersonWithPassword } from "../../../common/contracts/people.js";
import { auditLog, users } from "../../db/schema/index.js";
import { signInAs, TEST_NOW, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let admin: Awaited<ReturnType<typeof signInAs>>;
beforeAll(async () => {
  city = await testCity({ requests: 5, interactions: 5 });
  admin = await signInAs(city.app, "admin@civic311.example");
});
afterAll(() => city?.close());

const URL = "/api/admin/people";
const STRONG = "correct horse battery";

function call(method: "GET" | "POST" | "PUT", url: string, payload?: object, as = admin) {
  return city.app.inject({ method, url, headers: as.headers, ...(payload ? { payload } : {}) });
}

async function list(query = ""): Promise<PersonSummary[]> {
  const res = await call("GET", `${URL}${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

async function create(body: object): Promise<PersonWithPassword> {
  const res = await call("POST", URL, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function idOf(email: string): Promise<number> {
  const [row] = await city.database.db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row!.id;
}

async function auditRows(id: number) {
  return (
    city.database.db
      .select()
      .from(auditLog)
      // Administrative changes to this account, not its sign-ins.
      .where(
        and(eq(auditLog.entity, "user"), eq(auditLog.entityId, String(id)), like(auditLog.action, "user.%")),
      )
      .orderBy(desc(auditLog.id))
  );
}

async function snapshot() {
  const people = await city.database.db.select().from(users).orderBy(users.id);
  const audits = await city.database.db.select({ id: auditLog.id }).from(auditLog);
  return { people, audits: audits.length };
}

describe(`people administration on ${DB_KIND}`, () => {
  it("lists staff with filters, departments and last sign-in", async () => {
    const all = await list();
    expect(all.map((p) => p.email)).toEqual(
      expect.arrayContaining(["admin@civic311.example", "operator@civic311.example"]),
    );
    const pat = all.find((p) => p.email === "publicworks@civic311.example")!;
    expect(pat).toMatchObject({ role: "department_staff", active: true, departments: [{ code: "dpw" }] });
    expect(JSON.stringify(all)).not.toMatch(/argon2|passwordHash/);
    expect((await list("?role=admin")).map((p) => p.email)).toEqual(["admin@civic311.example"]);
    expect((await list("?department=dpw")).map((p) => p.email)).toContain("publicworks@civic311.example");
    expect((await list("?department=dpw")).map((p) => p.email)).not.toContain("operator@civic311.example");
    expect((await list("?q=olivia%20oper")).map((p) => p.email)).toEqual(["operator@civic311.example"]);
    expect(await list("?active=false")).toEqual([]);
    expect((await call("GET", `${URL}?role=mayor`)).statusCode).toBe(400);
  });

  it("creates department staff with a generated password shown once, which then signs in", async () => {
    const created = await create({
      name: "  Dana Dispatcher ",
      email: "Dana@City.Example",
      role: "department_staff",
      departmentCodes: ["dpw", "parks"],
    });
    expect(created.person).toMatchObject({
      name: "Dana Dispatcher",
      email: "dana@city.example",
      active: true,
      lastSignInAt: null,
      createdAt: TEST_NOW,
    });
    expect(created.person.departments.map((d) => d.code).sort()).toEqual(["dpw", "parks"]);
    expect(created.temporaryPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    const [row] = await auditRows(created.person.id);
    expect(row).toMatchObject({ action: "user.created", actorLabel: "Alex Admin" });
    expect(JSON.stringify(row!.data)).not.toContain(created.temporaryPassword);

    // The last sign-in shows up in the list once they sign in.
    city.clock.set("2026-11-25T16:30:00.000Z");
    await signInAs(city.app, "dana@city.example", created.temporaryPassword!);
    city.clock.set(TEST_NOW);
    const dana = (await list("?q=dana")).find((p) => p.id === created.person.id)!;
    expect(dana.lastSignInAt).toBe("2026-11-25T16:30:00.000Z");

    const fetched = await call("GET", `${URL}/${created.person.id}`);
    expect(fetched.json()).toEqual(dana);
  });

  it("takes an administrator's chosen password and does not echo it", async () => {
    const created = await create({
      name: "Casey Clerk",
      email: "casey@city.example",
      role: "operator",
      password: STRONG,
    });
    expect(created.temporaryPassword).toBeNull();
    expect(created.person.departments).toEqual([]);
    await signInAs(city.app, "casey@city.example", STRONG);
  });

  it("refuses bad input with per-field messages and changes nothing", async () => {
    const before = await snapshot();
    const missing = await call("POST", URL, {
      name: "",
      email: "x",
      role: "department_staff",
      password: "short",
    });
    expect(missing.statusCode).toBe(400);
    const fields = (missing.json().error.details as { field: string }[]).map((d) => d.field);
    expect(fields).toEqual(expect.arrayContaining(["email", "name", "password", "departmentCodes"]));
    const dup = await call("POST", URL, { name: "Other", email: "ADMIN@civic311.example", role: "operator" });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.details).toEqual([
      { field: "email", message: "is already used by another account" },
    ]);
    const unknownDept = await call("POST", URL, {
      name: "Other",
      email: "other@city.example",
      role: "department_staff",
      departmentCodes: ["nope"],
    });
    expect(unknownDept.json().error.message).toContain("unknown department nope");
    const opId = await idOf("operator@civic311.example");
    const badPut = await call("PUT", `${URL}/${opId}`, {
      name: "Olivia",
      email: "supervisor@civic311.example",
      role: "operator",
    });
    expect(badPut.statusCode).toBe(409);
    const weak = await call("POST", `${URL}/${opId}/reset-password`, { password: "tiny" });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.details).toEqual([
      { field: "password", message: "must be at least 10 characters" },
    ]);
    expect(
      (await call("PUT", `${URL}/999999`, { name: "A", email: "a@b.example", role: "operator" })).statusCode,
    ).toBe(404);
    expect(await snapshot()).toEqual(before);
  });

  it("edits name, email, role and departments with an audit row of what changed", async () => {
    const { person } = await create({ name: "Eli Editor", email: "eli@city.example", role: "operator" });
    const res = await call("PUT", `${URL}/${person.id}`, {
      name: "Eli Edited",
      email: "ELI.E@city.example",
      role: "department_staff",
      departmentCodes: ["water"],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      name: "Eli Edited",
      email: "eli.e@city.example",
      role: "department_staff",
      departments: [{ code: "water" }],
    });
    const [row] = await auditRows(person.id);
    expect(row).toMatchObject({ action: "user.updated" });
    expect(row!.data).toMatchObject({
      role: { from: "operator", to: "department_staff" },
      departments: { from: [], to: ["water"] },
    });
    const noDept = await call("PUT", `${URL}/${person.id}`, {
      name: "Eli",
      email: "eli.e@city.example",
      role: "department_staff",
    });
    expect(noDept.json().error.details).toEqual([
      { field: "departmentCodes", message: "department staff need at least one department" },
    ]);
  });

  it("deactivation ends the person's open session at once; reactivation lets them back in", async () => {
    const op = await signInAs(city.app, "operator@civic311.example");
    const id = await idOf("operator@civic311.example");
    expect((await call("GET", "/api/session", undefined, op)).statusCode).toBe(200);
    const res = await call("POST", `${URL}/${id}/deactivate`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await call("GET", "/api/session", undefined, op)).statusCode).toBe(401);
    expect((await call("GET", "/api/requests", undefined, op)).statusCode).toBe(401);
    const again = await city.app.inject({
      method: "POST",
      url: "/api/session",
      payload: { email: "operator@civic311.example", password: "demo311" },
    });
    expect(again.statusCode).toBe(401);
    expect((await auditRows(id))[0]).toMatchObject({ action: "user.deactivated", actorLabel: "Alex Admin" });
    expect((await list("?active=false")).map((p) => p.id)).toEqual([id]);
    expect((await call("POST", `${URL}/${id}/deactivate`)).statusCode).toBe(409);

    const back = await call("POST", `${URL}/${id}/reactivate`);
    expect(back.json().active).toBe(true);
    expect((await auditRows(id))[0]).toMatchObject({ action: "user.reactivated" });
    await signInAs(city.app, "operator@civic311.example");
  });

  it("keeps at least one active administrator and refuses self-deactivation", async () => {
    const adminId = await idOf("admin@civic311.example");
    const before = await snapshot();
    const self = await call("POST", `${URL}/${adminId}/deactivate`);
    expect(self.statusCode).toBe(409);
    expect(self.json().error.message).toContain("cannot deactivate your own account");
    const demote = await call("PUT", `${URL}/${adminId}`, {
      name: "Alex Admin",
      email: "admin@civic311.example",
      role: "supervisor",
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.message).toContain("last active administrator");
    expect(await snapshot()).toEqual(before);

    // With a second administrator, the other one may not be deactivated once they are the last.
    const { person: second } = await create({
      name: "Bo Backup",
      email: "bo@city.example",
      role: "admin",
      password: STRONG,
    });
    const bo = await signInAs(city.app, "bo@city.example", STRONG);
    const demoted = await call("PUT", `${URL}/${adminId}`, {
      name: "Alex Admin",
      email: "admin@civic311.example",
      role: "supervisor",
    });
    expect(demoted.statusCode, demoted.body).toBe(200);
    // Alex is no longer an administrator: the admin area is gone for them at the next request.
    expect((await call("GET", URL)).statusCode).toBe(404);
    const lastOne = await call("POST", `${URL}/${second.id}/deactivate`, undefined, bo);
    expect(lastOne.statusCode).toBe(409);
    const restore = await call(
      "PUT",
      `${URL}/${adminId}`,
      { name: "Alex Admin", email: "admin@civic311.example", role: "admin" },
      bo,
    );
    expect(restore.statusCode).toBe(200);
    expect((await call("POST", `${URL}/${second.id}/deactivate`)).statusCode).toBe(200);
  });

  it("resets a password: the old one is refused, the new one works, their sessions end", async () => {
    const sup = await signInAs(city.app, "supervisor@civic311.example");
    const id = await idOf("supervisor@civic311.example");
    const res = await call("POST", `${URL}/${id}/reset-password`, {});
    expect(res.statusCode, res.body).toBe(200);
    const { temporaryPassword } = res.json() as PersonWithPassword;
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect((await call("GET", "/api/session", undefined, sup)).statusCode).toBe(401);
    await expect(signInAs(city.app, "supervisor@civic311.example")).rejects.toThrow(/401/);
    await signInAs(city.app, "supervisor@civic311.example", temporaryPassword!);
    const [row] = await auditRows(id);
    expect(row).toMatchObject({ action: "user.password_reset", data: { generated: true } });
    expect(JSON.stringify(row)).not.toContain(temporaryPassword);

    const chosen = await call("POST", `${URL}/${id}/reset-password`, { password: STRONG });
    expect(chosen.json().temporaryPassword).toBeNull();
    await signInAs(city.app, "supervisor@civic311.example", STRONG);
  });

  it("an administrator resetting their own password keeps the session they are using", async () => {
    const adminId = await idOf("admin@civic311.example");
    const other = await signInAs(city.app, "admin@civic311.example");
    const res = await call("POST", `${URL}/${adminId}/reset-password`, { password: STRONG });
    expect(res.statusCode).toBe(200);
    expect((await call("GET", "/api/session")).statusCode).toBe(200);
    expect((await call("GET", "/api/session", undefined, other)).statusCode).toBe(401);
  });

  it("two administrators demoting each other at the same moment: one succeeds, one is refused", async () => {
    await create({ name: "Cy Concurrent", email: "cy@city.example", role: "admin", password: STRONG });
    const cy = await signInAs(city.app, "cy@city.example", STRONG);
    const alexId = await idOf("admin@civic311.example");
    const cyId = await idOf("cy@city.example");
    const demote = (id: number, email: string, name: string, as: typeof admin) =>
      call("PUT", `${URL}/${id}`, { name, email, role: "supervisor" }, as);
    const results = await Promise.all([
      demote(cyId, "cy@city.example", "Cy Concurrent", admin),
      demote(alexId, "admin@civic311.example", "Alex Admin", cy),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const admins = await city.database.db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.role, "admin"), eq(users.active, true)));
    expect(admins).toHaveLength(1);
  });
});
