import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let op: StaffSessionCookies;
let sup: StaffSessionCookies;
beforeAll(async () => {
  city = await testCity({ requests: 5, interactions: 40 });
  op = await signInAs(city.app, "operator@civic311.example");
  sup = await signInAs(city.app, "supervisor@civic311.example");
});
afterAll(() => city?.close());

const get = (who: StaffSessionCookies | null, url: string) =>
  city.app
    .inject({ method: "GET", url, headers: who?.headers ?? {} })
    .then((r) => ({ status: r.statusCode, body: r.json() }));

describe(`knowledge-base API on ${DB_KIND}`, () => {
  it("GET /api/search answers the contract, for staff only, and validates q", async () => {
    const r = await get(op, "/api/search?q=pot%20hole");
    expect(r.status).toBe(200);
    expect(r.body.results[0]).toMatchObject({
      kind: expect.any(String),
      id: expect.any(Number),
      title: expect.any(String),
      snippet: expect.any(String),
    });
    expect(r.body.results.slice(0, 3).map((x: { code: string }) => x.code)).toContain("pothole");
    expect((await get(null, "/api/search?q=pothole")).status).toBe(401);
    expect((await get(op, "/api/search?q=")).status).toBe(400);
  });

  it("GET /api/articles/:id gives the answer, the operator's notes and who handles it", async () => {
    const hit = (await get(op, "/api/search?q=renew%20my%20driver%27s%20license")).body.results[0];
    const a = (await get(op, `/api/articles/${hit.id}`)).body;
    expect(a).toMatchObject({ slug: "rmv-license-renewal", agency: { code: "rmv" } });
    expect(a.internalNotes).toBeTruthy();
    expect((await get(op, "/api/articles/999999")).status).toBe(404);
  });

  it("shows supervisors the stale and most-used articles; operators get 404", async () => {
    const health = (await get(sup, "/api/articles/health")).body;
    expect(health.stale.length).toBeGreaterThanOrEqual(5);
    expect(health.mostUsed.length).toBeGreaterThan(0);
    expect(health.mostUsed[0].useCount).toBeGreaterThanOrEqual(health.mostUsed.at(-1).useCount);
    expect((await get(op, "/api/articles/health")).status).toBe(404);
  });

  it("lists outside agencies with what to tell the caller", async () => {
    const items = (await get(op, "/api/agencies")).body.items;
    expect(items.find((a: { code: string }) => a.code === "rmv")).toMatchObject({
      callerScript: expect.any(String),
      phone: expect.any(String),
    });
  });
});

