import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import type { CallDashboard, ContactDashboard, RequestDashboard } from "../common/contracts/reports.js";
import { seriousViolations } from "./axe.js";
import { browserJourneys, signInThroughPage } from "./harness.js";
import { apiSession } from "./messages.js";
import { postCallEvents } from "./phone.js";

const { suite, state } = browserJourneys();

const pct = (n: number | null) => (n === null ? "—" : `${n.toFixed(1)}%`);

/** The centre of the tallest bar of one colour in an ECharts SVG chart. */
async function tallestBar(page: Page, chart: string, fill: string) {
  return page.locator(`${chart} svg path`).evaluateAll((paths, color) => {
    let best: { x: number; y: number; h: number } | null = null;
    for (const p of paths) {
      if ((p.getAttribute("fill") ?? "").toLowerCase() !== color) continue;
      const r = p.getBoundingClientRect();
      if (r.width > 0 && r.width < 60 && (!best || r.height > best.h)) {
        best = { x: r.x + r.width / 2, y: r.y + r.height / 2, h: r.height };
      }
    }
    return best;
  }, fill);
}

suite("supervisor dashboards in Chromium", () => {
  it("answers 'first contact?' and 'potholes on time?' in two clicks, drills from a bar to its records and downloads them", async () => {
    const page = await state.browser.newPage({ acceptDownloads: true });
    await signInThroughPage(page, state.server.url, "supervisor@civic311.example");
    const headers = await apiSession(state.server.url, "supervisor@civic311.example");
    const api = async <T>(path: string) =>
      (await (await fetch(`${state.server.url}${path}`, { headers })).json()) as T;

    // Click 1: Reports. Potholes' on-time share is in the table by service type.
    await page.getByRole("link", { name: "Reports", exact: true }).click();
    await page.locator("[data-testid=tile-on-time]").waitFor();
    const requests = await api<RequestDashboard>("/api/reports/requests");
    const pothole = requests.byService.find((s) => s.code === "pothole");
    if (pothole) {
      await expect
        .poll(() => page.locator("tr[data-service=pothole] [data-testid=on-time]").textContent())
        .toBe(pct(pothole.onTimePct));
    }
    expect(await page.locator("[data-testid=tile-opened] .report-tile__value").textContent()).toBe(
      requests.totals.opened.toLocaleString("en-US"),
    );
    expect(await page.getByLabel("From").inputValue()).toBe(requests.filters.from);
    expect(await seriousViolations(page)).toEqual([]);

    // Click 2: Contact center. First-contact resolution is the second tile.
    await page
      .getByRole("navigation", { name: "Reports" })
      .getByRole("link", { name: "Contact center" })
      .click();
    await page.locator("[data-testid=tile-fcr]").waitFor();
    const contacts = await api<ContactDashboard>("/api/reports/contacts");
    expect(contacts.totals.contacts).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator("[data-testid=tile-fcr] .report-tile__value").textContent())
      .toBe(pct(contacts.totals.fcrPct));
    expect(await seriousViolations(page)).toEqual([]);

    // A bar of the busiest channel opens the contacts of that day and channel.
    await page.locator("[data-testid=contacts-chart]").scrollIntoViewIfNeeded();
    await expect.poll(() => tallestBar(page, "[data-testid=contacts-chart]", "#005ea2")).not.toBeNull();
    const bar = await tallestBar(page, "[data-testid=contacts-chart]", "#005ea2");
    await page.mouse.click(bar!.x, bar!.y);
    await page.waitForURL(/\/staff\/reports\/records\?/);
    const search = new URL(page.url()).searchParams;
    expect(search.get("measure")).toBe("contacts");
    const bucket = search.get("bucket")!;
    const channel = search.get("channel")!;
    const expected = contacts.series.find((p) => p.bucket === bucket && p.channel === channel)?.contacts;
    expect(expected).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator("[data-testid=records-total]").textContent())
      .toMatch(new RegExp(`^${expected} records?`));
    expect(await page.locator("[data-testid=records-table] tbody tr").count()).toBe(expected);
    expect(await seriousViolations(page)).toEqual([]);

    // The CSV holds the same rows.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("[data-testid=records-csv]").click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^civic311-contacts-.*\.csv$/);
    const lines = readFileSync((await download.path())!, "utf8")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      "id,started_at,ended_at,channel,operator,outcomes,handle_seconds,destination,wrap_up_code",
    );
    expect(lines.length - 1).toBe(expected);
    expect(new Set(lines.slice(1).map((l) => l.split(",")[3]))).toEqual(new Set([channel]));

    // Back on the dashboard, a backlog cell drills to the open requests of that department and age.
    await page.getByRole("link", { name: "Back to the dashboard" }).click();
    await page.getByRole("navigation", { name: "Reports" }).getByRole("link", { name: "Requests" }).click();
    // The channel chosen by the bar stays as a filter: the figures are the API's for the page's query.
    await page.locator("[data-testid=tile-backlog]").waitFor();
    let filtered = await api<RequestDashboard>(`/api/reports/requests${new URL(page.url()).search}`);
    if (filtered.backlog.length === 0) {
      // The bar's channel may have no open requests at all: then the whole city's backlog.
      await page.goto(`${state.server.url}/staff/reports`);
      await page.locator("[data-testid=tile-backlog]").waitFor();
      filtered = await api<RequestDashboard>("/api/reports/requests");
    }
    const first = filtered.backlog[0]!;
    await page.getByRole("link", { name: `${first.ages[4]} open over 90 days, ${first.name}` }).click();
    await expect
      .poll(() => page.locator("[data-testid=records-total]").textContent())
      .toMatch(new RegExp(`^${first.ages[4]} record`));
    await page.close();
  });

  it("shows the phone line's figures and drills the service level down to its calls", async () => {
    // Three calls posted by the phone system a few minutes ago: answered in 8 s, in 300 s, and abandoned.
    const ago = (s: number) => new Date(Date.now() - s * 1000);
    const agent = "operator@civic311.example";
    await postCallEvents(state.server.url, [
      { callId: "E2E-R1", type: "arrived", at: ago(900), from: "+16175550142", to: "311" },
      { callId: "E2E-R1", type: "queued", at: ago(895) },
      { callId: "E2E-R1", type: "answered", at: ago(887), agent, queueSeconds: 8 },
      { callId: "E2E-R1", type: "ended", at: ago(700) },
      { callId: "E2E-R2", type: "arrived", at: ago(800), to: "311" },
      { callId: "E2E-R2", type: "queued", at: ago(795) },
      { callId: "E2E-R2", type: "answered", at: ago(495), agent, queueSeconds: 300 },
      { callId: "E2E-R3", type: "arrived", at: ago(600), to: "311" },
      { callId: "E2E-R3", type: "queued", at: ago(595) },
      { callId: "E2E-R3", type: "abandoned", at: ago(535), queueSeconds: 60 },
    ]);
    const page = await state.browser.newPage({ acceptDownloads: true });
    await signInThroughPage(page, state.server.url, "supervisor@civic311.example");
    const headers = await apiSession(state.server.url, "supervisor@civic311.example");
    await page.goto(`${state.server.url}/staff/reports?view=contacts`);
    await page.locator("[data-testid=tile-service-level]").waitFor();
    const calls = (await (
      await fetch(`${state.server.url}/api/reports/calls`, { headers })
    ).json()) as CallDashboard;
    expect(calls.totals.answered).toBeGreaterThanOrEqual(2);
    expect(calls.totals.abandoned).toBeGreaterThanOrEqual(1);
    const value = (id: string) => page.locator(`[data-testid=${id}] .report-tile__value`).textContent();
    await expect.poll(() => value("tile-calls")).toBe(calls.totals.calls.toLocaleString("en-US"));
    expect(await value("tile-service-level")).toBe(pct(calls.totals.serviceLevelPct));
    expect(await value("tile-calls-abandoned")).toBe(pct(calls.totals.abandonedPct));
    expect(await page.locator("[data-testid=calls-by-operator] tbody tr").count()).toBe(
      calls.byOperator.length,
    );
    expect(await seriousViolations(page)).toEqual([]);

    // The service level opens the calls answered within the threshold; the CSV holds the same rows.
    await page.locator("[data-testid=tile-service-level] a").click();
    await page.waitForURL(/\/staff\/reports\/records\?/);
    expect(new URL(page.url()).searchParams.get("measure")).toBe("calls_within");
    const within = calls.totals.withinThreshold;
    await expect
      .poll(() => page.locator("[data-testid=records-total]").textContent())
      .toMatch(new RegExp(`^${within} records?`));
    expect(await page.locator("[data-testid=records-table] tbody tr").count()).toBe(Math.min(within, 100));
    expect(await page.locator("[data-testid=records-table]").textContent()).not.toContain("5550142");
    expect(await seriousViolations(page)).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("[data-testid=records-csv]").click(),
    ]);
    const lines = readFileSync((await download.path())!, "utf8")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe(
      "id,arrived_at,queued_at,answered_at,queue_seconds,outcome,operator,interaction_id",
    );
    expect(lines.length - 1).toBe(within);
    expect(new Set(lines.slice(1).map((l) => l.split(",")[5]))).toEqual(new Set(["answered"]));
    await page.close();
  });

  it("is not offered to operators, and its API answers them 404", async () => {
    const page = await state.browser.newPage();
    await signInThroughPage(page, state.server.url, "operator@civic311.example");
    expect(await page.getByRole("link", { name: "Reports", exact: true }).count()).toBe(0);
    const headers = await apiSession(state.server.url, "operator@civic311.example");
    expect((await fetch(`${state.server.url}/api/reports/requests`, { headers })).status).toBe(404);
    await page.close();
  });
});
