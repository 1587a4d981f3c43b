import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import type { RequestCounts, RequestDetail, RequestList, SavedView } from "../common/contracts/requests.js";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

/** A staff session outside the browser, through the real API: for the "other session" and the checks. */
async function apiSession(email: string) {
  const res = await fetch(`${state.server.url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "demo311" }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await fetch(`${state.server.url}${path}`, {
      method,
      headers: { cookie, "x-csrf-token": csrfToken, "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
    return (await answer.json()) as T;
  };
  return {
    get: <T>(path: string) => call<T>("GET", path),
    post: <T>(path: string, body: unknown) => call<T>("POST", path, body),
  };
}

const rowNumbers = (page: Page) =>
  page.locator("table.request-table tbody th[scope='row'] a").allTextContents();

suite("department work queue in Chromium", () => {
  it("Public Works filters, counts, saves a view, bulk-assigns, closes with a public note and sees a new request arrive live", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "publicworks@civic311.example");
    const api = await apiSession("publicworks@civic311.example");

    // Filter: open work, newest first, through the form; the filter lands in the URL.
    // USWDS draws its own boxes over visually hidden inputs: people click the labels.
    await page.locator("label[for='filter-status-new']").click();
    await page.locator("label[for='filter-status-acknowledged']").click();
    await page.locator("label[for='filter-status-in_progress']").click();
    await page.locator("label[for='filter-status-on_hold']").click();
    await page.getByLabel("Sort").selectOption("newest");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect
      .poll(() => decodeURIComponent(new URL(page.url()).search))
      .toBe("?status=new,acknowledged,in_progress,on_hold&sort=newest");
    const departmentCells = page.locator("table.request-table tbody td[data-label='Department']");
    await expect.poll(() => departmentCells.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
    const departments = await departmentCells.allTextContents();
    expect(new Set(departments)).toEqual(new Set(["Public Works"]));

    // Counts for this filter, as the API counts them for this user.
    const counts = await api.get<RequestCounts>(
      "/api/requests/counts?status=new,acknowledged,in_progress,on_hold",
    );
    await expect
      .poll(() => page.locator("[data-count='total']").textContent())
      .toBe(`${counts.total} matching`);
    expect(await page.locator("[data-count='new']").textContent()).toBe(`New: ${counts.byStatus.new}`);
    const everything = await api.get<RequestCounts>("/api/requests/counts");
    expect(counts.total).toBe(everything.total - everything.byStatus.closed);

    // Save the view, clear the filters, and apply the view again.
    await page.getByLabel("Save the current filters as").fill("Open, newest first");
    await page.getByRole("button", { name: "Save view" }).click();
    await expect.poll(() => page.getByText('Saved view "Open, newest first".').count()).toBe(1);
    const views = await api.get<{ items: SavedView[] }>("/api/requests/views");
    expect(views.items.map((v) => [v.name, v.query])).toEqual([
      ["Open, newest first", "status=new,acknowledged,in_progress,on_hold&sort=newest"],
    ]);
    await page.getByRole("button", { name: "Clear filters" }).click();
    await expect.poll(() => decodeURIComponent(new URL(page.url()).search)).toBe("");
    await page.getByLabel("View", { exact: true }).selectOption({ label: "Open, newest first" });
    await page.getByRole("button", { name: "Apply view" }).click();
    await expect
      .poll(() => decodeURIComponent(new URL(page.url()).search))
      .toBe("?status=new,acknowledged,in_progress,on_hold&sort=newest");

    // Select two rows with the keyboard and assign both to a colleague.
    await page.locator("table.request-table tbody tr").nth(1).waitFor();
    const [first, second] = (await rowNumbers(page)).map((n) => n.trim());
    for (const number of [first, second]) {
      await page.getByLabel(`Select request ${number}`).focus();
      await page.keyboard.press("Space");
    }
    await page.getByRole("heading", { name: "Change 2 requests at once" }).waitFor();
    // Someone neither request is assigned to yet, so both really change.
    const current = await Promise.all(
      [first, second].map(async (n) => (await api.get<RequestDetail>(`/api/requests/${n}`)).assignee?.id),
    );
    const colleague = (
      await api.get<{ items: { id: number; name: string }[] }>("/api/staff?department=dpw")
    ).items.find((s) => !current.includes(s.id))!;
    await page.locator("#bulk-assignee").selectOption({ label: colleague.name });
    await page.getByRole("button", { name: "Assign selected" }).click();
    await expect
      .poll(() => page.locator("[data-bulk-result]").textContent(), { timeout: 15_000 })
      .toBe(`Assigned 2 requests to ${colleague.name}.`);
    for (const number of [first, second]) {
      const detail = await api.get<RequestDetail>(`/api/requests/${number}`);
      expect(detail.assignee?.id).toBe(colleague.id);
      expect(detail.events.at(-1)).toMatchObject({ type: "assigned", actor: { name: "Pat Publicworks" } });
    }

    // Close one with a reason and a public note.
    await page.getByLabel(`Select request ${first}`).check();
    await page.getByLabel("New status").selectOption("closed");
    await page.getByLabel("Close reason").selectOption("fixed");
    await page.getByLabel("Public note").fill("Patched by the night crew.");
    await page.getByRole("button", { name: "Change status of selected" }).click();
    await expect
      .poll(() => page.locator("[data-bulk-result]").textContent(), { timeout: 15_000 })
      .toBe("Changed 1 request to Closed.");
    const closed = await api.get<RequestDetail>(`/api/requests/${first}`);
    expect(closed.statusLabel).toBe("Closed: Fixed");
    expect(closed.events.at(-1)).toMatchObject({
      type: "status_changed",
      public: true,
      body: "Patched by the night crew.",
    });
    await expect.poll(async () => (await rowNumbers(page)).includes(first!), { timeout: 15_000 }).toBe(false);

    // Another session creates a pothole: it appears at the top of this list without a reload.
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
    });
    const operator = await apiSession("operator@civic311.example");
    const created = await operator.post<RequestDetail>("/api/requests", {
      serviceCode: "pothole",
      description: "Pothole reported by a caller while the queue was open",
      answers: { size: "larger_than_tire", location_in_road: "travel_lane" },
      location: { address: "1 Main Street, Riverton, MA", lat: 42.41, lng: -71.32 },
      channel: "phone",
    });
    await expect.poll(async () => (await rowNumbers(page))[0], { timeout: 15_000 }).toBe(created.number);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    await expect.poll(() => page.locator("[data-live-announcement]").textContent()).toContain(created.number);

    // The same filter on the map: markers for the located requests.
    await page.getByRole("link", { name: "Map", exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("map");
    const map = page.locator(".city-map");
    await map.waitFor();
    await expect.poll(async () => Number(await map.getAttribute("data-map-markers"))).toBeGreaterThan(0);

    // Nothing of another department reached this user.
    const mine = await api.get<RequestList>("/api/requests?limit=200");
    expect(mine.items.every((r) => r.department.code === "dpw")).toBe(true);
    await context.close();
  });

  it("the detail page shows the SLA clock, photos and followers, and reassigns with a reason", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "supervisor@civic311.example");
    await page.goto(`${state.server.url}/staff/?department=dpw&status=new,acknowledged,in_progress`);
    const link = page.locator("table a[href^='/staff/requests/']").first();
    await link.waitFor();
    const number = (await link.textContent())!.trim();
    await link.click();
    await page.getByRole("heading", { level: 1, name: `Request ${number}` }).waitFor();
    await expect.poll(() => page.locator("[data-sla]").textContent()).toMatch(/left\)|Overdue by /);
    await page.getByRole("heading", { name: "Photos" }).waitFor();
    await page.getByText("Followers").waitFor();
    await page.getByLabel("Department", { exact: true }).selectOption({ label: "Parks & Recreation" });
    await page.getByLabel("Reason").fill("Tree in the park, not on the street");
    await page.getByRole("button", { name: "Reassign" }).click();
    await expect.poll(() => page.getByText("Reassigned to Parks & Recreation.").count()).toBe(1);
    const timeline = page.getByRole("list", { name: "Timeline" });
    await expect
      .poll(() => timeline.getByRole("listitem").last().textContent())
      .toContain("Tree in the park");
    const api = await apiSession("supervisor@civic311.example");
    const detail = await api.get<RequestDetail>(`/api/requests/${number}`);
    expect(detail.department.code).toBe("parks");
    expect(detail.events.at(-1)).toMatchObject({
      type: "reassigned",
      body: "Tree in the park, not on the street",
    });
    await context.close();
  });
});
