import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

interface InteractionJson {
  constituent: { id: number; name: string | null; phone: string | null; email: string | null } | null;
  outcomes: string[];
  articles: { id: number; title: string }[];
  requests: { number: string; relation: string }[];
  wrapUpCode: string | null;
  endedAt: string | null;
}

const signIn = (page: Page, email: string) => signInThroughPage(page, state.server.url, email);

async function openConsole(page: Page) {
  await signIn(page, "operator@civic311.example");
  await page.goto(`${state.server.url}/staff/console`);
  await page.getByRole("heading", { name: "Call console" }).waitFor();
  await page.getByRole("heading", { name: "Keyboard shortcuts" }).waitFor();
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

/** Presses Tab until the focused element satisfies `test`. */
async function tabUntil(page: Page, test: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 40; i++) {
    if (await test()) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${what}`);
}

const tabToButton = (page: Page, name: string) =>
  tabUntil(page, async () => (await activeText(page)) === name, `the "${name}" button`);
const tabToId = (page: Page, id: string) =>
  tabUntil(page, async () => (await activeId(page)) === id, `#${id}`);

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

async function startAnonymousContact(page: Page) {
  await page.keyboard.press("Alt+N");
  await expect.poll(() => activeId(page)).toBe("console-channel");
  await tabToButton(page, "Anonymous caller");
  await page.keyboard.press("Enter");
  await page.locator('[data-contact-state="active"]').waitFor();
  await expect.poll(() => activeId(page)).toBe("console-search");
  return Number(await page.locator("[data-interaction-id]").getAttribute("data-interaction-id"));
}

async function fetchInteraction(page: Page, id: number): Promise<InteractionJson> {
  return page.evaluate(async (id) => {
    const response = await fetch(`/api/interactions/${id}`, { headers: { accept: "application/json" } });
    return (await response.json()) as InteractionJson;
  }, id);
}

suite("call console in Chromium, keyboard only", () => {
  it("answers a caller from an article and wraps up as resolved", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await openConsole(page);
    const id = await startAnonymousContact(page);
    expect(id).toBeGreaterThan(0);

    await page.keyboard.type("city hall hours");
    await highlight(page, "article", "City Hall hours");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "City Hall hours" }).waitFor();
    await expect.poll(() => activeText(page)).toBe("City Hall hours");

    await tabToButton(page, "Answered from this article");
    await page.keyboard.press("Enter");
    await page.getByText("Recorded: the caller was answered").waitFor();

    await page.keyboard.press("Alt+W");
    await expect.poll(() => activeId(page)).toBe("console-wrap-up-code");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.locator("#console-wrap-up-code").inputValue()).toBe("resolved");
    await tabToButton(page, "End contact");
    await page.keyboard.press("Enter");
    await page.locator('[data-contact-state="ended"]').waitFor();
    await expect.poll(() => activeText(page)).toBe("Contact ended");

    const view = await fetchInteraction(page, id);
    expect(view.outcomes).toContain("answered");
    expect(view.articles.map((a) => a.title)).toContain("City Hall hours");
    expect(view.wrapUpCode).toBe("resolved");
    expect(view.endedAt).not.toBeNull();
    await context.close();
  });

  it("creates a pothole request and shows the tracking number to read back", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await openConsole(page);
    const id = await startAnonymousContact(page);

    await page.keyboard.type("pothole");
    await highlight(page, "service", "Pothole");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Pothole" }).waitFor();

    // The required question: the first size in the list.
    await tabToId(page, "console-q-size");
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => page.locator("#console-q-size").inputValue()).not.toBe("");

    // A real address of the demo city, typed and then picked from the suggestions.
    const label = await page.evaluate(async () => {
      const response = await fetch("/api/addresses?q=M", { headers: { accept: "application/json" } });
      const body = (await response.json()) as { items: { label: string }[] };
      return body.items[0]?.label ?? "";
    });
    expect(label).not.toBe("");
    await tabToId(page, "console-address");
    // "1 Marion Court, Riverton, MA" → type "1 Marion" and pick the first suggestion.
    await page.keyboard.type(label.split(",")[0]!.split(" ").slice(0, 2).join(" "));
    await page.locator("#console-address-list [role='option']").first().waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#console-address-list").isHidden()).toBe(true);
    expect(await page.locator("#console-address").inputValue()).toContain(label.split(" ")[0]!);
    // The map draws the city's own streets (no tiles) and centres on the picked address.
    const map = page.locator(".city-map");
    expect(Number(await map.getAttribute("data-map-streets"))).toBeGreaterThan(10);
    await expect.poll(() => map.getAttribute("data-map-point")).not.toBe("");
    expect(await map.locator("path.leaflet-interactive").count()).toBeGreaterThan(10);
    expect(await map.getAttribute("aria-label")).toContain(label.split(",")[0]!);

    await page.keyboard.press("Alt+R");
    const number = page.locator("[data-tracking-number]");
    await number.waitFor();
    expect((await number.textContent())?.trim()).toMatch(/^\d{7}$/);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.hasAttribute("data-tracking-number")))
      .toBe(true);

    const view = await fetchInteraction(page, id);
    expect(view.outcomes).toContain("request_created");
    expect(view.requests.some((r) => r.relation === "created")).toBe(true);
    await context.close();
  });

  it("transfers a caller to the City Clerk with Alt+T and shows the summary, stacked at 320 px", async () => {
    const context = await state.browser.newContext({ viewport: { width: 320, height: 900 } });
    const page = await context.newPage();
    await openConsole(page);
    const id = await startAnonymousContact(page);

    await page.keyboard.type("city clerk");
    await highlight(page, "department", "City Clerk");
    await page.keyboard.press("Enter");
    await page.locator('[data-console-action="transfer"]').waitFor();
    await page.keyboard.press("Alt+T");
    await page.locator('[data-contact-state="ended"]').waitFor();
    await expect.poll(() => activeText(page)).toBe("Contact ended");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(330);

    const view = (await fetchInteraction(page, id)) as InteractionJson & {
      transferredTo: { code: string } | null;
    };
    expect(view.outcomes).toContain("transferred");
    expect(view.transferredTo?.code).toBe("clerk");
    expect(view.endedAt).not.toBeNull();

    // Alt+N from the summary goes back to a fresh "New contact" form.
    await page.keyboard.press("Alt+N");
    await expect.poll(() => activeId(page)).toBe("console-channel");
    await context.close();
  });

  it("refers a driver's-license question to the Registry of Motor Vehicles with Alt+F", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await openConsole(page);
    const id = await startAnonymousContact(page);

    await page.keyboard.type("registry of motor vehicles");
    await highlight(page, "agency", "Registry of Motor Vehicles");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: /Registry of Motor Vehicles/ }).waitFor();
    await page.keyboard.press("Alt+F");
    await page.locator('[data-contact-state="ended"]').waitFor();

    const view = (await page.evaluate(
      async (id) => (await fetch(`/api/interactions/${id}`)).json(),
      id,
    )) as InteractionJson & {
      referredTo: { code: string } | null;
    };
    expect(view.outcomes).toEqual(["referred"]);
    expect(view.referredTo?.code).toBe("rmv");
    expect(view.endedAt).not.toBeNull();
    await context.close();
  });

  it("a second caller for an open pothole is offered the existing request and follows it", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await openConsole(page);
    // An open pothole of the demo history, with the address it was reported at.
    const existing = await page.evaluate(async () => {
      const res = await fetch(
        "/api/requests?service=pothole&status=new,acknowledged,in_progress,on_hold&limit=50",
      );
      const items = ((await res.json()) as { items: { number: string; address: string | null }[] }).items;
      return items.find((r) => r.address && /^\d+ /.test(r.address)) ?? null;
    });
    expect(existing).not.toBeNull();
    const id = await startAnonymousContact(page);
    await page.keyboard.type("pothole");
    await highlight(page, "service", "Pothole");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Pothole" }).waitFor();
    await tabToId(page, "console-address");
    await page.keyboard.type(existing!.address!.split(",")[0]!);
    await page.locator("#console-address-list [role='option']").first().waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByText(existing!.number).first().waitFor();
    // The open request shows on the map too, described in the map's text alternative.
    await expect.poll(() => page.locator(".city-map").getAttribute("data-map-markers")).not.toBe("0");
    expect(await page.locator(".city-map").getAttribute("aria-label")).toMatch(
      /open Pothole reports? within/,
    );
    await tabToButton(page, "Add this caller to it");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await fetchInteraction(page, id)).outcomes).toContain("request_linked");
    const view = await fetchInteraction(page, id);
    expect(view.requests).toEqual([{ number: existing!.number, relation: "linked" }]);
    await context.close();
  });

  it("with a mouse, a click on the map places the request at the nearest address", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await openConsole(page);
    const id = await startAnonymousContact(page);
    await page.keyboard.type("pothole");
    await highlight(page, "service", "Pothole");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Pothole" }).waitFor();
    await page.locator("#console-q-size").selectOption({ index: 1 });

    const map = page.locator(".city-map");
    await expect.poll(async () => Number(await map.getAttribute("data-map-streets"))).toBeGreaterThan(10);
    // Click on a street (the middle of the first street line drawn), where addresses are.
    await map.locator("path.leaflet-interactive").first().click();
    await expect.poll(() => map.getAttribute("data-map-point")).not.toBe("");
    const place = await page.locator("#console-address").inputValue();
    const [lat, lng] = (await map.getAttribute("data-map-point"))!.split(",").map(Number);
    // The place is the listed address nearest the click, or the bare point when none is within 150 m.
    const nearest = await page.evaluate(
      async ([lat, lng]) => {
        const res = await fetch(`/api/addresses/nearest?lat=${lat}&lng=${lng}`);
        return ((await res.json()) as { address: { label: string } | null }).address;
      },
      [lat, lng] as const,
    );
    if (nearest) expect(place).toBe(nearest.label);
    else expect(place).toBe("");

    await page.keyboard.press("Alt+R");
    const number = (await page.locator("[data-tracking-number]").textContent())?.trim();
    const detail = await page.evaluate(async (n) => {
      const res = await fetch(`/api/requests/${n}`);
      return (await res.json()) as { address: string | null; lat: number | null; lng: number | null };
    }, number);
    expect(detail.lat).toBeCloseTo(lat!, 5);
    expect(detail.lng).toBeCloseTo(lng!, 5);
    expect(detail.address ?? "").toBe(place);
    expect((await fetchInteraction(page, id)).outcomes).toContain("request_created");
    await context.close();
  });

  it("a caller the lookup does not find is added with their details, keyboard only", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await openConsole(page);
    await page.keyboard.press("Alt+N");
    await expect.poll(() => activeId(page)).toBe("console-channel");
    await tabToId(page, "console-caller-search");
    const phone = "(555) 010-4242";
    await page.keyboard.type(phone);
    await page.getByText("0 callers match.").waitFor();
    await tabToButton(page, "New caller");
    await page.keyboard.press("Enter");
    // The typed phone number is already in the phone field; the name is typed.
    await expect.poll(() => activeId(page)).toBe("console-new-first-name");
    expect(await page.locator("#console-new-phone").inputValue()).toBe(phone);
    await page.keyboard.type("Rosa");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Lima");
    await tabToId(page, "console-new-language");
    await page.keyboard.press("ArrowDown");
    await tabToButton(page, "Start contact with new caller");
    await page.keyboard.press("Enter");
    await page.locator('[data-contact-state="active"]').waitFor();
    await page.getByText("Rosa Lima").first().waitFor();
    const id = Number(await page.locator("[data-interaction-id]").getAttribute("data-interaction-id"));
    const view = await fetchInteraction(page, id);
    expect(view.constituent).toMatchObject({ name: "Rosa Lima", phone });
    // The next time she calls, the lookup finds her by the same number written another way.
    const found = await page.evaluate(async () => {
      const res = await fetch("/api/constituents?q=5550104242");
      return ((await res.json()) as { items: { id: number }[] }).items.map((c) => c.id);
    });
    expect(found).toContain(view.constituent!.id);
    await context.close();
  });
});
