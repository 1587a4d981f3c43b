import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

const signIn = (page: Page, email: string) => signInThroughPage(page, state.server.url, email);

interface SearchHit {
  kind: string;
  code: string | null;
  title: string;
}

/** The console's search, as the operator's screen calls it (the page's session cookie goes along). */
async function searchCodes(page: Page, q: string): Promise<(string | null)[]> {
  const r = await page.request.get(`${state.server.url}/api/search?q=${encodeURIComponent(q)}`);
  expect(r.status()).toBe(200);
  return ((await r.json()) as { results: SearchHit[] }).results.map((h) => h.code);
}

/** USWDS draws its own checkboxes and radios over hidden inputs: people click the label, and so do we. */
const tick = (page: Page, id: string) => page.locator(`label[for="${id}"]`).click();

async function noSidewaysScrolling(page: Page): Promise<void> {
  for (const width of [320, 480, 640, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `sideways scrolling at ${width} px on ${page.url()}`).toBeLessThanOrEqual(0);
  }
}

const ANSWER = [
  "Residents may keep up to **two hives** on a lot with a beekeeping permit.",
  "",
  "- Register with the Board of Health",
  "- Keep hives 10 feet from the property line",
].join("\n");

const PHONE_LABEL = "Phone answer (read aloud by the phone menu)";
const PHONE = "You may keep up to two hives with a beekeeping permit. Register with the Board of Health.";