describe(`supervisors keep the knowledge base on ${DB_KIND}`, () => {
  const send = (who: StaffSessionCookies, method: "POST" | "PUT", url: string, payload: object) =>
    city.app
      .inject({ method, url, headers: who.headers, payload })
      .then((r) => ({ status: r.statusCode, body: r.json() }));
  const article = {
    slug: "leaf-collection",
    title: "Fall leaf collection",
    publicAnswer:
      "Leaves are collected **curbside** on your trash day from October 15 to December 1.\n\n- Use paper bags\n- No plastic",
    internalNotes: "Plastic bags are left behind with a sticker.",
    keywords: ["leaves", "yard waste bags"],
    departmentCode: "dpw",
    serviceCodes: ["missed_trash"],
    status: "published",
  };

  it("creates and edits an article that search then finds, with every change audited", async () => {
    const made = await send(sup, "POST", "/api/articles", article);
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body).toMatchObject({
      slug: "leaf-collection",
      department: { code: "dpw" },
      services: [{ code: "missed_trash" }],
    });
    const found = (await get(op, "/api/search?q=fall%20leaves")).body.results;
    expect(found[0]).toMatchObject({ kind: "article", code: "leaf-collection" });
    const edited = await send(sup, "PUT", `/api/articles/${made.body.id}`, {
      ...article,
      title: "Fall leaf and yard waste collection",
      serviceCodes: [],
    });
    expect(edited.body).toMatchObject({ title: "Fall leaf and yard waste collection", services: [] });
    const { auditLog } = await import("../../db/schema/index.js");
    const actions = (await city.database.db.select({ action: auditLog.action }).from(auditLog)).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["article.created", "article.updated"]));
  });

  it("refuses operators (404), unknown references and duplicate slugs, changing nothing", async () => {
    expect((await send(op, "POST", "/api/articles", { ...article, slug: "by-operator" })).status).toBe(404);
    const bad = await send(sup, "POST", "/api/articles", {
      ...article,
      slug: "bad-refs",
      departmentCode: "nope",
      serviceCodes: ["nope"],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field)).toEqual([
      "departmentCode",
      "serviceCodes",
    ]);
    expect((await send(sup, "POST", "/api/articles", article)).status).toBe(409);
    expect((await send(sup, "POST", "/api/articles", { ...article, slug: "Not A Slug" })).status).toBe(400);
  });

  it("keeps a phone answer: saved, returned, changed and cleared, each save audited", async () => {
    const { auditLog } = await import("../../db/schema/index.js");
    const { eq } = await import("drizzle-orm");
    const spoken = "Leaves are picked up on your trash day, from October 15 to December 1. Use paper bags.";
    const made = await send(sup, "POST", "/api/articles", {
      ...article,
      slug: "leaf-phone",
      phoneAnswer: `  ${spoken}  `,
    });
    expect(made.status, JSON.stringify(made.body)).toBe(201);
    expect(made.body.phoneAnswer).toBe(spoken);
    expect((await get(op, `/api/articles/${made.body.id}`)).body.phoneAnswer).toBe(spoken);

    const tooLong = await send(sup, "PUT", `/api/articles/${made.body.id}`, {
      ...article,
      slug: "leaf-phone",
      phoneAnswer: "Words. ".repeat(200),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details).toEqual([
      { field: "phoneAnswer", message: "must have at most 1,000 characters" },
    ]);
    expect((await get(op, `/api/articles/${made.body.id}`)).body.phoneAnswer).toBe(spoken);

    const changed = await send(sup, "PUT", `/api/articles/${made.body.id}`, {
      ...article,
      slug: "leaf-phone",
      phoneAnswer: "Leaves go out in paper bags on trash day.",
    });
    expect(changed.body.phoneAnswer).toBe("Leaves go out in paper bags on trash day.");
    // Left out (or empty) clears it: the article is then not read by phone.
    const cleared = await send(sup, "PUT", `/api/articles/${made.body.id}`, {
      ...article,
      slug: "leaf-phone",
      phoneAnswer: "   ",
    });
    expect(cleared.body.phoneAnswer).toBeNull();
    const rows = await city.database.db
      .select({ action: auditLog.action, data: auditLog.data })
      .from(auditLog)
      .where(eq(auditLog.entityId, String(made.body.id)))
      .orderBy(auditLog.id);
    expect(rows.map((r) => [r.action, r.data.phoneAnswer])).toEqual([
      ["article.created", "set"],
      ["article.updated", "changed"],
      ["article.updated", "removed"],
    ]);
  });

  it("has the demo city's phone answers: City Hall's hours in plain spoken sentences", async () => {
    const hit = (await get(sup, "/api/articles?q=city%20hall%20hours")).body.items.find(
      (a: { slug: string }) => a.slug === "city-hall-hours",
    );
    const detail = (await get(op, `/api/articles/${hit.id}`)).body;
    expect(detail.phoneAnswer).toMatch(/1 City Hall Plaza/);
    expect(detail.phoneAnswer).toMatch(/closed on Saturdays, Sundays/);
    expect(detail.phoneAnswer).not.toMatch(/[*#[\]]/);
    expect(detail.phoneAnswer.length).toBeLessThanOrEqual(1000);
    const { translationsFor } = await import("../../platform/translations.js");
    const es = await translationsFor(city.database.db, "article", ["city-hall-hours"], "es");
    expect(es.get("city-hall-hours")?.get("phoneAnswer")).toMatch(/^El Ayuntamiento de Riverton .*cierra/);
  });

  it("edits synonyms, and search uses them at once", async () => {
    expect((await get(op, "/api/search?q=zeppelin")).body.results).toEqual([]);
    const groups = (await get(sup, "/api/synonyms")).body.groups;
    const saved = await send(sup, "PUT", "/api/synonyms", { groups: [...groups, ["zeppelin", "pothole"]] });
    expect(saved.status).toBe(200);
    const hits = (await get(op, "/api/search?q=zeppelin")).body.results;
    expect(hits.slice(0, 3).map((h: { code: string }) => h.code)).toContain("pothole");
    expect((await send(op, "PUT", "/api/synonyms", { groups })).status).toBe(404);
  });
});

describe(`the article list for supervisors on ${DB_KIND}`, () => {
  interface Row {
    id: number;
    slug: string;
    title: string;
    status: string;
    reviewBy: string | null;
    stale: boolean;
    department: { code: string } | null;
  }
  const list = async (query: string) => {
    const r = await get(sup, `/api/articles${query}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    return r.body as { items: Row[]; nextCursor: string | null };
  };
  const today = "2026-11-25";

  beforeAll(async () => {
    const made = await city.app.inject({
      method: "POST",
      url: "/api/articles",
      headers: sup.headers,
      payload: {
        slug: "snow-emergency-draft",
        title: "snow emergency parking (draft)",
        publicAnswer: "During a declared snow emergency, park on the **odd** side of the street.",
        keywords: ["plow", "snow ban"],
        departmentCode: "parking",
        reviewBy: "2026-01-15",
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ status: "draft", owner: { name: expect.any(String) } });
  });

  it("pages through every article by title, drafts included, for supervisors only", async () => {
    const all = await list("?limit=200");
    expect(all.nextCursor).toBeNull();
    expect(all.items.length).toBeGreaterThanOrEqual(60);
    expect(all.items.map((a) => a.slug)).toContain("snow-emergency-draft");
    // By title, whatever the letter case (the draft's lower-case title sorts among the S's).
    const initials = all.items.map((a) => a.title[0]!.toLowerCase());
    expect(initials).toEqual([...initials].sort());
    const paged: Row[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = await list(`?limit=7${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      expect(page.items.length).toBeLessThanOrEqual(7);
      paged.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(paged.map((a) => a.id)).toEqual(all.items.map((a) => a.id));
    expect((await get(op, "/api/articles")).status).toBe(404);
    expect((await get(null, "/api/articles")).status).toBe(401);
    expect((await get(sup, "/api/articles?cursor=nonsense")).status).toBe(400);
    expect((await get(sup, "/api/articles?status=archived")).status).toBe(400);
  });

  it("filters by words, status, department and review date", async () => {
    const drafts = (await list("?status=draft")).items;
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((a) => a.status === "draft")).toBe(true);
    expect(drafts.map((a) => a.slug)).toContain("snow-emergency-draft");
    expect((await list("?status=published")).items.map((a) => a.slug)).not.toContain("snow-emergency-draft");

    // Every word must match, in the title, keywords or answer.
    expect((await list("?q=ODD%20plow")).items.map((a) => a.slug)).toEqual(["snow-emergency-draft"]);
    expect((await list("?q=odd%20zeppelinz")).items).toEqual([]);
    // Wildcards are plain characters: "%%" is not "anything".
    expect((await list("?q=%25%25")).items).toEqual([]);
    expect((await list("?q=100%25")).items.map((a) => a.slug)).toEqual(["veterans-benefits-chapter-115"]);

    const parking = (await list("?department=parking")).items;
    expect(parking.length).toBeGreaterThan(1);
    expect(parking.every((a) => a.department?.code === "parking")).toBe(true);

    const stale = (await list("?stale=true")).items;
    expect(stale.every((a) => a.stale && a.reviewBy !== null && a.reviewBy < today)).toBe(true);
    const health = (await get(sup, "/api/articles/health")).body as { stale: { id: number }[] };
    expect(stale.map((a) => a.id)).toEqual(expect.arrayContaining(health.stale.map((a) => a.id)));
    expect(stale.map((a) => a.slug)).toContain("snow-emergency-draft");
    const fresh = (await list("?stale=false&limit=200")).items;
    expect(fresh.every((a) => !a.stale)).toBe(true);
    expect(fresh.length + stale.length).toBe((await list("?limit=200")).items.length);
    expect((await list("?stale=true&status=draft&department=parking")).items.map((a) => a.slug)).toEqual([
      "snow-emergency-draft",
    ]);
  });
});

describe(`editing mistakes on ${DB_KIND}`, () => {
  it("names every invalid field of an article or synonym list, in words the editor shows", async () => {
    const bad = await city.app.inject({
      method: "POST",
      url: "/api/articles",
      headers: sup.headers,
      payload: {
        slug: "Bad slug",
        title: "ab",
        publicAnswer: " ",
        keywords: ["ok", ""],
        reviewBy: "2026-13-01",
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details).toEqual([
      { field: "slug", message: "must be lower-case words joined by hyphens" },
      { field: "title", message: "must have at least 3 characters" },
      { field: "publicAnswer", message: "must not be empty" },
      { field: "keywords.1", message: "must not be empty" },
      { field: "reviewBy", message: "must be a date (YYYY-MM-DD)" },
    ]);
    const groups = await city.app.inject({
      method: "PUT",
      url: "/api/synonyms",
      headers: sup.headers,
      payload: { groups: [["trash", "garbage"], ["lonely"]] },
    });
    expect(groups.statusCode).toBe(400);
    expect(groups.json().error.details).toEqual([
      { field: "groups.1", message: "must have at least 2 terms" },
    ]);
    expect((await get(sup, "/api/synonyms")).body.groups).not.toContainEqual(["lonely"]);
  });
});
