import { and, eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  notificationDeliveries,
  requestEscalations,
  requestEvents,
  serviceRequests,
  surveyResponses,
} from "../../db/schema/index.js";
import { type JobQueue, startJobs } from "../../platform/jobs.js";
import { type StaffSessionCookies, signInAs, type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { type Mailbox, type SmsGateway, startMailbox, startSmsGateway } from "../../test/mail.js";
import { QUEUES, startWorker, type Worker } from "../../worker.js";
import { deliverEvent, escalateDueRequests, smtpMailer, twilioSms } from "./index.js";

let city: TestCity;
let mailbox: Mailbox;
let gateway: SmsGateway;
let worker: Worker | undefined;
let workerJobs: JobQueue | undefined;
let op: StaffSessionCookies;
let staff: StaffSessionCookies;

const mailer = () => smtpMailer(mailbox.url, "City 311 <no-reply@civic311.example>");
const sms = () =>
  twilioSms({
    baseUrl: gateway.baseUrl,
    accountSid: gateway.accountSid,
    authToken: gateway.authToken,
    from: "+15550000311",
  });

/** A worker with its own pg-boss connection to the city's database, as a separate process would have. */
async function startTheWorker() {
  workerJobs = await startJobs(city.database, QUEUES, { supervise: true });
  worker = await startWorker({
    db: city.database.db,
    jobs: workerJobs,
    clock: city.clock,
    config: city.config,
    mailer: mailer(),
    sms: sms(),
  });
}
async function stopTheWorker() {
  await worker?.stop();
  await workerJobs?.stop();
  worker = undefined;
  workerJobs = undefined;
}

beforeAll(async () => {
  [mailbox, gateway] = await Promise.all([startMailbox(), startSmsGateway()]);
  city = await testCity({ requests: 10, interactions: 5 });
  op = await signInAs(city.app, "operator@civic311.example");
  staff = await signInAs(city.app, "publicworks@civic311.example");
});
afterAll(async () => {
  await stopTheWorker();
  await city?.close();
  await mailbox?.close();
  await gateway?.close();
});

const until = async <T>(
  get: () => T | undefined | false | Promise<T | undefined | false>,
  ms = 20_000,
): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await get();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
};
const settle = () => new Promise((r) => setTimeout(r, 2500));

const call = (who: StaffSessionCookies, method: "POST" | "GET", url: string, payload?: object) =>
  city.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });

/** The raw value of a header, as the mail program sees it. */
const header = (mail: ParsedMail, name: string) =>
  mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, "") ?? "";

const linkIn = (mail: ParsedMail, path: string) => {
  const m = new RegExp(`https?://\\S+${path}\\S*`).exec(mail.text ?? "");
  return m ? new URL(m[0]) : null;
};

