import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";

let city: TestCity;
let op: StaffSessionCookies;
beforeAll(async () => {
  city = await testCity({ requests: 10, interactions: 5 });
  op = await signInAs(city.app, "operator@civic311.example");
});
afterAll(() => city?.close());

const get = (url: string) => city.app.inject({ method: "GET", url, headers: op.headers });
const post = (url: string, payload: object) =>
  city.app.inject({ method: "POST", url, headers: op.headers, payload });

describe(`caller lookup on ${DB_KIND}`, () => {
  it("finds a caller by phone in any format, by email and by name, and shows their requests and contacts", async () => {
    const contact = (
      await post("/api/interactions", {
        channel: "phone",
        constituent: {
          firstName: "Lucia",
          lastName: "Fernandes",
          phone: "(555) 321-7788",
          email: "lucia.f@mail.example",
        },
      })
    ).json();
    const made = (
      await post(`/api/interactions/${contact.id}/requests`, {
        serviceCode: "pothole",
        answers: { size: "plate_to_tire" },
        location: { address: "9 Oak Street" },
      })
    ).json();
    await post(`/api/interactions/${contact.id}/end`, { wrapUpCode: "request_created" });
    const someoneElses = (
      await post("/api/requests", {
        serviceCode: "pothole",
        answers: { size: "plate_to_tire" },
        location: { address: "1 Elm Street" },
      })
    ).json();
    const second = (
      await post("/api/interactions", { channel: "phone", constituentId: contact.constituent.id })
    ).json();
    await post(`/api/interactions/${second.id}/links`, { number: someoneElses.number });

    for (const q of [
      "+1 555 321 7788",
      "5553217788",
      "321-7788",
      "lucia.f@mail.example",
      "fernandes",
      "Lucia Fern",
    ]) {
      const found = (await get(`/api/constituents?q=${encodeURIComponent(q)}`)).json().items;
      expect(
        found.map((c: { id: number }) => c.id),
        q,
      ).toContain(contact.constituent.id);
    }
    const summary = (await get(`/api/constituents/${contact.constituent.id}`)).json();
    expect(summary.constituent).toMatchObject({ name: "Lucia Fernandes", phone: "(555) 321-7788" });
    expect(summary.openRequests.map((r: { number: string }) => r.number)).toEqual([made.number]);
    expect(summary.followedRequests.map((r: { number: string }) => r.number)).toEqual([someoneElses.number]);
    expect(summary.recentContacts.map((c: { id: number }) => c.id)).toEqual(
      expect.arrayContaining([contact.id, second.id]),
    );
  });

  it("is for staff only, and answers an unknown caller with 404", async () => {
    expect((await city.app.inject({ method: "GET", url: "/api/constituents?q=silva" })).statusCode).toBe(401);
    expect((await get("/api/constituents/99999999")).statusCode).toBe(404);
    expect((await get("/api/constituents?q=a")).statusCode).toBe(400);
  });
});
