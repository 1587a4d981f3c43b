import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { linkIn, mailJourneys, until } from "./messages.js";

/**
 * "Not fixed?": a resident who reported online gets the close message, follows its link and reopens the
 * request from the keyboard alone; the department has it back and the resident is told.
 */
const { suite, state, mailbox } = mailJourneys();

async function tabTo(page: Page, test: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 60; i++) {
    if (await test()) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${what}`);
}

suite("a resident reopens a request that was not fixed", () => {
  it("from the close message's link, keyboard only", async () => {
    const filed = await fetch(`${state.server.url}/api/public/requests`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        serviceCode: "pothole",
        answers: { size: "plate_to_tire" },
        location: { address: "18 Ridge Street, Riverton, MA", lat: 42.4072, lng: -71.3398 },
        contact: { firstName: "Dana", email: "dana@example.org" },
        contactPreference: "email",
        language: "en",
      }),
    });
    expect(filed.status, await filed.clone().text()).toBe(201);
    const { number } = (await filed.json()) as { number: string };

    const session = await fetch(`${state.server.url}/api/session`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "publicworks@civic311.example", password: "demo311" }),
    });
    const staff = {
      cookie: (session.headers.get("set-cookie") ?? "").split(";")[0]!,
      "x-csrf-token": ((await session.json()) as { csrfToken: string }).csrfToken,
      "content-type": "application/json",
    };
    const closed = await fetch(`${state.server.url}/api/requests/${number}/status`, {
      method: "POST",
      headers: staff,
      body: JSON.stringify({ status: "closed", closeReason: "fixed", note: "Patched today." }),
    });
    expect(closed.status).toBeLessThan(300);
    const done = await until(() =>
      mailbox()
        .to("dana@example.org")
        .find((m) => m.subject?.includes("is done")),
    );

    const page = await (await state.browser.newContext()).newPage();
    await page.goto(linkIn(done, `/requests/${number}`, state.server.url));
    await page.getByRole("heading", { name: "Not fixed?" }).waitFor();
    await tabTo(
      page,
      async () => page.evaluate(() => document.activeElement?.id === "reopen-reason"),
      "the reason",
    );
    await page.keyboard.type("The hole is back after the rain.");
    await tabTo(
      page,
      async () => page.evaluate(() => document.activeElement?.textContent?.trim() === "Reopen the request"),
      "the Reopen button",
    );
    await page.keyboard.press("Enter");
    await page
      .getByText("The request is open again.")
      .waitFor()
      .catch(async (err) => {
        throw new Error(`${err}\n${await page.locator("main").textContent()}`);
      });

    const detail = (await (
      await fetch(`${state.server.url}/api/requests/${number}`, { headers: staff })
    ).json()) as {
      status: string;
      events: { type: string; body: string | null }[];
    };
    expect(detail.status).toBe("acknowledged");
    expect(detail.events.at(-1)).toMatchObject({
      type: "reopened",
      body: "The hole is back after the rain.",
    });
    const told = await until(() =>
      mailbox()
        .to("dana@example.org")
        .find((m) => m.subject === `Request ${number} was reopened`),
    );
    expect(told.text).toContain("The hole is back after the rain.");
  });
});