suite("the knowledge base in Chromium", () => {
  it("a supervisor writes a draft with a preview, publishes and edits it, and search finds it", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "supervisor@civic311.example");
    const nav = page.getByRole("navigation", { name: "Workspace" });
    await nav.getByRole("link", { name: "Knowledge base" }).click();
    await page.getByRole("heading", { level: 2, name: "Knowledge base" }).waitFor();

    // Stale articles are flagged: in the health list, and with the filter, each row tagged.
    const staleList = page.getByRole("list", { name: "Past their review date" });
    await staleList.waitFor();
    expect(await staleList.getByRole("link").count()).toBeGreaterThan(0);
    await tick(page, "kb-filter-stale");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect.poll(() => page.url()).toContain("stale=true");
    // Wait out the unfiltered table: then every row listed carries the tag.
    const staleRows = page.locator("table tbody tr");
    const tagged = staleRows.filter({ hasText: "Past review date" });
    const allTagged = async () => {
      const rows = await staleRows.count();
      return rows > 0 && rows === (await tagged.count());
    };
    await expect.poll(allTagged).toBe(true);
    await page.getByRole("button", { name: "Clear filters" }).click();

    await page.getByRole("link", { name: "New article" }).click();
    await page.getByRole("heading", { level: 2, name: "New article" }).waitFor();
    await page.getByLabel("Title").fill("Be");
    await page.getByLabel("Public answer").fill(ANSWER);
    // The preview renders the Markdown as the supervisor types.
    const preview = page.getByTestId("answer-preview");
    await expect.poll(() => preview.locator("strong").textContent()).toBe("two hives");
    expect(await preview.locator("li").allTextContents()).toEqual([
      "Register with the Board of Health",
      "Keep hives 10 feet from the property line",
    ]);
    await page.getByLabel("Internal notes").fill("Permit fee is waived for schools.");
    await page.getByLabel(PHONE_LABEL).fill(PHONE);
    expect(await page.getByLabel(PHONE_LABEL).getAttribute("aria-describedby")).toBe(
      "article-phone-answer-hint",
    );
    await page.getByLabel("Keywords").fill("beehive, beekeeping, honey bees");
    await page.getByLabel("Department").selectOption({ label: "Health Department" });
    await page.getByLabel("Review by").fill("2027-03-31");
    await page.getByLabel("Language").selectOption("en");

    // The server's problem is shown in the summary (which takes focus) and beside the field.
    await page.getByRole("button", { name: "Save article" }).click();
    const summary = page.getByTestId("error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Title must have at least 3 characters");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "error-summary",
    );
    expect(await page.locator("#article-title-error").textContent()).toContain("at least 3 characters");
    expect(await page.getByLabel("Title").getAttribute("aria-invalid")).toBe("true");
    await summary.getByRole("link", { name: /Title must/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("article-title");

    await page.getByLabel("Title").fill("Backyard beekeeping permit");
    expect(await page.getByLabel("Web address").inputValue()).toBe("backyard-beekeeping-permit");
    await page.getByRole("button", { name: "Save article" }).click();
    const saved = page.getByRole("status").filter({ hasText: "is created as a draft" });
    await saved.waitFor();
    expect(await saved.textContent()).toContain("Backyard beekeeping permit");
    expect(page.url()).toMatch(/\/staff\/knowledge-base$/);

    // Saved as typed: read back through the API.
    const listed = await page.request.get(`${state.server.url}/api/articles?q=beekeeping&status=draft`);
    const items = (await listed.json()).items as { id: number; slug: string }[];
    expect(items.map((a) => a.slug)).toEqual(["backyard-beekeeping-permit"]);
    const id = items[0]!.id;
    const draft = await (await page.request.get(`${state.server.url}/api/articles/${id}`)).json();
    expect(draft).toMatchObject({
      title: "Backyard beekeeping permit",
      publicAnswer: ANSWER,
      internalNotes: "Permit fee is waived for schools.",
      phoneAnswer: PHONE,
      keywords: ["beehive", "beekeeping", "honey bees"],
      department: { code: "health" },
      agency: null,
      reviewBy: "2027-03-31",
      status: "draft",
      language: "en",
      owner: { name: "Sam Supervisor" },
    });

    // Find it with the list's filters, open it, publish it with a new title and a related service.
    await page.getByLabel("Words").fill("beekeeping");
    await page.getByLabel("Status").selectOption("draft");
    await page.getByRole("button", { name: "Apply filters" }).click();
    const row = page.getByRole("row").filter({ hasText: "Backyard beekeeping permit" });
    await row.waitFor();
    expect(await row.textContent()).toContain("Draft");
    await row.getByRole("link").click();
    await page.getByRole("heading", { level: 2, name: "Edit article" }).waitFor();
    expect(await page.getByLabel("Keywords").inputValue()).toBe("beehive, beekeeping, honey bees");
    expect(await page.getByLabel(PHONE_LABEL).inputValue()).toBe(PHONE);
    await page.getByLabel(PHONE_LABEL).fill("Keep up to two hives, with a permit from the Board of Health.");
    await page.getByLabel("Title").fill("Backyard beekeeping permits");
    // Editing keeps the article's address.
    expect(await page.getByLabel("Web address").inputValue()).toBe("backyard-beekeeping-permit");
    await tick(page, "article-status-published");
    const service = page
      .getByRole("group", { name: /Related service types/ })
      .getByRole("checkbox")
      .first();
    const serviceCode = await service.getAttribute("value");
    await tick(page, (await service.getAttribute("id"))!);
    expect(await service.isChecked()).toBe(true);
    await page.getByRole("button", { name: "Save article" }).click();
    await page.getByRole("status").filter({ hasText: "is saved and published" }).waitFor();
    // Back on the same filtered list, where the draft is gone now that it is published.
    expect(page.url()).toContain("status=draft");
    await expect.poll(() => page.getByRole("row").filter({ hasText: "beekeeping" }).count()).toBe(0);

    const published = await (await page.request.get(`${state.server.url}/api/articles/${id}`)).json();
    expect(published).toMatchObject({
      title: "Backyard beekeeping permits",
      status: "published",
      phoneAnswer: "Keep up to two hives, with a permit from the Board of Health.",
    });
    expect(published.services.map((s: { code: string }) => s.code)).toEqual([serviceCode]);
    expect(Date.parse(published.updatedAt)).toBeGreaterThanOrEqual(Date.parse(draft.updatedAt));

    // The console's search finds it.
    expect((await searchCodes(page, "beekeeping permit"))[0]).toBe("backyard-beekeeping-permit");
    await context.close();
  });

  it("a supervisor adds a synonym group, and search by the new word finds the article", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signIn(page, "supervisor@civic311.example");
    const word = "apiary";
    expect(await searchCodes(page, word)).not.toContain("backyard-beekeeping-permit");
    await page.goto(`${state.server.url}/staff/knowledge-base`);
    await page.getByRole("link", { name: "Edit synonyms" }).click();
    await page.getByRole("heading", { level: 2, name: "Synonyms" }).waitFor();
    const box = page.getByLabel("Synonym groups");
    const before = await box.inputValue();
    expect(before).toContain("trash, garbage, rubbish");
    const groupsBefore = before.split("\n").filter((l) => l.trim()).length;

    // A line with one word is refused, and the problem names the line.
    await box.fill(`${before}\nlonely`);
    await page.getByRole("button", { name: "Save synonyms" }).click();
    const summary = page.getByTestId("error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain(`Line ${groupsBefore + 1} must have at least 2 terms`);

    await box.fill(`${before}\n\n${word}, Beehive`);
    await page.getByRole("button", { name: "Save synonyms" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `Synonyms saved: ${groupsBefore + 1} groups.` })
      .waitFor();
    expect(await box.inputValue()).toContain(`${word}, beehive`);
    const stored = await (await page.request.get(`${state.server.url}/api/synonyms`)).json();
    expect(stored.groups).toContainEqual([word, "beehive"]);
    // The server caches synonyms for a few seconds.
    await expect
      .poll(async () => (await searchCodes(page, word)).slice(0, 3), { timeout: 15_000, interval: 500 })
      .toContain("backyard-beekeeping-permit");
    await context.close();
  });

  it("the screens fit every width from 320 px; operators have no knowledge-base screens", async () => {
    const context = await state.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await signIn(page, "supervisor@civic311.example");
    await page.goto(`${state.server.url}/staff/knowledge-base`);
    await page.locator("table tbody tr").first().waitFor();
    await noSidewaysScrolling(page);
    await page.goto(`${state.server.url}/staff/knowledge-base/new`);
    await page.getByLabel("Public answer").fill(ANSWER);
    await page.getByRole("button", { name: "Save article" }).click();
    await page.getByTestId("error-summary").waitFor();
    await noSidewaysScrolling(page);
    await page.goto(`${state.server.url}/staff/knowledge-base/synonyms`);
    await page.getByLabel("Synonym groups").waitFor();
    await noSidewaysScrolling(page);
    await context.close();

    const operator = await state.browser.newContext();
    const op = await operator.newPage();
    await signIn(op, "operator@civic311.example");
    expect(await op.getByRole("link", { name: "Knowledge base" }).count()).toBe(0);
    await op.goto(`${state.server.url}/staff/knowledge-base/new`);
    await op.getByRole("heading", { name: "Page not found" }).waitFor();
    expect(await op.getByLabel("Public answer").count()).toBe(0);
    await operator.close();
  });
});
