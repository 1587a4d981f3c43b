import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

const signIn = (page: Page, email: string) => signInThroughPage(page, state.server.url, email);
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

suite("service catalog administration in Chromium", () => {
  it("the administrator adds a Broken parking meter service that the console and Open311 offer at once", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "admin@civic311.example");
    await page.goto(`${state.server.url}/staff/admin/services`);
    await page.getByRole("heading", { level: 2, name: "Service catalog" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Parking" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Add a service" }).click();
    await page.getByRole("heading", { level: 2, name: "Add a service" }).waitFor();

    // Saving an empty form names every missing field in a focused summary; nothing is created.
    await page.getByRole("button", { name: "Add the service" }).click();
    const summary = page.getByTestId("error-summary");
    await summary.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-testid")))
      .toBe("error-summary");
    expect(await summary.textContent()).toContain("Name: is required");
    expect(await summary.textContent()).toContain("Group: is required");
    await summary.getByRole("link", { name: "Name: is required" }).click();
    expect(await activeId(page)).toBe("svc-name");

    await page.locator("#svc-name").fill("Broken parking meter");
    expect(await page.locator("#svc-code").inputValue()).toBe("broken_parking_meter");
    await page.locator("#svc-group").fill("Parking");
    await page.locator("#svc-keywords").fill("meter, parking meter, pay station");
    await page.locator("#svc-department").selectOption({ label: "Transportation & Parking" });
    await page.locator("#svc-sla-value").fill("2");
    await page.locator("#svc-sla-unit").selectOption("business_days");
    await page.locator("#svc-instructions").fill("Ask for the meter number on the sticker.");

    await page.getByRole("button", { name: "Add a question" }).click();
    await page.getByLabel("Question as asked").nth(0).fill("What is wrong with the meter?");
    await page.getByLabel("Answer type").nth(0).selectOption("singlevaluelist");
    await page.getByRole("button", { name: "Add a choice" }).click();
    await page.getByLabel("Choice 1", { exact: true }).fill("Does not take coins");
    await page.getByRole("button", { name: "Add a choice" }).click();
    await page.getByLabel("Choice 2", { exact: true }).fill("Display is blank");
    await page.locator("label", { hasText: "An answer is required" }).first().click();
    await page.getByRole("button", { name: "Add a question" }).click();
    await page.getByLabel("Question as asked").nth(1).fill("Meter number");

    // The live preview shows the form as the console and the portal will.
    const preview = page.getByTestId("service-preview");
    const consoleSelect = preview.locator("#console-q-what_is_wrong_with_the_meter");
    expect(await consoleSelect.locator("option").allTextContents()).toEqual([
      "- Select -",
      "Does not take coins",
      "Display is blank",
    ]);
    expect(await preview.locator("#report-q-meter_number").count()).toBe(1);
    expect(await preview.textContent()).toContain("Ask for the meter number on the sticker.");
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Add the service" }).click();
    await page.getByRole("status").filter({ hasText: "“Broken parking meter” is added." }).waitFor();
    await page.getByRole("link", { name: "Broken parking meter" }).waitFor();

    // Open311's service list has it on the next request.
    const services = await page.evaluate(async () => {
      const res = await fetch("/open311/v2/services.json");
      return (await res.json()) as { service_code: string; service_name: string; group: string }[];
    });
    expect(services).toContainEqual(
      expect.objectContaining({ service_code: "broken_parking_meter", service_name: "Broken parking meter" }),
    );
    const definition = await page.evaluate(async () =>
      (await fetch("/open311/v2/services/broken_parking_meter.json")).json(),
    );
    expect(JSON.stringify(definition)).toContain("What is wrong with the meter?");

    // An operator's call console search finds it at once.
    await context.close();
    const operator = await state.browser.newContext();
    const consolePage = await operator.newPage();
    await signIn(consolePage, "operator@civic311.example");
    await consolePage.goto(`${state.server.url}/staff/console`);
    await consolePage.getByRole("heading", { name: "Call console" }).waitFor();
    await consolePage.keyboard.press("Alt+N");
    await consolePage.getByRole("button", { name: "Anonymous caller" }).click();
    await consolePage.locator('[data-contact-state="active"]').waitFor();
    await consolePage.locator("#console-search").fill("parking meter");
    await consolePage
      .locator('[role="option"][id^="console-result-service-"]', { hasText: "Broken parking meter" })
      .first()
      .waitFor();
    await operator.close();
  });

  it("the service editor fits 320 px without sideways scrolling", async () => {
    const context = await state.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signIn(page, "admin@civic311.example");
    await page.goto(`${state.server.url}/staff/admin/services/pothole`);
    await page.getByRole("heading", { level: 2, name: "Edit Pothole" }).waitFor();
    await page.getByTestId("service-preview").waitFor();
    for (const width of [320, 480, 800, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it("departments and agencies are listed with retired ones apart, and a department is edited", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "admin@civic311.example");
    await page.goto(`${state.server.url}/staff/admin/departments`);
    await page.getByRole("heading", { level: 2, name: "Departments and agencies" }).waitFor();
    await page.getByRole("link", { name: "Transportation & Parking" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "Transportation & Parking" }).click();
    await page.getByRole("heading", { level: 2, name: "Edit Transportation & Parking" }).waitFor();
    await page.getByLabel("Web page").fill("parking.example");
    await page.getByRole("button", { name: "Save the department" }).click();
    await page.getByTestId("error-summary").getByText("Web page: must be a web address").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Web page").fill("https://parking.example");
    await page.getByRole("button", { name: "Save the department" }).click();
    await page.getByRole("status").filter({ hasText: "“Transportation & Parking” is saved." }).waitFor();
    await context.close();
  });
});
