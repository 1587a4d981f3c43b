import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

const sidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

suite("audit log and API key editing in Chromium", () => {
  it("the administrator changes a key's rate limit, finds the change in the audit log, and downloads it as CSV", async () => {
    const context = await state.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "admin@civic311.example");
    await page.goto(`${state.server.url}/staff/admin/api-keys`);
    await page.getByLabel(/^Name/).fill("Audit journey app");
    await page.getByLabel("Requests per minute", { exact: true }).fill("60");
    await page.getByRole("button", { name: "Create API key" }).click();
    await page.getByRole("button", { name: "I have copied it" }).click();

    const row = page.getByRole("row").filter({ hasText: "Audit journey app" });
    await row.getByRole("button", { name: "Edit key Audit journey app" }).click();
    await page.getByRole("heading", { name: "Edit key Audit journey app" }).waitFor();
    // Focus moved to the form, so keyboard users land on what they opened.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("edit-key-heading");
    const rate = page.getByLabel("Rate limit (requests per minute)");
    await rate.fill("0");
    await page.getByRole("button", { name: "Save key" }).click();
    await page.getByText("Enter a whole number from 1 to 10,000.").waitFor();
    expect(await row.textContent()).toContain("60 per minute");
    expect(await seriousViolations(page)).toEqual([]);
    await rate.fill("75");
    await page.getByRole("button", { name: "Save key" }).click();
    await expect.poll(() => row.textContent()).toContain("75 per minute");
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining("within 10 seconds"));
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto(`${state.server.url}/staff/admin/audit`);
    await page.getByRole("heading", { level: 2, name: "Audit log" }).waitFor();
    await page.getByTestId("audit-table").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Object type").selectOption({ label: "Api key" });
    await page.getByLabel("Person").selectOption({ label: "Alex Admin" });
    await page.getByRole("button", { name: "Show changes" }).click();
    await expect.poll(() => page.url()).toContain("entity=api_key");
    const change = page.getByTestId("audit-table").getByRole("row").filter({ hasText: "Api key updated" });
    await change.waitFor();
    expect(await change.textContent()).toContain("rateLimitPerMinute: 60 → 75");
    expect(await change.textContent()).toContain("Alex Admin");
    await expect.poll(() => page.getByTestId("audit-total").textContent()).toMatch(/^2 changes\./);
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download CSV" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^civic311-audit-\d{4}-\d\d-\d\d\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8");
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("at,actor,actor_user_id,action,object_type,object_id,changes,summary");
    expect(lines).toHaveLength(3);
    expect(lines.find((l) => l.includes("api_key.updated"))).toContain("rateLimitPerMinute: 60 → 75");

    // "More" pages through the whole log without losing the filters.
    await page.getByRole("button", { name: "Clear filters" }).click();
    await page.getByRole("button", { name: "More" }).click();
    await expect.poll(() => page.getByTestId("audit-table").getByRole("row").count()).toBe(101);
    await context.close();
  });

  it("the audit screen fits every width from 320 px, without sideways scrolling", async () => {
    const context = await state.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "admin@civic311.example");
    await page.goto(`${state.server.url}/staff/admin/audit`);
    await page.getByTestId("audit-table").waitFor();
    for (const width of [320, 480, 640, 800, 1024, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      expect(await sidewaysScroll(page), `sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});
