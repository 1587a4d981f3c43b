import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

const signIn = (page: Page) => signInThroughPage(page, state.server.url, "admin@civic311.example");
const square = (w: number, s: number, e: number, n: number) => [
  [w, s],
  [e, s],
  [e, n],
  [w, n],
  [w, s],
];
// Two districts of the demo town, named by a "WARD_ID" property the administrator points the upload at.
const geojson = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      properties: { WARD_ID: "harbor", name: "Harbor District" },
      geometry: { type: "Polygon", coordinates: [square(-71.34, 42.41, -71.32, 42.43)] },
    },
    {
      type: "Feature",
      properties: { WARD_ID: "uplands", name: "Uplands" },
      geometry: { type: "MultiPolygon", coordinates: [[square(-71.32, 42.39, -71.3, 42.41)]] },
    },
  ],
};

async function noSidewaysScroll(page: Page) {
  await page.setViewportSize({ width: 320, height: 700 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways scrolling at 320 px on ${page.url()}`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 900 });
}

suite("routing rules, districts and the calendar in Chromium", () => {
  it("uploads two districts, routes potholes in one to Parks, and the tester says so", async () => {
    const context = await state.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${state.server.url}/staff/admin/districts`);
    await page.getByRole("heading", { level: 2, name: "Districts" }).waitFor();

    // A broken file first: the error names the feature, and nothing is loaded.
    const broken = structuredClone(geojson);
    broken.features[0]!.geometry.coordinates = [square(-71.34, 42.41, -71.32, 42.43).slice(0, 4)];
    await page.setInputFiles("#district-file", {
      name: "wards.geojson",
      mimeType: "application/geo+json",
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await page.getByLabel("Property holding the district's code").fill("WARD_ID");
    await page.getByRole("button", { name: "Upload districts" }).click();
    const summary = page.getByTestId("error-summary");
    await expect.poll(() => summary.textContent()).toContain("Feature 0");
    expect(await summary.textContent()).toContain("not closed");
    expect(await page.getByText("No district polygons yet").count()).toBe(1);

    await page.setInputFiles("#district-file", {
      name: "wards.geojson",
      mimeType: "application/geo+json",
      buffer: Buffer.from(JSON.stringify(geojson)),
    });
    await page.getByRole("button", { name: "Upload districts" }).click();
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining("Districts loaded: 2 added"));
    const harbor = page.getByRole("row").filter({ hasText: "Harbor District" });
    expect(await harbor.textContent()).toContain("1 polygon, 4 points");
    expect(await seriousViolations(page)).toEqual([]);
    await noSidewaysScroll(page);

    await page.goto(`${state.server.url}/staff/admin/routing`);
    await page.getByRole("heading", { level: 2, name: "Routing rules" }).waitFor();
    const add = page.getByRole("form", { name: "Add a rule" });
    await add.getByLabel("Service").selectOption({ label: "Pothole" });
    await add.getByLabel("District").selectOption("harbor");
    await add.getByLabel("Send to department").selectOption({ label: "Parks & Recreation" });
    await add.getByRole("button", { name: "Add rule" }).click();
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining("Rule added: Pothole in harbor goes to Parks & Recreation"));
    const row = page.getByRole("row").filter({ hasText: "harbor" });
    await row.waitFor();

    // The same rule twice is refused, beside the field.
    await add.getByLabel("Service").selectOption({ label: "Pothole" });
    await add.getByLabel("District").selectOption("harbor");
    await add.getByLabel("Send to department").selectOption({ label: "Public Works" });
    await add.getByRole("button", { name: "Add rule" }).click();
    await expect.poll(() => page.getByTestId("error-summary").textContent()).toContain("already has a rule");

    // Move the new (last) rule to the top.
    const count = await page.getByRole("button", { name: /^Move up:/ }).count();
    for (let i = 0; i < count - 1; i++)
      await page.getByRole("button", { name: "Move up: Pothole, harbor, any priority" }).click();
    await expect.poll(() => page.getByRole("row").nth(1).textContent()).toContain("harbor");

    const tester = page.getByRole("form", { name: "Which department would get this?" });
    await tester.getByLabel("Service").selectOption({ label: "Pothole" });
    await tester.getByLabel("Latitude").fill("42.415");
    await tester.getByLabel("Longitude").fill("-71.335");
    await tester.getByRole("button", { name: "Find the department" }).click();
    const answer = page.getByTestId("tester-answer");
    await expect.poll(() => answer.textContent()).toContain("Parks & Recreation would get it.");
    expect(await answer.textContent()).toContain("district harbor");
    await tester.getByLabel("Latitude").fill("42.400");
    await tester.getByLabel("Longitude").fill("-71.310");
    await tester.getByRole("button", { name: "Find the department" }).click();
    await expect.poll(() => answer.textContent()).toContain("Public Works would get it.");
    expect(await answer.textContent()).toContain("District: uplands");
    expect(await seriousViolations(page)).toEqual([]);
    await noSidewaysScroll(page);
    await context.close();
  });

  it("edits a department's hours and copies the holidays to next year", async () => {
    const context = await state.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${state.server.url}/staff/admin/calendar`);
    await page.getByRole("heading", { level: 2, name: "Calendar" }).waitFor();
    await page.getByLabel("Department").selectOption({ label: "Public Works" });
    const monday = page.getByRole("group", { name: "Monday" });
    await monday.getByLabel("Opens").waitFor();
    // Closing before opening is refused beside the field.
    await monday.getByLabel("Closes").fill("06:00");
    await page.getByRole("button", { name: "Save working hours" }).click();
    await expect
      .poll(() => page.getByTestId("error-summary").textContent())
      .toContain("Monday, closing time must be after the opening time");
    // A lunch break: 7:00–11:30 and 12:00–15:30.
    await monday.getByLabel("Closes").fill("11:30");
    await monday.getByRole("button", { name: "Add a period on Monday" }).click();
    await monday.getByLabel("Opens").nth(1).fill("12:00");
    await monday.getByLabel("Closes").nth(1).fill("15:30");
    await page.getByRole("button", { name: "Save working hours" }).click();
    await expect
      .poll(() => page.getByRole("status").allTextContents())
      .toContainEqual(expect.stringContaining("Working hours of Public Works saved"));
    await page.reload();
    await page.getByLabel("Department").selectOption({ label: "Public Works" });
    await expect.poll(() => page.getByRole("group", { name: "Monday" }).getByLabel("Opens").count()).toBe(2);
    expect(await seriousViolations(page)).toEqual([]);

    // Next year loses one holiday; the copy puts it back on the right Monday and skips the rest.
    const year = new Date().getFullYear();
    await page.getByRole("button", { name: `Show ${year + 1}` }).click();
    await page.getByRole("heading", { name: `Holidays of ${year + 1}` }).waitFor();
    const labor = page.getByRole("row").filter({ hasText: "Labor Day" });
    const laborDate = (await labor.getByRole("cell").first().textContent()) ?? "";
    await page.getByRole("button", { name: /^Delete Labor Day/ }).click();
    await page.getByRole("button", { name: /^Confirm delete Labor Day/ }).click();
    await expect.poll(() => labor.count()).toBe(0);
    await page.getByRole("button", { name: `Show ${year}` }).click();
    await page.getByRole("button", { name: `Copy ${year}'s holidays to ${year + 1}` }).click();
    const result = page.getByTestId("copy-result");
    await expect.poll(() => result.textContent()).toContain("1 added");
    expect(await result.textContent()).toContain(`Added Labor Day on ${laborDate}`);
    await noSidewaysScroll(page);
    await context.close();
  });
});
