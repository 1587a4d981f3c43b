import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { jpegGpsEntries } from "../server/modules/attachments/index.js";
import { GPS_LATITUDE_BYTES, tinyJpeg } from "../server/modules/portal/portal.test-photos.js";
import { seriousViolations } from "./axe.js";
import { browserJourneys } from "./harness.js";

const { suite, state } = browserJourneys();

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? "");

/** Presses Tab until the focused element satisfies `test`: proof that a keyboard user can get there. */
async function tabUntil(page: Page, test: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 80; i++) {
    if (await test()) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${what}`);
}
const tabToId = (page: Page, id: string) =>
  tabUntil(page, async () => (await activeId(page)) === id, `#${id}`);
const tabToText = (page: Page, text: string) =>
  tabUntil(page, async () => (await activeText(page)) === text, `"${text}"`);

/** The staff API, signed in as a supervisor (cookie and CSRF token). */
async function staffGet<T>(path: string): Promise<T> {
  const signIn = await fetch(`${state.server.url}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "supervisor@civic311.example", password: "demo311" }),
  });
  const cookie = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!;
  const res = await fetch(`${state.server.url}${path}`, { headers: { cookie } });
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
}

interface Detail {
  number: string;
  channel: string;
  followers: number;
  constituent: { id: number; email: string | null } | null;
  photos: { url: string; filename: string; contentType: string }[];
}

/** An address of the demo city, as the autocomplete labels it, and what a resident would type for it. */
async function someAddress(): Promise<{ label: string; typed: string }> {
  for (const street of ["Main", "Elm", "Oak", "Washington", "Maple", "Pine", "Prospect", "Central"]) {
    const res = await fetch(`${state.server.url}/api/public/addresses?q=${street}`);
    const items = ((await res.json()) as { items: { id: number | null; label: string }[] }).items;
    const label = items.find((i) => i.id !== null)?.label;
    if (!label) continue;
    const [number, word] = label.split(" ");
    return { label, typed: `${number} ${word}` };
  }
  throw new Error("no address found in the demo city");
}

/** Types an address and picks the suggestion with the keyboard: Down until it is highlighted, then Enter. */
async function pickAddress(page: Page, address: { label: string; typed: string }) {
  await tabToId(page, "report-address");
  await page.keyboard.type(address.typed, { delay: 20 });
  await page.locator("#report-address-list [role=option]").first().waitFor();
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("ArrowDown");
    const active = await page.locator("#report-address").getAttribute("aria-activedescendant");
    if (active && (await page.locator(`#${active}`).textContent())?.startsWith(address.label)) break;
  }
  await page.keyboard.press("Enter");
  await page.locator("#report-location-chosen").waitFor();
}

let reported = "";
let address: { label: string; typed: string };

suite("Resident portal: report a problem (issue 6) in Chromium", () => {
  it("a resident switches to Español and reports a pothole with a photo using only the keyboard", async () => {
    address = await someAddress();
    const page = await state.browser.newPage({ locale: "en-US" });
    await page.goto(`${state.server.url}/report`);
    await page.getByRole("heading", { level: 1, name: "Report a problem" }).waitFor();

    // The language switcher: Tab to it, Down arrow to Español.
    await tabToId(page, "report-language-switcher");
    await page.keyboard.press("ArrowDown");
    await page.getByRole("heading", { level: 1, name: "Reportar un problema" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("es");

    // Find the service by searching, then Tab to its (translated) link and follow it with Enter.
    await tabToId(page, "report-service-search");
    await page.keyboard.type("bache");
    await tabToText(page, "Bache");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Bache" }).waitFor();

    // Sending without the required answers: the error summary is announced, focused and links to the fields.
    await tabToId(page, "report-submit");
    await page.keyboard.press("Enter");
    const summary = page.locator("#report-errors");
    await summary.waitFor();
    expect(await activeId(page)).toBe("report-errors");
    expect(await summary.getAttribute("role")).toBe("alert");
    expect(await summary.textContent()).toContain("Indique una dirección o marque el lugar en el mapa.");
    await tabToText(page, "¿Más o menos de qué tamaño es el bache?: este dato es obligatorio.");
    await page.keyboard.press("Enter");
    expect(await activeId(page)).toBe("report-q-size");
    expect(await page.locator("#report-q-size").getAttribute("aria-invalid")).toBe("true");

    // The answer: Down arrow picks the first size in the (translated) list.
    await page.keyboard.press("ArrowDown");
    expect(await page.locator("#report-q-size option:checked").textContent()).toBe(
      "Más pequeño que un plato",
    );

    await pickAddress(page, address);
    expect(await page.locator("#report-location-chosen").textContent()).toContain(address.label);

    // The photo: Space on the file input opens the chooser, which gets a JPEG carrying GPS EXIF.
    await tabToId(page, "report-photos");
    const chooser = page.waitForEvent("filechooser");
    await page.keyboard.press("Space");
    await (await chooser).setFiles({
      name: "bache.jpg",
      mimeType: "image/jpeg",
      buffer: tinyJpeg({ gps: true }),
    });
    await page.getByText(/^bache\.jpg \(/).waitFor();
    expect(await page.locator("#report-keep-location").isChecked()).toBe(false);

    await tabToId(page, "report-email");
    await page.keyboard.type("vecina@example.org");
    expect(await page.locator("#report-notify-email").isChecked()).toBe(true);
    expect(await page.locator("#report-updates-language").inputValue()).toBe("es");
    // The honeypot is out of the tab order and hidden from screen readers.
    expect(await page.locator("#report-website").getAttribute("tabindex")).toBe("-1");
    await tabToId(page, "report-submit");
    await page.keyboard.press("Enter");

    await page.getByRole("heading", { name: "Gracias, recibimos su reporte" }).waitFor();
    reported = (await page.locator("#report-number").textContent())?.trim() ?? "";
    expect(reported).toMatch(/^\d{7}$/);
    expect(await page.getByRole("link", { name: "Seguir este reporte" }).getAttribute("href")).toBe(
      `/requests/${reported}`,
    );

    const detail = await staffGet<Detail>(`/api/requests/${reported}`);
    expect(detail).toMatchObject({ channel: "web", followers: 1 });
    expect(detail.constituent?.email).toBe("vecina@example.org");
    const person = await staffGet<{ constituent: { language: string; contactPreference: string } }>(
      `/api/constituents/${detail.constituent!.id}`,
    );
    expect(person.constituent).toMatchObject({ language: "es", contactPreference: "email" });
    expect(detail.photos).toEqual([
      expect.objectContaining({ filename: "bache.jpg", contentType: "image/jpeg" }),
    ]);
    const stored = Buffer.from(
      await (await fetch(`${state.server.url}${detail.photos[0]!.url}`)).arrayBuffer(),
    );
    expect(stored.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(jpegGpsEntries(stored)).toBe(0);
    expect(stored.includes(GPS_LATITUDE_BYTES)).toBe(false);
    await page.close();
  });

  it("a second resident is offered the existing request and follows it instead", async () => {
    expect(reported).not.toBe("");
    const before = await staffGet<{ items: unknown[] }>("/api/requests?service=pothole&limit=200");
    const page = await state.browser.newPage({ locale: "en-US" });
    await page.goto(`${state.server.url}/report/pothole`);
    await page.getByRole("heading", { level: 2, name: "Pothole" }).waitFor();
    await pickAddress(page, address);

    await page.getByRole("heading", { name: "Is it one of these? Follow it instead" }).waitFor();
    await tabToText(page, `Follow #${reported}`);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: `Follow #${reported}` }).waitFor();
    expect(await activeText(page)).toBe(`Follow #${reported}`);
    await tabToId(page, "follow-email");
    await page.keyboard.type("neighbour@example.org");
    await tabToText(page, "Follow this report");
    await page.keyboard.press("Enter");
    await page.getByText(`You are now following #${reported}.`).waitFor();

    const detail = await staffGet<Detail & { events: { type: string; public: boolean }[] }>(
      `/api/requests/${reported}`,
    );
    expect(detail.followers).toBe(2);
    expect(detail.events.filter((e) => e.type === "caller_added")).toEqual([
      expect.objectContaining({ public: false }),
    ]);
    const after = await staffGet<{ items: unknown[] }>("/api/requests?service=pothole&limit=200");
    expect(after.items.length).toBe(before.items.length);
    await page.close();
  });

  it("the report pages have no serious or critical axe violations in English, Spanish and Portuguese", async () => {
    for (const lang of ["en", "es", "pt"]) {
      const page = await state.browser.newPage({ locale: lang });
      await page.addInitScript((l) => localStorage.setItem("civic311.language", l), lang);
      await page.goto(`${state.server.url}/report`);
      await page.locator("#report-service-search").waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      expect(await seriousViolations(page), `/report in ${lang}`).toEqual([]);
      await page.goto(`${state.server.url}/report/pothole`);
      await page.locator("#report-q-size").waitFor();
      await page.locator("#report-submit").click();
      await page.locator("#report-errors").waitFor();
      expect(await seriousViolations(page), `/report/pothole with errors in ${lang}`).toEqual([]);
      await page.close();
    }
  });
});
