import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import type { PhoneSettings } from "../common/contracts/telephony.js";
import { seriousViolations } from "./axe.js";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

const SPANISH_GREETING = "Gracias por llamar a la línea 311 de Riverton.";

async function savedSettings(page: Page): Promise<PhoneSettings> {
  const res = await page.request.get(`${state.server.url}/api/admin/phone`);
  expect(res.status()).toBe(200);
  return res.json();
}

/** The Spanish menu's fieldset, where its texts have the same labels as the English ones. */
const spanish = (page: Page) => page.getByRole("group", { name: "Spanish menu" });
const english = (page: Page) => page.getByRole("group", { name: "English menu" });

suite("the phone line's settings in Chromium", () => {
  it("the administrator changes the threshold, an away reason and a Spanish text, saves, reloads and sees them", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "admin@civic311.example");
    await page.goto(`${state.server.url}/staff/admin`);
    await page.getByRole("link", { name: "Phone line" }).click();
    await page.getByRole("heading", { level: 2, name: "Phone line" }).waitFor();
    expect(await page.title()).toContain("Phone line");
    const threshold = page.getByLabel("Service-level threshold (seconds)");
    expect(await threshold.inputValue()).toBe("30");
    expect(await page.getByLabel("Offer a callback after (seconds)").inputValue()).toBe("120");
    expect(await page.getByLabel("Hours article").inputValue()).toBe("city-hall-hours");
    expect(await english(page).getByLabel("Greeting").inputValue()).toMatch(/^Thank you for calling 311/);
    expect(await spanish(page).getByLabel("Greeting").inputValue()).toMatch(/^Gracias por llamar al 311/);
    expect(await page.getByLabel("Offer the menu in Spanish (callers press 9)").isChecked()).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    const before = await savedSettings(page);

    // A threshold out of range and an empty English text are refused in a focused summary; nothing saved.
    await threshold.fill("2");
    await english(page).getByLabel("Goodbye").fill("");
    await page.getByRole("button", { name: "Save phone settings" }).click();
    const summary = page.getByTestId("error-summary");
    await summary.waitFor();
    expect(await summary.getByRole("listitem").allTextContents()).toEqual([
      "Service-level threshold: enter a whole number of seconds from 5 to 600.",
      "English goodbye: must not be empty.",
    ]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "error-summary",
    );
    expect(await threshold.getAttribute("aria-invalid")).toBe("true");
    await summary.getByRole("link", { name: /English goodbye/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("phone-menu-en-goodbye");
    expect(await seriousViolations(page)).toEqual([]);
    expect(await savedSettings(page)).toEqual(before);

    await english(page).getByLabel("Goodbye").fill("Thank you for calling 311. Goodbye.");
    await threshold.fill("45");
    await spanish(page).getByLabel("Greeting").fill(SPANISH_GREETING);
    // Away reasons: add one, move it to the top, remove another.
    await page.getByLabel("New reason").fill("outreach");
    await page.getByRole("button", { name: "Add reason" }).click();
    const reasons = page.getByTestId("away-reasons").getByRole("textbox");
    await expect.poll(() => reasons.count()).toBe(before.awayReasons.length + 1);
    for (let i = before.awayReasons.length; i > 0; i--)
      await page.getByRole("button", { name: "Move outreach up" }).click();
    await page.getByRole("button", { name: "Remove coaching" }).click();
    await page.getByRole("button", { name: "Save phone settings" }).click();
    await page.getByTestId("phone-saved").waitFor();
    expect(await page.getByTestId("phone-saved").textContent()).toContain("Phone line settings saved");

    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Phone line" }).waitFor();
    expect(await page.getByLabel("Service-level threshold (seconds)").inputValue()).toBe("45");
    expect(await spanish(page).getByLabel("Greeting").inputValue()).toBe(SPANISH_GREETING);
    expect(
      await page
        .getByTestId("away-reasons")
        .getByRole("textbox")
        .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value)),
    ).toEqual(["outreach", "break", "lunch", "meeting", "training", "other"]);
    const after = await savedSettings(page);
    expect(after).toEqual({
      ...before,
      serviceLevelSeconds: 45,
      awayReasons: ["outreach", "break", "lunch", "meeting", "training", "other"],
      menu: { ...before.menu, es: { ...before.menu.es!, greeting: SPANISH_GREETING } },
    });
    // The wallboard measures against the new threshold.
    const board = await page.request.get(`${state.server.url}/api/telephony/wallboard`);
    expect((await board.json()).thresholdSeconds).toBe(45);

    // The change is in the audit log, field by field.
    const audit = await page.request.get(`${state.server.url}/api/admin/audit?action=phone.settings_updated`);
    expect(JSON.stringify(await audit.json())).toContain("menu.es.greeting");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("the administrator turns the Spanish menu off, and on again with its words", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "admin@civic311.example");
    await page.goto(`${state.server.url}/staff/admin/phone`);
    await page.getByRole("heading", { level: 2, name: "Phone line" }).waitFor();
    const greeting = await spanish(page).getByLabel("Greeting").inputValue();
    // USWDS draws the checkbox over a hidden input: click its label, as people do.
    await page.locator('label[for="phone-spanish"]').click();
    expect(await spanish(page).getByLabel("Greeting").count()).toBe(0);
    await page.getByRole("button", { name: "Save phone settings" }).click();
    await page.getByTestId("phone-saved").waitFor();
    expect((await savedSettings(page)).menu.es).toBeUndefined();
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Phone line" }).waitFor();
    expect(await page.getByLabel("Offer the menu in Spanish (callers press 9)").isChecked()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);

    // Switched on again, the Spanish words start from civic311's own, ready to edit.
    await page.locator('label[for="phone-spanish"]').click();
    expect(await spanish(page).getByLabel("Greeting").inputValue()).toBe(
      "Gracias por llamar al 311, la línea de servicios de su ciudad.",
    );
    await spanish(page).getByLabel("Goodbye").fill("Gracias por llamar. Adiós.");
    await page.getByRole("button", { name: "Save phone settings" }).click();
    await page.getByTestId("phone-saved").waitFor();
    const es = (await savedSettings(page)).menu.es;
    expect(es?.goodbye).toBe("Gracias por llamar. Adiós.");
    expect(es?.greeting).toBe("Gracias por llamar al 311, la línea de servicios de su ciudad.");
    expect(greeting).toBe(SPANISH_GREETING);
    await context.close();
  });

  it("operators find no phone line settings", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "operator@civic311.example");
    await page.goto(`${state.server.url}/staff/admin/phone`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
    expect(await page.getByRole("heading", { level: 2, name: "Phone line" }).count()).toBe(0);
    const res = await page.request.get(`${state.server.url}/api/admin/phone`);
    expect(res.status()).toBe(404);
    await context.close();
  });
});