describe(`residents' notifications on ${DB_KIND}`, () => {
  let number = "";
  let requestId = 0;

  it("a change made while no worker runs is sent exactly once when a worker starts (a restart loses nothing)", async () => {
    const made = await call(op, "POST", "/api/requests", {
      serviceCode: "pothole",
      answers: { size: "plate_to_tire" },
      location: { address: "12 Ridge Street, Riverton, MA", lat: 42.407, lng: -71.34 },
      channel: "phone",
      constituent: { firstName: "Lucía", lastName: "Gómez", email: "lucia@example.org", language: "es" },
    });
    expect(made.statusCode, made.body).toBe(201);
    number = made.json().number;
    const [row] = await city.database.db
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(eq(serviceRequests.number, number));
    requestId = row!.id;
    await settle();
    expect(mailbox.to("lucia@example.org")).toHaveLength(0);

    await startTheWorker();
    const [mail] = await until(
      () => mailbox.to("lucia@example.org").length === 1 && mailbox.to("lucia@example.org"),
    );
    expect(mail!.subject).toBe(`Recibimos su solicitud ${number}: Bache`);
    expect(mail!.text).toContain(`Número de seguimiento: ${number}`);
    expect(linkIn(mail!, `/requests/${number}`)).not.toBeNull();
    expect(header(mail!, "list-unsubscribe")).toMatch(/\/api\/public\/unsubscribe\?token=/);
    // Stopped and started again: nothing is sent twice.
    await stopTheWorker();
    await startTheWorker();
    await settle();
    expect(mailbox.to("lucia@example.org")).toHaveLength(1);
  });

  it("a follower by text message and the reporter by email each hear a truthful close, once", async () => {
    const contact = await call(op, "POST", "/api/interactions", {
      channel: "phone",
      constituent: { firstName: "Joe", phone: "+15550107777", contactPreference: "sms" },
    });
    const linked = await call(op, "POST", `/api/interactions/${contact.json().id}/links`, { number });
    expect(linked.statusCode, linked.body).toBe(200);

    const internal = await call(staff, "POST", `/api/requests/${number}/notes`, {
      body: "Crew 4 has it",
      public: false,
    });
    expect(internal.statusCode, internal.body).toBeLessThan(300);
    const closed = await call(staff, "POST", `/api/requests/${number}/status`, {
      status: "closed",
      closeReason: "no_action_needed",
      note: "El bache ya estaba reparado por el contratista del gas.",
    });
    expect(closed.statusCode, closed.body).toBeLessThan(300);

    const mails = await until(
      () => mailbox.to("lucia@example.org").length === 2 && mailbox.to("lucia@example.org"),
    );
    const close = mails[1]!;
    expect(close.subject).toBe(`La solicitud ${number} se cerró: no hacía falta ninguna acción`);
    expect(close.text).toContain("No se reparó ni se cambió nada.");
    expect(close.text).toContain("El bache ya estaba reparado");
    expect(close.text).not.toMatch(/terminad|arreglad|fixed/i);
    expect(linkIn(close, "/survey")).not.toBeNull();
    // The request link in a close message carries the survey token, so the page can offer "Not fixed?".
    expect(linkIn(close, `/requests/${number}`)!.searchParams.get("token")).toBe(
      linkIn(close, "/survey")!.searchParams.get("token"),
    );
    const text = await until(() => gateway.messages.find((m) => m.to === "+15550107777"));
    expect(text.body).toContain(`Request ${number} was closed: no action was needed`);
    expect(text.body).toContain(`/requests/${number}`);
    await settle();
    // The internal note told nobody; the close told each person once.
    expect(mailbox.to("lucia@example.org")).toHaveLength(2);
    expect(gateway.messages.filter((m) => m.to === "+15550107777")).toHaveLength(1);
    // Residents' messages never reach other residents.
    expect(mailbox.messages.flatMap((m) => m.text ?? "").join("\n")).not.toContain("+15550107777");
  });

  it("running a delivered event again sends nothing", async () => {
    const [event] = await city.database.db
      .select({ id: requestEvents.id })
      .from(requestEvents)
      .where(and(eq(requestEvents.requestId, requestId), eq(requestEvents.type, "status_changed")));
    const before = mailbox.messages.length;
    const report = await deliverEvent(
      {
        db: city.database.db,
        mailer: mailer(),
        sms: sms(),
        publicBaseUrl: city.config.publicBaseUrl,
        linkSecret: city.config.sessionSecret,
        timeZone: city.config.timeZone,
        clock: city.clock,
      },
      event!.id,
    );
    expect(report).toMatchObject({ sent: 0, alreadyDone: 2 });
    expect(mailbox.messages.length).toBe(before);
  });

  it("the survey link records an answer, and the unsubscribe link stops later messages", async () => {
    const close = mailbox.to("lucia@example.org")[1]!;
    const survey = linkIn(close, "/survey")!.searchParams.get("token")!;
    const shown = await city.app.inject({ method: "GET", url: `/api/public/surveys?token=${survey}` });
    expect(shown.json()).toMatchObject({ request: { number }, answer: null });
    const answered = await city.app.inject({
      method: "POST",
      url: "/api/public/surveys",
      payload: { token: survey, rating: 4, comment: "Rápido" },
    });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(
      await city.database.db.select().from(surveyResponses).where(eq(surveyResponses.requestId, requestId)),
    ).toMatchObject([{ rating: 4, comment: "Rápido" }]);
    const forged = await city.app.inject({
      method: "POST",
      url: "/api/public/surveys",
      payload: { token: `${survey.slice(0, -2)}xx`, rating: 1 },
    });
    expect(forged.statusCode).toBe(400);

    // One-click unsubscribe, as a mail program sends it (RFC 8058).
    const oneClick = new URL(header(close, "list-unsubscribe").replace(/[<>]/g, ""));
    const unsub = await city.app.inject({
      method: "POST",
      url: `${oneClick.pathname}${oneClick.search}`,
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload: "List-Unsubscribe=One-Click",
    });
    expect(unsub.statusCode, unsub.body).toBe(200);
    const reopened = await call(staff, "POST", `/api/requests/${number}/status`, { status: "in_progress" });
    expect(reopened.statusCode, reopened.body).toBeLessThan(300);
    const skipped = await until(async () => {
      const rows = await city.database.db
        .select({ status: notificationDeliveries.status, channel: notificationDeliveries.channel })
        .from(notificationDeliveries)
        .innerJoin(requestEvents, eq(requestEvents.id, notificationDeliveries.eventId))
        .where(and(eq(notificationDeliveries.requestId, requestId), eq(requestEvents.type, "reopened")));
      return rows.length === 2 && rows.every((r) => r.status !== "pending") ? rows : undefined;
    });
    // Lucía unsubscribed: her email is recorded as skipped; Joe still gets his text.
    expect(skipped).toEqual(
      expect.arrayContaining([
        { status: "skipped", channel: "email" },
        { status: "sent", channel: "sms" },
      ]),
    );
    expect(mailbox.to("lucia@example.org")).toHaveLength(2);
  });

  it("an overdue request escalates once and its department's supervisors get the email", async () => {
    const made = await call(op, "POST", "/api/requests", {
      serviceCode: "pothole",
      answers: { size: "plate_to_tire" },
      location: { lat: 42.41, lng: -71.33 },
    });
    const n = made.json().number;
    const later = new Date(new Date(made.json().dueAt).getTime() + 60_000);
    expect(
      await escalateDueRequests({ db: city.database.db, jobs: city.jobs, now: later }),
    ).toBeGreaterThanOrEqual(1);
    expect(await escalateDueRequests({ db: city.database.db, jobs: city.jobs, now: later })).toBe(0);
    const [req] = await city.database.db
      .select({ id: serviceRequests.id })
      .from(serviceRequests)
      .where(eq(serviceRequests.number, n));
    const levels = await city.database.db
      .select()
      .from(requestEscalations)
      .where(eq(requestEscalations.requestId, req!.id));
    expect(levels.map((l) => [l.level, l.label])).toEqual([[2, "Overdue"]]);
    const alert = await until(() => mailbox.messages.find((m) => m.subject?.includes(`request ${n}`)));
    expect(alert.subject).toBe(`[311 escalation 2] Overdue: request ${n}, Pothole`);
    expect(alert.text).toContain(`/staff/requests/${n}`);
    expect(alert.to).toMatchObject({ text: expect.stringContaining("supervisor@civic311.example") });
  });

  it("the per-request unfollow link stops updates about that request only, for the reporter too", async () => {
    const made = await call(op, "POST", "/api/requests", {
      serviceCode: "pothole",
      answers: { size: "plate_to_tire" },
      location: { lat: 42.412, lng: -71.331 },
      constituent: { firstName: "Mei", email: "mei@example.org" },
    });
    const n = made.json().number;
    const [received] = await until(
      () => mailbox.to("mei@example.org").length === 1 && mailbox.to("mei@example.org"),
    );
    const unfollowUrl = linkIn(received!, "/unfollow");
    expect(unfollowUrl).not.toBeNull();
    const res = await city.app.inject({
      method: "POST",
      url: "/api/public/unfollow",
      payload: { token: unfollowUrl!.searchParams.get("token") },
    });
    expect(res.json()).toEqual({ number: n, unfollowed: true, wasFollowing: true });
    const wrongPurpose = linkIn(received!, "/unsubscribe")!.searchParams.get("token");
    expect(
      (
        await city.app.inject({
          method: "POST",
          url: "/api/public/unfollow",
          payload: { token: wrongPurpose },
        })
      ).statusCode,
    ).toBe(400);
    const note = await call(staff, "POST", `/api/requests/${n}/notes`, {
      body: "Crew scheduled.",
      public: true,
    });
    expect(note.statusCode, note.body).toBeLessThan(300);
    await settle();
    expect(mailbox.to("mei@example.org")).toHaveLength(1);
  });
});
