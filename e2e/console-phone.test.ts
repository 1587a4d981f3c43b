import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserJourneys, signInThroughPage } from "./harness.js";
import { postCallEvents } from "./phone.js";

const { suite, state } = browserJourneys();

const OPERATOR = "operator@civic311.example";

interface InteractionJson {
  id: number;
  startedAt: string;
  endedAt: string | null;
  constituent: { id: number; name: string | null } | null;
  outcomes: string[];
  requests: { number: string; relation: string }[];
  call: {
    arrivedAt: string;
    answeredAt: string | null;
    endedAt: string | null;
    queueSeconds: number | null;
    talkSeconds: number | null;
  } | null;
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const phoneState = (page: Page) =>
  page.locator("[data-phone-state]").getAttribute("data-phone-state") as Promise<string>;
const interactionId = async (page: Page) =>
  Number(await page.locator("[data-interaction-id]").getAttribute("data-interaction-id"));

async function getJson<T>(page: Page, url: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { accept: "application/json" } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as T;
  }, url);
}

/** The screen pop's banner. */
const banner = (page: Page, text: string) =>
  page.locator("[data-incoming-call-id] .usa-alert__text", { hasText: text });

/** Signs in as the operator and opens the console, once its live stream (the screen pop's channel) is open. */
async function openConsole(page: Page) {
  await signInThroughPage(page, state.server.url, OPERATOR);
  const stream = page.waitForResponse((r) => r.url().includes("/api/events/stream"));
  await page.goto(`${state.server.url}/staff/console`);
  await page.getByRole("heading", { name: "Call console" }).waitFor();
  expect((await stream).status()).toBe(200);
  await expect.poll(() => phoneState(page)).not.toBe("");
}

/** Moves the search highlight with ArrowDown until it is on a result of `kind` whose text has `title`. */
async function highlight(page: Page, kind: string, title: string) {
  await page.locator(`[role="option"][id^="console-result-${kind}-"]`, { hasText: title }).first().waitFor();
  for (let i = 0; i < 30; i++) {
    const ok = await page.evaluate(
      ({ kind, title }) => {
        const id = document.activeElement?.getAttribute("aria-activedescendant") ?? "";
        const option = id ? document.getElementById(id) : null;
        return id.startsWith(`console-result-${kind}-`) && (option?.textContent ?? "").includes(title);
      },
      { kind, title },
    );
    if (ok) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`No ${kind} result "${title}" could be highlighted`);
}

