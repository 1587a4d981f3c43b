import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

const signIn = (page: Page, email: string) => signInThroughPage(page, state.server.url, email);

suite("administration in Chromium", () => {
  it("the administrator creates an API key, sees it once, and revokes it", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "admin@civic311.example");
    await page
      .getByRole("navigation", { name: "Workspace" })
      .getByRole("link", { name: "Administration" })
      .click();
    await page.getByRole("link", { name: "API keys" }).click();
    await page.getByRole("heading", { level: 2, name: "API keys" }).waitFor();
    expect(page.url()).toContain("/staff/admin/api-keys");

    await page.getByLabel("Name").fill("Fix-It app");
    await page.getByLabel("Requests per minute").fill("120");
    await page.getByRole("button", { name: "Create API key" }).click();

    const shown = page.getByTestId("new-api-key");
    await shown.waitFor();
    const key = (await shown.textContent())?.trim() ?? "";
    expect(key).toMatch(/^c311_[0-9a-f]{12}_[A-Za-z0-9_-]+$/);
    const prefix = key.split("_")[1]!;
    const secret = key.split("_").slice(2).join("_");
    expect(await page.getByText("Copy it now: it will not be shown again").count()).toBe(1);
    // Focus moved to the new key, so keyboard and screen-reader users meet it first.
    expect(await page.evaluate(() => document.activeElement?.className)).toContain("new-api-key");

    const row = page.getByRole("row").filter({ hasText: "Fix-It app" });
    await row.waitFor();
    expect(await row.textContent()).toContain(`c311_${prefix}_…`);
    expect(await row.textContent()).toContain("120 per minute");
    expect(await row.textContent()).toContain("Active");
    expect(await row.textContent()).toContain("Alex Admin");

    // Once dismissed, or after a reload, the key is nowhere on the page.
    await page.getByRole("button", { name: "I have copied it" }).click();
    await expect.poll(() => shown.count()).toBe(0);
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);

    await page.getByRole("button", { name: "Revoke key Fix-It app", exact: true }).click();
    const confirm = page.getByRole("button", { name: "Confirm revoke key Fix-It app", exact: true });
    await confirm.waitFor();
    expect(await row.textContent()).toContain("Active");
    await confirm.click();
    await expect.poll(() => row.textContent()).toContain("Revoked");
    expect(await row.textContent()).not.toContain("Active");
    expect(await row.getByRole("button").count()).toBe(0);
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining("is revoked"));
    await context.close();
  });

  it("the API keys screen fits every width from 320 px, without sideways scrolling", async () => {
    const context = await state.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signIn(page, "admin@civic311.example");
    await page.goto(`${state.server.url}/staff/admin/api-keys`);
    await page.getByLabel("Name").fill("Neighbourhood association reporting app");
    await page.getByRole("button", { name: "Create API key" }).click();
    await page.getByTestId("new-api-key").waitFor();
    await page.getByRole("row").filter({ hasText: "Neighbourhood association" }).waitFor();
    await page.getByRole("button", { name: "Revoke key Neighbourhood association reporting app" }).click();
    await page.getByRole("button", { name: /^Confirm revoke/ }).waitFor();
    for (const width of [320, 480, 640, 800, 1024, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it("other staff have no API keys screen", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "supervisor@civic311.example");
    expect(await page.getByRole("link", { name: "API keys" }).count()).toBe(0);
    await page.goto(`${state.server.url}/staff/admin/api-keys`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    expect(await page.getByLabel("Name").count()).toBe(0);
    await context.close();
  });
});
