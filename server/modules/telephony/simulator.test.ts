import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callEventInput } from "../../../common/contracts/telephony.js";
import { calls } from "../../db/schema/index.js";
import { TEST_WEBHOOK_SECRET, type TestCity, testCity } from "../../test/app.js";
import { planCalls, simulatePhoneLine } from "./simulator.js";

const AGENTS = ["operator@civic311.example", "supervisor@civic311.example"];

describe("the phone line simulator's plan", () => {
  const plan = planCalls({ agents: AGENTS, calls: 300, seed: 7 });

  it("is made of valid events, each call arriving first and ending once", () => {
    const byCall = new Map<string, string[]>();
    for (const { event } of plan) {
      expect(callEventInput.safeParse({ ...event, at: new Date().toISOString() }).success).toBe(true);
      byCall.set(event.callId, [...(byCall.get(event.callId) ?? []), event.type]);
    }
    expect(byCall.size).toBe(300);
    for (const types of byCall.values()) {
      expect(types[0]).toBe("arrived");
      expect(types.filter((t) => t === "ended" || t === "abandoned")).toHaveLength(1);
    }
    const kinds = [...byCall.values()];
    expect(kinds.filter((t) => t.includes("menu")).length).toBeGreaterThan(20);
    expect(kinds.filter((t) => t.includes("abandoned")).length).toBeGreaterThan(0);
    const queued = kinds.filter((t) => t.includes("queued")).length;
    expect(kinds.filter((t) => t.includes("answered")).length).toBeGreaterThan(queued * 0.5);
  });

  it("never gives an operator two calls at once", () => {
    for (const agent of AGENTS) {
      const talks: [number, number][] = [];
      const open = new Map<string, number>();
      for (const { at, event } of plan) {
        if (event.type === "answered" && event.agent === agent) open.set(event.callId, at);
        if (event.type === "ended" && open.has(event.callId)) talks.push([open.get(event.callId)!, at]);
      }
      talks.sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < talks.length; i++) expect(talks[i]![0]).toBeGreaterThanOrEqual(talks[i - 1]![1]);
    }
  });
});

describe("civic311 phone simulate against a running server", () => {
  let city: TestCity;
  let url: string;
  beforeAll(async () => {
    city = await testCity({ requests: 5, interactions: 5 });
    city.clock.set(new Date()); // signatures are checked against the server's clock
    url = await city.app.listen({ port: 0, host: "127.0.0.1" });
  });
  afterAll(() => city?.close());

  it("posts every planned event over signed HTTP and the calls are recorded", async () => {
    const plan = planCalls({ agents: AGENTS, calls: 6, seed: 11 });
    const done: number[] = [];
    const { events } = await simulatePhoneLine({
      baseUrl: url,
      secret: TEST_WEBHOOK_SECRET,
      agents: AGENTS,
      calls: 6,
      speed: 5000,
      seed: 11,
      onCallDone: (n) => done.push(n),
    });
    expect(events).toBe(plan.length);
    expect(done).toEqual([1, 2, 3, 4, 5, 6]);
    const ids = [...new Set(plan.map((p) => p.event.callId.replace(/^SIM-[^-]+-/, "")))];
    expect(ids).toHaveLength(6);
    const rows = await city.database.db.select().from(calls).where(eq(calls.source, "webhook"));
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.endedAt !== null)).toBe(true);
    const answered = rows.filter((r) => r.answeredAt);
    expect(answered.length).toBe(plan.filter((p) => p.event.type === "answered").length);
  });

  it("stops with the webhook's refusal when the secret is wrong", async () => {
    await expect(
      simulatePhoneLine({ baseUrl: url, secret: "w".repeat(40), agents: AGENTS, calls: 1, speed: 5000 }),
    ).rejects.toThrow(/401/);
  });
});
