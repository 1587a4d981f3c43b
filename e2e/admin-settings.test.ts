import { deflateSync } from "node:zlib";
import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { seriousViolations } from "./axe.js";
import { browserJourneys, signInThroughPage } from "./harness.js";

const { suite, state } = browserJourneys();

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** A real PNG drawn here: a white band with an orange square, 48×16 pixels. */
function makePng(width = 48, height = 16): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) rows.push(...(x < height ? [0xe5, 0x7a, 0x00] : [0xff, 0xff, 0xff]));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(Buffer.from(rows))),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

suite("city settings in Chromium", () => {
  it("the administrator renames the city, picks a color, uploads a logo and drops Portuguese; the portal wears them", async () => {
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "admin@civic311.example");
    await page.goto(`${state.server.url}/staff/admin/settings`);
    await page.getByRole("heading", { level: 2, name: "City settings" }).waitFor();
    expect(await page.getByTestId("time-zone").textContent()).toContain("Changing it needs a restart");
    expect(await seriousViolations(page)).toEqual([]);

    // A bad jurisdiction id is refused with a focused summary that names the field; nothing is saved.
    await page.getByLabel("City name").fill("Harbor City");
    await page.getByLabel("Jurisdiction id").fill("https://harbor.example/");
    await page.getByRole("button", { name: "Save settings" }).click();
    const summary = page.getByTestId("error-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain("Jurisdiction id: Enter a domain name");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe(
      "error-summary",
    );
    await summary.getByRole("link").first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("city-jurisdictionId");
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Jurisdiction id").fill("harbor.example");

    // USWDS hides the radio and checkbox inputs behind their labels: click the labels, as people do.
    await page.locator('label[for="city-color-green-cool-70v"]').click();
    expect(await page.getByLabel("Green", { exact: true }).isChecked()).toBe(true);
    expect(
      await page.getByTestId("header-preview").evaluate((el) => getComputedStyle(el).backgroundColor),
    ).toBe("rgb(21, 76, 33)");
    await page
      .getByLabel("Upload a logo")
      .setInputFiles({ name: "seal.png", mimeType: "image/png", buffer: makePng() });
    await page.getByRole("button", { name: "Upload logo" }).click();
    await page.getByText("The new logo is on the portal.").waitFor();
    await page.getByTestId("logo-current").waitFor();
    await page.locator('label[for="city-language-pt"]').click();
    expect(await page.getByLabel("Portuguese (Português)").isChecked()).toBe(false);
    expect(await page.getByLabel("English").isDisabled()).toBe(true);
    // Maps take tiles from the city's tile server (here an address on this server) with its credit.
    await page.getByLabel("Tile address").fill(`${state.server.url}/tiles/{z}/{x}/{y}.png`);
    await page.getByLabel("Map credit").fill("© Harbor City GIS");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByTestId("settings-saved").waitFor();
    expect(await page.getByTestId("settings-saved").textContent()).toContain("Settings saved");
    expect(await page.getByTestId("error-summary").count()).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);

    // The settings screen fits a 320 px phone without sideways scrolling.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await sidewaysScroll(page)).toBe(0);
    await context.close();

    // A resident whose browser prefers Portuguese meets the new portal in English, Portuguese gone.
    const resident = await state.browser.newContext({ locale: "pt-BR" });
    const portal = await resident.newPage();
    await portal.goto(`${state.server.url}/`);
    await portal.getByRole("link", { name: "Harbor City 311" }).waitFor();
    const logo = portal.locator(".portal-header img");
    await logo.waitFor();
    expect(await logo.getAttribute("alt")).toBe("Harbor City");
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);
    const header = portal.locator("header.portal-header");
    expect(await header.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(21, 76, 33)");
    const options = await portal.locator("#language-switcher option").allTextContents();
    expect(options).toEqual(["English", "Español"]);
    expect(await portal.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(await seriousViolations(portal)).toEqual([]);
    await portal.setViewportSize({ width: 320, height: 800 });
    expect(await sidewaysScroll(portal)).toBe(0);
    expect(await seriousViolations(portal)).toEqual([]);

    const tileRequests: string[] = [];
    portal.on("request", (r) => {
      if (/\/tiles\/\d+\/\d+\/\d+\.png$/.test(r.url())) tileRequests.push(r.url());
    });
    await portal.setViewportSize({ width: 1024, height: 800 });
    await portal.goto(`${state.server.url}/report/pothole`);
    await portal.getByRole("button", { name: "Mark it on a map instead" }).click();
    const map = portal.locator(".city-map");
    await map.waitFor();
    expect(await map.getAttribute("data-map-tiles")).toBe(`${state.server.url}/tiles/{z}/{x}/{y}.png`);
    await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
    expect(await portal.locator(".leaflet-control-attribution").textContent()).toBe("© Harbor City GIS");
    // The drawn streets give way to the tiles.
    await expect.poll(() => map.getAttribute("data-map-streets")).toBe("0");
    await resident.close();
  });
});
