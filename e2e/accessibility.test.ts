import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

const signIn = (page: Page, email: string) => signInThroughPage(page, state.server.url, email);

suite("WCAG 2.1 AA checks with axe-core in Chromium: no serious or critical violation", () => {
  it("does catch a real violation (so a pass means something)", async () => {
    const page = await state.browser.newPage();
    await page.setContent(
      '<html lang="en"><body><main><img src="x.png"><button></button></main></body></html>',
    );
    const found = await seriousViolations(page);
    expect(found.some((v) => v.includes("image-alt"))).toBe(true);
    expect(found.some((v) => v.includes("button-name"))).toBe(true);
    await page.close();
  });

  it("home and sign-in pages", async () => {
    const page = await state.browser.newPage();
    await page.goto(`${state.server.url}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${state.server.url}/staff/sign-in`);
    await page.getByLabel("Email").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it("request list and request detail", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "supervisor@civic311.example");
    const first = page.locator("table a[href^='/staff/requests/']").first();
    await first.waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await first.click();
    await page.getByRole("list", { name: "Timeline" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("the call console, before and during a contact", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "operator@civic311.example");
    await page.goto(`${state.server.url}/staff/console`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Alt+N");
    await page
      .getByRole("button", { name: /anonymous/i })
      .first()
      .click();
    await page.waitForSelector("[data-interaction-id]:not([data-interaction-id=''])");
    await page.keyboard.type("pothole");
    await page.waitForTimeout(600);
    expect(await seriousViolations(page)).toEqual([]);
    // The request form with its questions, address field and street map.
    await page.locator('[role="option"][id^="console-result-service-"]').first().click();
    await page.locator('.city-map:not([data-map-streets="0"])').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

suite("WCAG 2.1 AA checks of the knowledge-base screens", () => {
  it("article list, the editor with a preview and an error summary, and synonyms", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "supervisor@civic311.example");
    await page.goto(`${state.server.url}/staff/knowledge-base`);
    await page.locator("table tbody tr").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${state.server.url}/staff/knowledge-base/new`);
    await page.getByLabel("Public answer").fill("Bring **two** forms of ID.\n\n- A lease\n- A utility bill");
    await page.getByRole("button", { name: "Save article" }).click();
    await page.getByTestId("error-summary").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${state.server.url}/staff/knowledge-base/synonyms`);
    await page.getByLabel("Synonym groups").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
