import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import type { Wallboard } from "../common/contracts/telephony.js";
import { seriousViolations } from "./axe.js";
import { browserJourneys, signInThroughPage } from "./harness.js";
import { apiSession } from "./messages.js";
import { postCallEvents } from "./phone.js";

const { suite, state } = browserJourneys();

const OPERATOR = "operator@civic311.example";
/** How long the screen may take to show a change (the live stream, or the 5 s refresh on a busy machine). */
const LIVE = { timeout: 30_000, interval: 200 };

const figure = (page: Page, name: string) => page.locator(`[data-figure="${name}"]`);
const figureValue = (page: Page, name: string) => figure(page, name).getAttribute("data-value");
const figureText = async (page: Page, name: string) =>
  (await figure(page, name).locator(".wb-tile__value").textContent())?.trim();
const stateCount = async (page: Page, state: string) =>
  (await page.locator(`[data-state-count="${state}"] dd`).textContent())?.trim();

/** Horizontal and vertical overflow of the page, in pixels (0 when it fits). */
const overflow = (page: Page) =>
  page.evaluate(() => ({
    x: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    y: document.documentElement.scrollHeight - document.documentElement.clientHeight,
  }));

const secondsAgo = (s: number) => new Date(Date.now() - s * 1000);
const oneDecimal = (n: number) => Math.round(n * 10) / 10;

