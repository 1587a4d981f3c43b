import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

suite("configuration as a file in Chromium", () => {
  it("the administrator downloads city.yaml, changes one SLA in it, previews exactly that change and applies it", async () => {
    const context = await state.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "admin@civic311.example");
    await page.goto(`${state.server.url}/staff/admin/configuration`);
    await page.getByRole("heading", { level: 2, name: "Configuration file" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download the configuration (city.yaml)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("city.yaml");
    const text = readFileSync((await download.path())!, "utf8");
    expect(text).toMatch(/^# civic311 city configuration/);

    // The pothole's SLA is the first "value: 3" after its code.
    const at = text.indexOf("  - code: pothole\n");
    expect(at).toBeGreaterThan(0);
    const slaAt = text.indexOf("value: 3\n", at);
    const edited = `${text.slice(0, slaAt)}value: 4\n${text.slice(slaAt + "value: 3\n".length)}`;

    await page
      .getByLabel("Choose a configuration file")
      .setInputFiles({ name: "city.yaml", mimeType: "text/yaml", buffer: Buffer.from(edited) });
    await page.getByRole("button", { name: "Preview changes" }).click();
    const preview = page.getByTestId("config-preview");
    await preview.waitFor();
    const items = preview.getByTestId("config-changes").locator("li");
    expect(await items.count()).toBe(1);
    expect((await items.first().textContent())?.replace(/\s+/g, " ")).toBe(
      "Service pothole: SLA 3 business days → 4 business days",
    );
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "config-preview",
    );
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Apply these changes" }).click();
    await page.getByTestId("config-applied").waitFor();
    expect(await page.getByTestId("config-applied").textContent()).toContain("Applied 1 change");

    const services = await page.request.get(`${state.server.url}/api/services`);
    const pothole = ((await services.json()) as { items: { code: string; sla: unknown }[] }).items.find(
      (s) => s.code === "pothole",
    );
    expect(pothole?.sla).toEqual({ value: 4, unit: "business_days" });

    // A broken file: the problems are listed with their paths and lines, and nothing is offered to apply.
    await page
      .getByLabel("Or paste the file's text")
      .fill(
        "version: 1\nholidays:\n  - date: 2026-02-30\n    name: No such day\nservices:\n  - code: Pot Hole\n",
      );
    await page.getByRole("button", { name: "Preview changes" }).click();
    const problems = page.getByTestId("config-problems");
    await problems.waitFor();
    const listed = (await problems.textContent()) ?? "";
    expect(listed).toContain("holidays[0].date (line 3): Not a real date");
    expect(listed).toMatch(/services\[0\]\.code \(line 6\): A service code uses lower-case/);
    expect(await page.getByRole("button", { name: "Apply these changes" }).count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    await page.setViewportSize({ width: 320, height: 800 });
    expect(await sidewaysScroll(page)).toBe(0);
    await context.close();
  });
});
