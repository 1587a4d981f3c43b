import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

const signIn = (page: Page, email: string, password?: string) =>
  signInThroughPage(page, state.server.url, email, password);

async function openPerson(page: Page, name: string) {
  await page.goto(`${state.server.url}/staff/admin/people`);
  await page.getByRole("link", { name, exact: true }).click();
  await page.getByRole("heading", { level: 2, name }).waitFor();
}

suite("people administration in Chromium", () => {
  it("deactivating the operator refuses their open page at its next action, and their sign-in", async () => {
    const operatorContext = await state.browser.newContext();
    const operator = await operatorContext.newPage();
    await signIn(operator, "operator@civic311.example");
    await operator.getByRole("link", { name: "Call console" }).click();
    await operator.waitForURL(/\/staff\/console/);

    const adminContext = await state.browser.newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, "admin@civic311.example");
    await admin
      .getByRole("navigation", { name: "Workspace" })
      .getByRole("link", { name: "Administration" })
      .click();
    await admin.getByRole("link", { name: "People" }).click();
    await admin.getByRole("heading", { level: 2, name: "People" }).waitFor();
    const row = admin.getByRole("row").filter({ hasText: "operator@civic311.example" });
    expect(await row.textContent()).toContain("Active");
    await row.getByRole("link", { name: "Olivia Operator" }).click();
    await admin.getByRole("heading", { level: 2, name: "Olivia Operator" }).waitFor();

    // Keyboard: the confirmation step takes focus; Cancel changes nothing.
    await admin.getByRole("button", { name: "Deactivate", exact: true }).focus();
    await admin.keyboard.press("Enter");
    await admin.getByTestId("confirm-active").waitFor();
    expect(await admin.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "confirm-active",
    );
    await admin.getByRole("button", { name: "Cancel" }).click();
    await admin.getByRole("button", { name: "Yes, deactivate" }).waitFor({ state: "detached" });
    await admin.getByRole("button", { name: "Deactivate", exact: true }).click();
    await admin.getByRole("button", { name: "Yes, deactivate" }).click();
    await expect
      .poll(() => admin.getByRole("status").allTextContents())
      .toContainEqual("Olivia Operator is deactivated and signed out.");
    await admin.getByRole("button", { name: "Reactivate" }).waitFor();

    // The operator's open page: their next request is refused and they land on sign-in.
    await operator.getByRole("link", { name: "Requests", exact: true }).click();
    await operator.waitForURL(/\/staff\/sign-in/);
    await operator.getByLabel("Email").fill("operator@civic311.example");
    await operator.getByLabel("Password").fill("demo311");
    await operator.getByRole("button", { name: "Sign in" }).click();
    await operator.getByText("The email or password is not correct.").waitFor();

    await admin.goto(`${state.server.url}/staff/admin/people?active=false`);
    await admin.getByRole("row").filter({ hasText: "Olivia Operator" }).getByText("Deactivated").waitFor();
    await operatorContext.close();
    await adminContext.close();
  });

  it("the administrator adds department staff, fixing what the form reports, and resets a password", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "admin@civic311.example");
    await page.goto(`${state.server.url}/staff/admin/people`);
    await page.getByRole("link", { name: "Add a person" }).click();
    await page.getByRole("heading", { level: 2, name: "Add a person" }).waitFor();
    await page.getByLabel("Name").fill("Robin Roads");
    await page.getByLabel("Email").fill("robin.roads");
    await page.getByLabel("Role", { exact: true }).selectOption("department_staff");
    await page.getByRole("button", { name: "Add person" }).click();

    // Every problem at once, in a focused summary whose links lead to the fields.
    const summary = page.getByTestId("error-summary");
    await summary.waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "error-summary",
    );
    expect(await summary.textContent()).toContain("Email is not an email address");
    expect(await summary.textContent()).toContain("Department staff need at least one department.");
    await summary.getByRole("link", { name: /^Email/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("person-email");

    await page.getByLabel("Email").fill("robin.roads@city.example");
    // USWDS draws its own box over the visually hidden input: people click the label.
    await page.locator('label[for="person-department-dpw"]').click();
    expect(await page.getByLabel("Public Works").isChecked()).toBe(true);
    await page.getByRole("button", { name: "Add person" }).click();
    const shown = page.getByTestId("password");
    await shown.waitFor();
    const password = (await shown.textContent())?.trim() ?? "";
    expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(await page.getByText("Copy it now: it will not be shown again").count()).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);

    // The new account signs in, in its own browser, to its department's queue.
    const robinContext = await state.browser.newContext();
    const robin = await robinContext.newPage();
    await signIn(robin, "robin.roads@city.example", password);
    expect(await robin.locator("[data-role]").getAttribute("data-role")).toBe("department_staff");

    // Reset Robin's password: the new one works, the old one and Robin's open session do not.
    await page.getByRole("link", { name: "See Robin Roads's account" }).click();
    await page.getByRole("heading", { level: 2, name: "Robin Roads" }).waitFor();
    await page.getByRole("button", { name: "Reset password" }).click();
    await page.getByTestId("confirm-reset").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Reset password" }).click();
    const reset = page.getByTestId("password");
    await reset.waitFor();
    const newPassword = (await reset.textContent())?.trim() ?? "";
    expect(newPassword).not.toBe(password);
    await robin.reload();
    await robin.waitForURL(/\/staff\/sign-in/);
    await signIn(robin, "robin.roads@city.example", newPassword);
    await robinContext.close();

    await page.goto(`${state.server.url}/staff/admin/people?q=robin`);
    const row = page.getByRole("row").filter({ hasText: "robin.roads@city.example" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Public Works");
    expect(await row.textContent()).not.toContain("Never");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it("the people screens fit 320 px without sideways scrolling, and pass axe there", async () => {
    const context = await state.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signIn(page, "admin@civic311.example");
    await openPerson(page, "Pat Publicworks");
    await page.getByRole("button", { name: "Deactivate", exact: true }).click();
    await page.getByTestId("confirm-active").waitFor();
    for (const path of [null, "/staff/admin/people", "/staff/admin/people/new"]) {
      if (path) await page.goto(`${state.server.url}${path}`);
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      for (const width of [320, 480, 1024]) {
        await page.setViewportSize({ width, height: 800 });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow, `sideways scrolling on ${path ?? "a person"} at ${width} px`).toBeLessThanOrEqual(0);
      }
      expect(await seriousViolations(page)).toEqual([]);
    }
    await context.close();
  });
});
