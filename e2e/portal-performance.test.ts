import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import type { PublicPerformance } from "../common/contracts/reports.js";
import { seriousViolations } from "./axe.js";
import { browserJourneys } from "./harness.js";

const { suite, state } = browserJourneys();

/** The figures as the server gives them to anyone, no sign-in. */
async function performanceApi(): Promise<PublicPerformance> {
  const res = await fetch(`${state.server.url}/api/public/performance`);
  expect(res.status).toBe(200);
  return (await res.json()) as PublicPerformance;
}

/** The page's formats in English, to compare what the page shows with the API's numbers. */
const count = (n: number) => new Intl.NumberFormat("en").format(n);
const percent = (p: number | null) =>
  p === null
    ? "—no figure"
    : new Intl.NumberFormat("en", { style: "percent", maximumFractionDigits: 1 }).format(p / 100);
const days = (d: number | null) =>
  d === null ? "—no figure" : new Intl.NumberFormat("en", { maximumFractionDigits: 1 }).format(d);

suite("Public performance page in Chromium: figures by service type and open data, no sign-in", () => {
  it("shows the API's figures for a service, in English and Spanish, and its CSV link downloads", async () => {
    const context = await state.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${state.server.url}/`);
    await page.evaluate(() => localStorage.setItem("civic311.language", "en"));
    // Reached from the home page, as a resident would.
    await page.getByRole("link", { name: /See how quickly the city deals with requests/ }).click();
    await page.getByRole("heading", { level: 1, name: "How we're doing" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/performance");
    await page.locator("[data-testid=performance-services]").waitFor();

    const api = await performanceApi();
    expect(api.services.length).toBeGreaterThan(0);
    // The most requested service with every figure present, else the most requested one.
    const service =
      api.services.find((s) => s.onTimePct !== null && s.medianDays !== null) ?? api.services[0]!;
    const row = page.locator(`[data-testid=performance-services] tr[data-service="${service.code}"]`);
    expect(await row.locator("th").textContent()).toBe(service.name);
    const cell = (figure: string) => row.locator(`[data-figure=${figure}]`).textContent();
    expect(await cell("received")).toBe(count(service.opened));
    expect(await cell("closed")).toBe(count(service.closed));
    expect(await cell("on-time")).toBe(percent(service.onTimePct));
    expect(await cell("median-days")).toBe(days(service.medianDays));

    const totals = page.locator("[data-testid=performance-totals]");
    expect(await totals.locator("[data-figure=received]").textContent()).toBe(count(api.totals.opened));
    expect(await totals.locator("[data-figure=closed]").textContent()).toBe(count(api.totals.closed));
    // Twelve months, the same as the API's, in the table beside the chart.
    expect(await page.locator("[data-testid=performance-months] tbody tr").count()).toBe(12);
    const last = api.months.at(-1)!;
    const lastRow = page.locator(`[data-testid=performance-months] tr[data-month="${last.month}"] td`);
    expect(await lastRow.allTextContents()).toEqual([count(last.opened), count(last.closed)]);
    await page.locator("[data-testid=performance-chart] svg").waitFor();
    // The period in words: "December 2025 to November 2026" for a page seen in November 2026.
    const month = (iso: string) =>
      new Intl.DateTimeFormat("en", { month: "long", year: "numeric", timeZone: "UTC" }).format(
        new Date(`${iso.slice(0, 7)}-01T00:00:00Z`),
      );
    expect(await page.locator(".usa-intro").textContent()).toContain(
      `${month(api.from)} to ${month(api.to)}`,
    );

    // The CSV link downloads a CSV of the requests.
    const csvLink = page.getByRole("link", { name: "All requests (CSV)" });
    expect(await csvLink.getAttribute("href")).toBe("/open-data/requests.csv");
    const [download] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv.split("\r\n")[0]).toMatch(/^service_request_id,/);
    expect(csv).not.toMatch(/@civic311\.example|@example\.(com|org)/);
    const recent = await page.getByRole("link", { name: "Last 12 months (CSV)" }).getAttribute("href");
    expect(recent).toBe(`/open-data/requests.csv?since=${api.from}`);
    const direct = await fetch(`${state.server.url}${recent}`);
    expect(direct.status).toBe(200);
    expect(direct.headers.get("content-type")).toMatch(/^text\/csv/);

    // Español: the same page, its headings translated, its numbers in Spanish.
    await page.locator("#language-switcher").selectOption("es");
    await page.waitForFunction(() => document.documentElement.lang === "es");
    await page.getByRole("heading", { level: 1, name: "Cómo lo estamos haciendo" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Por tipo de servicio" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Datos abiertos" }).waitFor();
    await page.getByRole("link", { name: "Todas las solicitudes (CSV)" }).waitFor();
    expect(await row.locator("[data-figure=received]").textContent()).toBe(
      new Intl.NumberFormat("es").format(service.opened),
    );
    await context.close();
  });

  it.each(["en", "es", "pt"])("has no serious or critical axe violations in %s", async (language) => {
    const page = await state.browser.newPage();
    await page.goto(`${state.server.url}/`);
    await page.evaluate((l) => localStorage.setItem("civic311.language", l), language);
    await page.goto(`${state.server.url}/performance`);
    await page.locator("[data-testid=performance-services]").waitFor();
    await page.locator("[data-testid=performance-chart] svg").waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("works at 320 px wide without sideways scrolling; the service table scrolls on its own", async () => {
    const page = await state.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const language of ["en", "es", "pt"]) {
      await page.goto(`${state.server.url}/`);
      await page.evaluate((l) => localStorage.setItem("civic311.language", l), language);
      await page.goto(`${state.server.url}/performance`);
      await page.locator("[data-testid=performance-services]").waitFor();
      await page.locator("[data-testid=performance-chart] svg").waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, language).toBeLessThanOrEqual(0);
    }
    // The table's own region is in the tab order and named, so keyboard users can scroll it.
    const region = page.getByRole("region", { name: "Solicitações por tipo de serviço" });
    expect(await region.getAttribute("tabindex")).toBe("0");
    await page.close();
  });
});