async function tabToId(page: Page, id: string) {
  for (let i = 0; i < 40; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached #${id}`);
}

/** A demo caller whose number is theirs alone, read through the staff API as the operator. */
async function knownCaller(page: Page): Promise<{ id: number; name: string; phone: string }> {
  for (const q of ["ma", "jo", "an", "li", "da", "sa", "el", "ca", "ro", "mi"]) {
    const { items } = await getJson<{ items: { id: number; name: string | null; phone: string | null }[] }>(
      page,
      `/api/constituents?q=${q}`,
    );
    for (const c of items) {
      if (!c.name || !c.phone) continue;
      const same = await getJson<{ items: { id: number }[] }>(
        page,
        `/api/constituents?q=${encodeURIComponent(c.phone)}`,
      );
      if (same.items.length === 1) return { id: c.id, name: c.name, phone: c.phone };
    }
  }
  throw new Error("no demo caller with a number of their own");
}

suite("the phone line in the call console, in Chromium", () => {
  it("pops a known caller without a click, opens the answered call as the contact, and wraps up to available", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await openConsole(page);
    const url = state.server.url;

    // The operator makes themselves available.
    await page.getByRole("button", { name: "Available", exact: true }).click();
    await expect.poll(() => phoneState(page)).toBe("available");
    await page.locator("#phone-state-label", { hasText: "Available" }).waitFor();
    const availableSince = Date.parse((await getJson<{ since: string }>(page, "/api/telephony/me")).since);

    const caller = await knownCaller(page);
    // The caller had been waiting in the queue before the operator became available.
    const arrivedAt = new Date(availableSince - 40_000);
    const queuedAt = new Date(availableSince - 38_000);
    await postCallEvents(url, [
      { callId: "E2E-CALL-1", type: "arrived", at: arrivedAt, from: caller.phone, to: "311" },
      { callId: "E2E-CALL-1", type: "queued", at: queuedAt },
      { callId: "E2E-CALL-1", type: "offered", agent: OPERATOR },
    ]);

    // Offered: the banner and the caller's record, with focus on their name, and no click.
    await banner(page, `Incoming call from ${caller.name}`).waitFor();
    await page.getByRole("status").getByText(`Incoming call from ${caller.name}.`).waitFor();
    await page.getByRole("heading", { name: caller.name }).waitFor();
    await expect.poll(() => activeId(page)).toBe("console-popped-caller");
    await page.getByRole("heading", { name: "Recent contacts" }).waitFor();

    const answeredAt = new Date();
    await postCallEvents(url, [{ callId: "E2E-CALL-1", type: "answered", at: answeredAt, agent: OPERATOR }]);
    await page.locator('[data-contact-state="active"]').waitFor();
    await expect.poll(() => activeId(page)).toBe("console-active-caller");
    expect((await page.locator("#console-active-caller").textContent())?.trim()).toBe(caller.name);
    await expect.poll(() => phoneState(page)).toBe("on_call");
    const id = await interactionId(page);
    expect(await page.locator("[data-call-answered-at]").getAttribute("data-call-answered-at")).toBe(
      answeredAt.toISOString(),
    );

    // The operator creates a request through the console's form.
    await page.keyboard.press("Alt+S");
    await expect.poll(() => activeId(page)).toBe("console-search");
    await page.keyboard.type("pothole");
    await highlight(page, "service", "Pothole");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Pothole" }).waitFor();
    await tabToId(page, "console-q-size");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.locator("#console-q-size").inputValue()).not.toBe("");
    const label = (await getJson<{ items: { label: string }[] }>(page, "/api/addresses?q=M")).items[0]?.label;
    expect(label).toBeTruthy();
    await tabToId(page, "console-address");
    await page.keyboard.type(label!.split(",")[0]!.split(" ").slice(0, 2).join(" "));
    await page.locator("#console-address-list [role='option']").first().waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#console-address-list").isHidden()).toBe(true);
    await page.keyboard.press("Alt+R");
    const number = page.locator("[data-tracking-number]");
    await number.waitFor();
    const tracking = (await number.textContent())?.trim() ?? "";
    expect(tracking).toMatch(/^\d{7}$/);

    // The caller hangs up: the operator is in wrap-up and the contact shows the call's end.
    const endedAt = new Date();
    await postCallEvents(url, [{ callId: "E2E-CALL-1", type: "ended", at: endedAt }]);
    await expect.poll(() => phoneState(page)).toBe("wrap_up");
    await page.locator("#phone-state-label", { hasText: "Wrap-up" }).waitFor();
    await page.getByRole("button", { name: "Ready for next call" }).waitFor();
    await page.locator(`[data-call-ended-at="${endedAt.toISOString()}"]`).first().waitFor();

    // The operator ends the contact: the summary shows the call's times and they are available again.
    await page.getByLabel("Wrap-up code").selectOption("request_created");
    await page.getByRole("button", { name: "End contact" }).click();
    await page.locator('[data-contact-state="ended"]').waitFor();
    await page.getByRole("heading", { name: "Contact ended" }).waitFor();
    await page
      .getByRole("region", { name: "Contact ended" })
      .locator(`[data-call-ended-at="${endedAt.toISOString()}"]`)
      .waitFor();
    await expect.poll(() => phoneState(page)).toBe("available");

    const view = await getJson<InteractionJson>(page, `/api/interactions/${id}`);
    expect(view.startedAt).toBe(answeredAt.toISOString());
    expect(view.constituent?.id).toBe(caller.id);
    expect(view.requests).toEqual([{ number: tracking, relation: "created" }]);
    expect(view.endedAt).not.toBeNull();
    expect(view.call).toEqual({
      arrivedAt: arrivedAt.toISOString(),
      answeredAt: answeredAt.toISOString(),
      endedAt: endedAt.toISOString(),
      queueSeconds: Math.round((answeredAt.getTime() - queuedAt.getTime()) / 1000),
      talkSeconds: Math.round((endedAt.getTime() - answeredAt.getTime()) / 1000),
    });
    const me = await getJson<{ state: string }>(page, "/api/telephony/me");
    expect(me.state).toBe("available");
    await context.close();
  });

  it("shows a callback in the queue panel; Call back opens a contact; axe finds nothing serious", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await openConsole(page);
    const url = state.server.url;
    if ((await phoneState(page)) !== "available") {
      await page.getByRole("button", { name: "Available", exact: true }).click();
      await expect.poll(() => phoneState(page)).toBe("available");
    }
    const number = "(555) 010-7311";
    const arrivedAt = new Date(Date.now() - 300_000);
    await postCallEvents(url, [
      { callId: "E2E-CB-1", type: "arrived", at: arrivedAt, from: number, to: "311" },
      { callId: "E2E-CB-1", type: "queued", at: new Date(arrivedAt.getTime() + 2000) },
      { callId: "E2E-CB-1", type: "callback_requested", at: new Date(arrivedAt.getTime() + 150_000) },
    ]);
    const callBack = page.getByRole("button", { name: `Call back ${number}` });
    await callBack.waitFor();
    await page.getByRole("list", { name: "Callbacks" }).getByText(number).first().waitFor();
    const { queue } = await getJson<{ queue: { kind: string }[] }>(page, "/api/telephony/queue");
    expect(await page.getByTestId("queue-waiting").textContent()).toBe(
      String(queue.filter((e) => e.kind === "call").length),
    );

    // The console with the state control and the queue panel (and a callback in it).
    expect(await seriousViolations(page)).toEqual([]);

    await callBack.click();
    await page.locator('[data-contact-state="active"]').waitFor();
    await expect.poll(() => activeId(page)).toBe("console-active-caller");
    await expect.poll(() => phoneState(page)).toBe("on_call");
    await expect.poll(() => page.getByRole("button", { name: `Call back ${number}` }).count()).toBe(0);
    const id = await interactionId(page);
    const view = await getJson<InteractionJson>(page, `/api/interactions/${id}`);
    expect(view.call).toMatchObject({ arrivedAt: arrivedAt.toISOString(), answeredAt: null });
    expect(view.endedAt).toBeNull();

    // Ending the callback's contact makes the operator available (no phone-system event ends a callback).
    await page.getByRole("button", { name: "End contact" }).click();
    await page.locator('[data-contact-state="ended"]').waitFor();
    await expect.poll(() => phoneState(page)).toBe("available");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("pops an unknown number into the new-caller form, and goes away and offline from the header", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await openConsole(page);
    const number = "(555) 010-9090";
    await postCallEvents(state.server.url, [
      { callId: "E2E-NEW-1", type: "arrived", from: number, to: "311" },
      { callId: "E2E-NEW-1", type: "offered", agent: OPERATOR },
    ]);
    await banner(page, `Incoming call from ${number}`).waitFor();
    await expect.poll(() => activeId(page)).toBe("console-popped-caller");
    expect(await page.locator("#console-new-phone").inputValue()).toBe(number);
    await page.getByRole("button", { name: "Dismiss this call" }).click();
    await expect.poll(() => activeId(page)).toBe("console-channel");

    await page.getByLabel("Away reason").selectOption("lunch");
    await page.getByRole("button", { name: "Away", exact: true }).click();
    await page.locator("#phone-state-label", { hasText: "Away (lunch)" }).waitFor();
    expect(await phoneState(page)).toBe("away");
    await page.getByRole("button", { name: "Offline", exact: true }).click();
    await expect.poll(() => phoneState(page)).toBe("offline");
    const me = await getJson<{ state: string; reason: string | null }>(page, "/api/telephony/me");
    expect(me).toMatchObject({ state: "offline", reason: null });
    await context.close();
  });

  it("a contact started from the popped new-caller form is the one the answer joins", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await openConsole(page);
    await postCallEvents(state.server.url, [
      { callId: "E2E-JOIN-1", type: "arrived", from: "(555) 010-7171", to: "311" },
      { callId: "E2E-JOIN-1", type: "offered", agent: OPERATOR },
    ]);
    await banner(page, "Incoming call from (555) 010-7171").waitFor();
    await page.locator("#console-new-first-name").fill("Rosa");
    await page.getByRole("button", { name: "Start contact with new caller" }).click();
    await expect.poll(() => interactionId(page)).toBeGreaterThan(0);
    const started = await interactionId(page);
    const answeredAt = new Date();
    await postCallEvents(state.server.url, [
      { callId: "E2E-JOIN-1", type: "answered", agent: OPERATOR, at: answeredAt },
    ]);
    await expect
      .poll(
        async () => (await getJson<InteractionJson>(page, `/api/interactions/${started}`)).call?.answeredAt,
      )
      .toBe(answeredAt.toISOString());
    const contact = await getJson<InteractionJson>(page, `/api/interactions/${started}`);
    expect(contact.startedAt).toBe(answeredAt.toISOString());
    expect(contact.constituent?.name).toContain("Rosa");
    expect(await interactionId(page)).toBe(started);
    expect(await page.getByRole("button", { name: "Switch to this call" }).count()).toBe(0);
    await context.close();
  });

  it("counts time in state by the server's clock, whatever the browser's says", async () => {
    const context = await state.browser.newContext();
    // This PC's clock is two hours fast.
    await context.addInitScript(() => {
      const real = Date.now.bind(Date);
      Date.now = () => real() + 2 * 3600 * 1000;
    });
    const page = await context.newPage();
    await openConsole(page);
    const available = page.getByRole("button", { name: "Available", exact: true });
    if (await available.isVisible()) await available.click();
    // The state began within the last minutes (earlier journeys, or just now): never shown as two hours.
    const timer = page.locator('#phone-state-heading ~ p [role="timer"]');
    await timer.waitFor();
    expect(await timer.textContent()).toMatch(/^\d{1,2}:\d\d$/);
    await context.close();
  });

  it("does not replace a contact in progress: a notice offers to switch, and the contact left can be returned to", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await openConsole(page);
    await page.getByRole("button", { name: "Anonymous caller" }).click();
    await page.locator('[data-contact-state="active"]').waitFor();
    const first = await interactionId(page);

    await postCallEvents(state.server.url, [
      { callId: "E2E-SW-1", type: "arrived", from: "(555) 010-6060", to: "311" },
      { callId: "E2E-SW-1", type: "answered", agent: OPERATOR },
    ]);
    const notice = page.locator('[data-waiting="contact"]');
    await notice.waitFor();
    expect(await interactionId(page)).toBe(first);
    await notice.getByRole("button", { name: "Switch to this call" }).click();
    await expect.poll(() => interactionId(page)).not.toBe(first);
    const second = await interactionId(page);
    const view = await getJson<InteractionJson>(page, `/api/interactions/${second}`);
    expect(view.call?.answeredAt).not.toBeNull();
    await expect.poll(() => activeId(page)).toBe("console-active-caller");

    await page.getByRole("button", { name: "Return to an anonymous caller" }).click();
    await expect.poll(() => interactionId(page)).toBe(first);
    await page.getByRole("button", { name: "Return to (555) 010-6060" }).waitFor();
    await context.close();
  });
});