suite("the supervisors' wallboard in Chromium", () => {
  it("follows calls live, shows today's figures as the API and the test work them out, fits wall and laptop screens", async () => {
    const context = await state.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "supervisor@civic311.example");
    const headers = await apiSession(state.server.url, "supervisor@civic311.example");
    const api = async () =>
      (await (await fetch(`${state.server.url}/api/telephony/wallboard`, { headers })).json()) as Wallboard;

    await page
      .getByRole("navigation", { name: "Workspace" })
      .getByRole("link", { name: "Wallboard" })
      .click();
    await page.getByRole("heading", { level: 1, name: "Wallboard" }).waitFor();
    await page.locator('[data-wallboard-state="live"]').waitFor();
    const before = await api();
    expect(before.today.arrived).toBe(0); // the demo's history stops before today: the line starts empty
    await page.getByText("No calls yet today").first().waitFor();
    expect(await figureText(page, "service-level")).toBe("—");
    expect(await figureText(page, "waiting")).toBe("0");
    await expect.poll(() => page.locator("[data-updated]").textContent()).toMatch(/^Updated \d\d:\d\d:\d\d$/);

    // A caller reaches the queue: "Calls waiting" becomes 1 without a reload, and the wait ticks.
    await postCallEvents(state.server.url, [
      { callId: "WB-A", type: "arrived", at: secondsAgo(50), from: "+15555550142", to: "311" },
      { callId: "WB-A", type: "queued", at: secondsAgo(45) },
    ]);
    await expect.poll(() => figureValue(page, "waiting"), LIVE).toBe("1");
    expect(await figureText(page, "waiting")).toBe("1");
    await page.locator("[data-queue-call]").filter({ hasText: "5555550142" }).waitFor();
    const firstWait = await figureText(page, "longest-wait");
    expect(firstWait).toMatch(/^\d\d:\d\d$/);
    await expect.poll(() => figureText(page, "longest-wait"), LIVE).not.toBe(firstWait);

    // The operator answers after 40 s: no one waits, one operator is on a call.
    await postCallEvents(state.server.url, [
      { callId: "WB-A", type: "answered", at: secondsAgo(5), agent: OPERATOR, queueSeconds: 40 },
    ]);
    await expect.poll(() => figureValue(page, "waiting"), LIVE).toBe("0");
    await expect.poll(() => stateCount(page, "on_call"), LIVE).toBe("1");
    expect(await figureText(page, "longest-wait")).toBe("—");
    await page.locator('[data-operator-state="on_call"]').filter({ hasText: "On a call" }).waitFor();
    await page.getByText("No one is waiting").waitFor();

    // A caller hangs up after 50 s; the first call ends; a second is answered in 5 s; one more hears the hours.
    const posted = [
      { queueSeconds: 40, answered: true },
      { queueSeconds: 50, answered: false },
      { queueSeconds: 5, answered: true },
    ];
    await postCallEvents(state.server.url, [
      { callId: "WB-B", type: "arrived", at: secondsAgo(60), from: "+15555550199", to: "311" },
      { callId: "WB-B", type: "queued", at: secondsAgo(55) },
      { callId: "WB-B", type: "abandoned", at: secondsAgo(5), queueSeconds: 50 },
      { callId: "WB-A", type: "ended", at: secondsAgo(4) },
      { callId: "WB-C", type: "arrived", at: secondsAgo(12), from: "+15555550123", to: "311" },
      { callId: "WB-C", type: "queued", at: secondsAgo(8) },
      { callId: "WB-C", type: "answered", at: secondsAgo(3), agent: OPERATOR, queueSeconds: 5 },
      { callId: "WB-D", type: "arrived", at: secondsAgo(30), from: "+15555550177", to: "311" },
      { callId: "WB-D", type: "menu", at: secondsAgo(25), option: "hours", language: "en" },
      { callId: "WB-D", type: "ended", at: secondsAgo(10) },
    ]);

    // Worked out here from what was posted, with the city's 30 s threshold.
    const threshold = before.thresholdSeconds;
    const answered = posted.filter((c) => c.answered);
    const handled = posted.length;
    const expected = {
      serviceLevel: oneDecimal((100 * answered.filter((c) => c.queueSeconds <= threshold).length) / handled),
      asa: oneDecimal(answered.reduce((s, c) => s + c.queueSeconds, 0) / answered.length),
      abandonment: oneDecimal((100 * posted.filter((c) => !c.answered).length) / handled),
    };
    expect(expected).toEqual({ serviceLevel: 33.3, asa: 22.5, abandonment: 33.3 });

    await expect.poll(() => figureValue(page, "today"), LIVE).toBe("4");
    await expect.poll(() => figureValue(page, "asa"), LIVE).toBe(String(expected.asa));
    const board = await api();
    expect(board.today).toMatchObject({
      arrived: 4,
      answered: 2,
      abandoned: 1,
      selfServed: 1,
      serviceLevelPercent: expected.serviceLevel,
      averageSpeedOfAnswerSeconds: expected.asa,
      abandonmentPercent: expected.abandonment,
    });
    expect(await figureValue(page, "service-level")).toBe(String(board.today.serviceLevelPercent));
    expect(await figureValue(page, "abandonment")).toBe(String(board.today.abandonmentPercent));
    expect(await figureText(page, "service-level")).toBe("33.3%");
    expect(await figureText(page, "asa")).toBe("22.5 s");
    expect(await figureText(page, "abandonment")).toBe("33.3%");
    // The target is said in words, not only in colour.
    expect(await page.locator("[data-service-level-state]").getAttribute("data-service-level-state")).toBe(
      "below",
    );
    await figure(page, "service-level").getByText("Below the 80% target").waitFor();
    await figure(page, "service-level").getByText("answered within 30 s (1 of 3)").waitFor();
    for (const [what, n] of [
      ["answered", "2"],
      ["abandoned", "1"],
      ["self-served", "1"],
    ])
      expect((await page.locator(`[data-today="${what}"] .wb-today__n`).textContent())?.trim()).toBe(n);
    expect(await stateCount(page, "on_call")).toBe("1");

    // A caller asks to be called back: they keep their place in the queue, and are not a call waiting.
    await postCallEvents(state.server.url, [
      { callId: "WB-E", type: "arrived", at: secondsAgo(90), from: "+15555550188", to: "311" },
      { callId: "WB-E", type: "queued", at: secondsAgo(85) },
      { callId: "WB-E", type: "callback_requested", at: secondsAgo(2) },
    ]);
    await expect.poll(() => figureValue(page, "callbacks"), LIVE).toBe("1");
    expect(await figureValue(page, "waiting")).toBe("0");
    expect(await figureText(page, "longest-wait")).toBe("—");
    const callback = page.locator("[data-queue-call]").filter({ hasText: "5555550188" });
    expect((await callback.locator(".wb-queue__kind").textContent())?.trim()).toBe("Callback");
    expect(await callback.locator(".wb-queue__wait").textContent()).toMatch(/^01:\d\d$/);

    // Calls per hour: the screen reader's table adds up to the calls that arrived.
    const perHour = await page
      .locator(".wb-panel--hours table tbody td")
      .evaluateAll((cells) => cells.map((c) => Number(c.textContent)));
    expect(perHour.reduce((a, b) => a + b, 0)).toBe(5);
    expect((await api()).today.callsPerHour.reduce((a, h) => a + h.calls, 0)).toBe(5);

    expect(await seriousViolations(page)).toEqual([]);

    // Fits a 1920×1080 wall screen with no scrolling, and a 1280×720 laptop with no sideways scrolling.
    expect(await overflow(page)).toEqual({ x: 0, y: 0 });
    await page.setViewportSize({ width: 1280, height: 720 });
    expect((await overflow(page)).x).toBe(0);
    await page.getByRole("button", { name: "Compact layout" }).click();
    expect(await page.getByRole("button", { name: "Compact layout" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    expect((await overflow(page)).x).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // Full screen: the board covers the whole screen, without scrolling at 1920×1080, and comes back.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.getByRole("button", { name: "Compact layout" }).click();
    await page.getByRole("button", { name: "Full screen" }).click();
    await page.getByRole("button", { name: "Exit full screen" }).waitFor();
    const full = await page.locator(".wallboard").evaluate((el) => {
      const r = el.getBoundingClientRect();
      return {
        left: r.left,
        top: r.top,
        width: Math.round(r.width),
        height: Math.round(r.height),
        scrolls: el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth,
      };
    });
    // The Fullscreen API where the browser grants it, else the board laid over the window.
    expect(["native", "overlay"]).toContain(await page.locator(".wallboard").getAttribute("data-fullscreen"));
    expect(full).toEqual({ left: 0, top: 0, width: 1920, height: 1080, scrolls: false });
    await page.getByRole("button", { name: "Exit full screen" }).click();
    await page.getByRole("button", { name: "Full screen" }).waitFor();

    // When the figures stop arriving, the board says so; when they come back, the notice goes.
    await page.route("**/api/telephony/wallboard", (route) => route.abort());
    await page.locator("[data-stale]").waitFor({ timeout: 60_000 });
    expect(await page.locator("[data-stale]").textContent()).toContain("Not updating.");
    await page.unroute("**/api/telephony/wallboard");
    await page.locator("[data-stale]").waitFor({ state: "detached", timeout: 60_000 });
    await context.close();
  });

  it("tells an operator who opens the address that the wallboard is only for supervisors", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, OPERATOR);
    expect(
      await page
        .getByRole("navigation", { name: "Workspace" })
        .getByRole("link", { name: "Wallboard" })
        .count(),
    ).toBe(0);
    await page.goto(`${state.server.url}/staff/wallboard`);
    await page.getByRole("heading", { name: "Only supervisors can see the wallboard" }).waitFor();
    expect(await page.locator(".wallboard").count()).toBe(0);
    const headers = await apiSession(state.server.url, OPERATOR);
    expect((await fetch(`${state.server.url}/api/telephony/wallboard`, { headers })).status).toBe(404);
    await context.close();
  });
});
