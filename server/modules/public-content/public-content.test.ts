import { eq, isNotNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { attachments, constituents, kbArticles, serviceRequests } from "../../db/schema/index.js";
import { type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;

beforeAll(async () => {
  city = await testCity({ requests: 80, interactions: 10 });
});
afterAll(async () => {
  await city?.close();
});

const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await city.app.inject({ method: "GET", url, headers });
  return { status: res.statusCode, body: res.body, json: () => res.json() };
};

describe(`public search (${DB_KIND})`, () => {
  it("finds the pothole answer by a Portuguese word and gives its Portuguese title", async () => {
    const res = await get("/api/public/search?q=buraco&lang=pt");
    expect(res.status).toBe(200);
    const article = res.json().results.find((r: { code: string }) => r.code === "potholes");
    expect(article?.title).toMatch(/^Buracos na rua/);
    expect(article?.snippet).toMatch(/Obras Públicas/);
  });

  it("answers in Spanish from Accept-Language, English words still work", async () => {
    const res = await get("/api/public/search?q=pothole", { "accept-language": "es-US,es;q=0.9,en;q=0.5" });
    expect(res.json().language).toBe("es");
    const titles = res.json().results.map((r: { title: string }) => r.title);
    expect(titles).toContain("Baches: qué cuenta como bache y en cuánto tiempo se reparan");
  });

  it("finds a Spanish word with a typo through the translations", async () => {
    const res = await get("/api/public/search?q=farolaz%20apagadas&lang=es");
    expect(res.json().results.map((r: { code: string }) => r.code)).toContain("streetlights");
  });

  it("translates department names", async () => {
    const res = await get("/api/public/search?q=public%20works&lang=pt");
    const dept = res.json().results.find((r: { kind: string; code: string }) => r.kind === "department");
    expect(dept?.title).toBe("Obras Públicas");
  });

  it("shows English to English speakers", async () => {
    const res = await get("/api/public/search?q=buraco");
    expect(res.json().language).toBe("en");
    expect(res.json().results.every((r: { title: string }) => !r.title.startsWith("Buracos"))).toBe(true);
  });
});

describe(`public answers (${DB_KIND})`, () => {
  it("gives a published article translated, with its services and department contact", async () => {
    const res = await get("/api/public/articles/potholes?lang=pt");
    expect(res.status).toBe(200);
    const a = res.json();
    expect(a.title).toMatch(/^Buracos na rua/);
    expect(a.publicAnswer).toContain("**3 dias úteis**");
    expect(a.services.map((s: { code: string }) => s.code)).toContain("pothole");
    expect(a.department).toMatchObject({ code: "dpw", name: "Obras Públicas" });
    expect(a.department.phone).toBeTruthy();
  });

  it("answers 404 for a draft article", async () => {
    await city.database.db
      .update(kbArticles)
      .set({ status: "draft" })
      .where(eq(kbArticles.slug, "fireworks"));
    expect((await get("/api/public/articles/fireworks")).status).toBe(404);
    expect((await get("/api/public/articles/no-such-thing")).status).toBe(404);
    const search = await get("/api/public/search?q=fireworks");
    expect(search.json().results.map((r: { code: string }) => r.code)).not.toContain("fireworks");
  });
});

describe(`home (${DB_KIND})`, () => {
  it("lists the common online services translated and the city's contact", async () => {
    const res = await get("/api/public/home?lang=es");
    const home = res.json();
    expect(home.services.length).toBeGreaterThan(0);
    expect(home.services.length).toBeLessThanOrEqual(8);
    expect(home.city.phone311).toBeTruthy();
    expect(home.city.name).toBeTruthy();
  });
});

describe(`requests near a place (${DB_KIND})`, () => {
  it("lists open and recently closed requests within the radius only", async () => {
    const located = await city.database.db
      .select({ number: serviceRequests.number, lat: serviceRequests.lat, lng: serviceRequests.lng })
      .from(serviceRequests)
      .where(eq(serviceRequests.status, "new"))
      .limit(1);
    const here = located.find((r) => r.lat !== null)!;
    const res = await get(`/api/public/requests/near?lat=${here.lat}&lng=${here.lng}&radius=300`);
    expect(res.status).toBe(200);
    const near = res.json();
    expect(near.requests.map((r: { number: string }) => r.number)).toContain(here.number);
    for (const r of near.requests) {
      expect(r.distanceM).toBeLessThanOrEqual(300);
      if (r.status === "closed")
        expect(new Date(city.clock.now()).getTime() - new Date(r.closedAt).getTime()).toBeLessThanOrEqual(
          30 * 86_400_000,
        );
    }
    const wide = (await get(`/api/public/requests/near?lat=${here.lat}&lng=${here.lng}&radius=2000`)).json();
    expect(wide.requests.length).toBeGreaterThanOrEqual(near.requests.length);
    expect(wide.requests.length).toBeLessThanOrEqual(100);
  });

  it("finds the place by address, and says when no address matches", async () => {
    const [withAddress] = await city.database.db
      .select({ address: serviceRequests.address })
      .from(serviceRequests)
      .where(isNotNull(serviceRequests.addressId))
      .limit(1);
    const res = await get(`/api/public/requests/near?address=${encodeURIComponent(withAddress!.address!)}`);
    expect(res.status).toBe(200);
    expect(res.json().center.label).toBeTruthy();
    const none = await get("/api/public/requests/near?address=zzzz%20qqqq");
    expect(none.status).toBe(400);
  });
});

describe(`a request's public page (${DB_KIND})`, () => {
  it("shows public photos only, the expected date, and the service in the resident's language", async () => {
    const [req] = await city.database.db
      .select({ id: serviceRequests.id, number: serviceRequests.number })
      .from(serviceRequests)
      .where(eq(serviceRequests.status, "new"))
      .limit(1);
    await city.database.db.insert(attachments).values([
      {
        requestId: req!.id,
        storageKey: "ab/public-photo.jpg",
        filename: "a.jpg",
        contentType: "image/jpeg",
        byteSize: 10,
      },
      {
        requestId: req!.id,
        storageKey: "ab/private-photo.jpg",
        filename: "b.jpg",
        contentType: "image/jpeg",
        byteSize: 10,
        public: false,
      },
    ]);
    const res = await get(`/api/public/requests/${req!.number}?lang=pt`);
    expect(res.status).toBe(200);
    const r = res.json();
    expect(r.photos).toEqual([{ url: "/media/ab/public-photo.jpg" }]);
    expect(r.expectedBy).toBeTruthy();
    expect(r.status).toBe("new");
    expect((await get("/api/public/requests/999999999")).status).toBe(404);
  });
});

describe(`personal data (${DB_KIND})`, () => {
  it("appears in no public answer", async () => {
    const people = await city.database.db
      .select({
        email: constituents.email,
        phone: constituents.phone,
        first: constituents.firstName,
        last: constituents.lastName,
      })
      .from(constituents);
    const secrets = people.flatMap((p) => [p.email, p.phone]).filter((v): v is string => !!v && v.length > 4);
    expect(secrets.length).toBeGreaterThan(5);
    const requests = await city.database.db
      .select({ number: serviceRequests.number, lat: serviceRequests.lat, lng: serviceRequests.lng })
      .from(serviceRequests);
    const bodies: string[] = [];
    for (const r of requests) bodies.push((await get(`/api/public/requests/${r.number}`)).body);
    const center = requests.find((r) => r.lat !== null)!;
    bodies.push(
      (await get(`/api/public/requests/near?lat=${center.lat}&lng=${center.lng}&radius=2000`)).body,
    );
    for (const q of ["pothole", "trash", "noise", "buraco", "basura"])
      bodies.push((await get(`/api/public/search?q=${q}&lang=es`)).body);
    bodies.push((await get("/api/public/home")).body);
    bodies.push((await get("/api/public/articles/potholes")).body);
    const all = bodies.join("\n").toLowerCase();
    for (const s of secrets) expect(all).not.toContain(s.toLowerCase());
  });
});
