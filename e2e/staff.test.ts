import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

const signIn = (page: Page, email: string) => signInThroughPage(page, state.server.url, email);

suite("staff app in Chromium", () => {
  it("the home page says what the site is and links to staff sign-in", async () => {
    const page = await state.browser.newPage();
    await page.goto(`${state.server.url}/`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toContain("Riverton 311");
    await page.getByRole("link", { name: "Staff sign-in" }).click();
    await page.getByLabel("Email").waitFor();
    expect(page.url()).toContain("/staff/sign-in");
    await page.close();
  });

  it.each([
    ["operator@civic311.example", "operator", "Operator workspace"],
    ["supervisor@civic311.example", "supervisor", "Supervisor workspace"],
    ["publicworks@civic311.example", "department_staff", "Public Works queue"],
    ["admin@civic311.example", "admin", "Administration workspace"],
  ])("signing in as %s shows the %s layout", async (email, role, heading) => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, email);
    await page.locator(`[data-role="${role}"]`).waitFor();
    await expect.poll(() => page.getByRole("heading", { name: heading }).count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByLabel("Email").waitFor();
    await context.close();
  });

  it("a wrong password is refused with a message and no session", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${state.server.url}/staff/`);
    await page.getByLabel("Email").fill("operator@civic311.example");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("not correct");
    await context.close();
  });

  it("the operator opens a request from the list and sees its timeline", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "operator@civic311.example");
    const firstLink = page.locator("table a[href^='/staff/requests/']").first();
    await firstLink.waitFor();
    const number = (await firstLink.textContent())?.trim() ?? "";
    expect(number).toMatch(/^\d{7}$/);
    await firstLink.click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1, name: `Request ${number}` }).count())
      .toBe(1);
    const timeline = page.getByRole("list", { name: "Timeline" });
    await timeline.waitFor();
    const items = await timeline.getByRole("listitem").allTextContents();
    expect(items.length).toBeGreaterThan(0);
    expect(items[0]).toMatch(/request received/i);
    await context.close();
  });

  it("Public Works staff start work on a request and the timeline shows it", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "publicworks@civic311.example");
    await page.goto(`${state.server.url}/staff/?status=new,acknowledged`);
    const firstLink = page.locator("table a[href^='/staff/requests/']").first();
    await firstLink.waitFor();
    await firstLink.click();
    const timeline = page.getByRole("list", { name: "Timeline" });
    await timeline.waitFor();
    const before = await timeline.getByRole("listitem").count();
    await page.getByLabel("New status").selectOption("in_progress");
    await page.getByRole("button", { name: "Change status" }).click();
    await expect.poll(() => timeline.getByRole("listitem").count()).toBe(before + 1);
    expect(await timeline.getByRole("listitem").last().textContent()).toContain("Pat Publicworks");
    await context.close();
  });
});
