import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import type { RequestList } from "../common/contracts/requests.js";
import { seriousViolations } from "./axe.js";
import { browserJourneys } from "./harness.js";

const { suite, state } = browserJourneys();

/** A staff session outside the browser, through the real API. */
async function staffApi(email: string) {
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

/** Presses Tab until the element with this id has focus: the page is used by keyboard alone. */
async function tabTo(page: Page, id: string, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((want) => document.activeElement?.id === want, id)) return;
  }
  throw new Error(`could not reach #${id} with Tab`);
}

/** Chooses a language with the keyboard: focus the switcher, then arrow to the language. */
async function chooseLanguage(page: Page, name: "English" | "Español" | "Português") {
  await tabTo(page, "language-switcher");
  const order = ["English", "Español", "Português"];
  const current = await page.locator("#language-switcher").inputValue();
  const from = ["en", "es", "pt"].indexOf(current);
  const to = order.indexOf(name);
  for (let i = from; i < to; i++) await page.keyboard.press("ArrowDown");
  for (let i = from; i > to; i--) await page.keyboard.press("ArrowUp");
  await page.waitForFunction((lang) => document.documentElement.lang === lang, ["en", "es", "pt"][to]);
}

async function openRequest(): Promise<{ number: string; address: string }> {
  const api = await staffApi("supervisor@civic311.example");
  const list = await api.get<RequestList>("/api/requests?status=new,acknowledged,in_progress&sort=newest");
  const r = list.items.find((i) => i.address);
  if (!r) throw new Error("no open request with an address");
  return { number: r.number, address: r.address! };
}

suite("Resident portal in Chromium: answers, tracking and near me, by keyboard, in three languages", () => {
  it("switches to Português, finds an answer by typing 'buraco' and opens it, keyboard only", async () => {
    const page = await state.browser.newPage();
    await page.goto(`${state.server.url}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await chooseLanguage(page, "Português");
    await page.getByText("Do que você precisa?").waitFor();
    await tabTo(page, "portal-search");
    await page.keyboard.type("buraco");
    const option = page.getByRole("option", { name: /Buracos na rua/ });
    await option.waitFor();
    // Down until the answer is highlighted, then Enter opens it.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press("ArrowDown");
      if ((await option.getAttribute("aria-selected")) === "true") break;
    }
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: /Buracos na rua/ }).waitFor();
    expect(page.url()).toMatch(/\/answers\/potholes$/);
    await page.getByRole("heading", { name: "Ainda precisa de ajuda?" }).waitFor();
    await page.close();
  });

  it("tracks a request by number in Portuguese; staff close it; in Spanish the page shows the closure", async () => {
    const { number } = await openRequest();
    const page = await state.browser.newPage();
    await page.goto(`${state.server.url}/track`);
    await chooseLanguage(page, "Português");
    await tabTo(page, "track-number");
    await page.keyboard.type(number);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: new RegExp(`Pedido ${number}`) }).waitFor();
    const status = page.locator("[data-public-status]");
    expect(await status.textContent()).toMatch(/Recebido|Visto pelo departamento|Em andamento/);

    const staff = await staffApi("supervisor@civic311.example");
    await staff.post(`/api/requests/${number}/status`, {
      status: "closed",
      closeReason: "fixed",
      note: "Crew filled it.",
    });
    await chooseLanguage(page, "Español");
    await page.getByRole("heading", { level: 1, name: new RegExp(`Solicitud ${number}`) }).waitFor();
    await page.locator("[data-public-status='closed']").waitFor();
    expect(await page.locator("[data-public-status]").textContent()).toContain("Cerrada: resuelta");
    expect(await page.locator("ol").textContent()).toContain("Cerrada: resuelta");
    await page.close();
  });

  it("lists requests near an address", async () => {
    const { number, address } = await openRequest();
    const page = await state.browser.newPage();
    await page.goto(`${state.server.url}/near-me`);
    await chooseLanguage(page, "English");
    await tabTo(page, "near-address");
    await page.keyboard.type(address.split(",")[0]!);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: /requests near/ }).waitFor();
    expect(await page.getByRole("link", { name: new RegExp(number) }).count()).toBe(1);
    await page.close();
  });

  it.each(["en", "es", "pt"])(
    "has no serious or critical axe violations on any portal page in %s",
    async (language) => {
      const { number, address } = await openRequest();
      const page = await state.browser.newPage();
      const pages = [
        "/",
        "/answers/potholes",
        "/track",
        `/requests/${number}`,
        `/near-me?address=${encodeURIComponent(address.split(",")[0]!)}`,
        "/survey",
        "/unsubscribe",
      ];
      const problems: string[] = [];
      await page.goto(`${state.server.url}/`);
      await page.evaluate((l) => localStorage.setItem("civic311.language", l), language);
      for (const path of pages) {
        await page.goto(`${state.server.url}${path}`);
        await page.getByRole("heading", { level: 1 }).first().waitFor();
        await page.waitForLoadState("networkidle");
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
        for (const v of await seriousViolations(page)) problems.push(`${language} ${path}: ${v}`);
      }
      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it("works at 320 px wide without sideways scrolling", async () => {
    const page = await state.browser.newPage({ viewport: { width: 320, height: 640 } });
    for (const path of ["/", "/answers/potholes", "/track", "/near-me", "/report", "/report/pothole"]) {
      await page.goto(`${state.server.url}${path}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      if (path === "/report/pothole") await page.locator("#report-submit").waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await page.close();
  });
});
