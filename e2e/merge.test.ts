import { expect, it } from "vitest";
import { signInThroughPage } from "./harness.js";
import { apiSession, mailJourneys, until } from "./messages.js";

/** A supervisor merges two reports of the same pothole; the residents of both hear about it. */
const { suite, state, mailbox } = mailJourneys();

suite("merging duplicates", () => {
  it("a supervisor merges a second report into the first; the duplicate closes pointing to it and both residents are told", async () => {
    const operator = await apiSession(state.server.url, "operator@civic311.example");
    const report = async (email: string, lat: number) => {
      const res = await fetch(`${state.server.url}/api/requests`, {
        method: "POST",
        headers: operator,
        body: JSON.stringify({
          serviceCode: "pothole",
          answers: { size: "plate_to_tire" },
          location: { address: "44 Ridge Street, Riverton, MA", lat, lng: -71.3399 },
          constituent: { firstName: "R", email },
        }),
      });
      expect(res.status).toBe(201);
      return ((await res.json()) as { number: string }).number;
    };
    const parent = await report("first.reporter@example.org", 42.4071);
    const child = await report("second.reporter@example.org", 42.40711);
    await until(() => mailbox().to("second.reporter@example.org")[0]);

    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "supervisor@civic311.example");
    await page.goto(`${state.server.url}/staff/requests/${child}`);
    await page.getByLabel("Tracking number").fill(parent);
    await page.getByLabel("Note to residents").fill("Same pothole as the earlier report.");
    await page.getByRole("button", { name: "Merge into…" }).click();
    await page.getByRole("button", { name: `Merge into ${parent}` }).click();
    await page.getByText(`This request was merged into`).waitFor();
    await context.close();

    const supervisor = await apiSession(state.server.url, "supervisor@civic311.example");
    const detail = (await (
      await fetch(`${state.server.url}/api/requests/${child}`, { headers: supervisor })
    ).json()) as {
      status: string;
      closeReason: string;
      parentNumber: string;
    };
    expect(detail).toMatchObject({ status: "closed", closeReason: "duplicate", parentNumber: parent });
    const kept = (await (
      await fetch(`${state.server.url}/api/requests/${parent}`, { headers: supervisor })
    ).json()) as {
      status: string;
      followers: number;
    };
    expect(kept.status).not.toBe("closed");
    expect(kept.followers).toBe(2);

    const duplicateNotice = await until(() =>
      mailbox()
        .to("second.reporter@example.org")
        .find((m) => m.subject?.includes("merged with an earlier report")),
    );
    expect(duplicateNotice.subject).toBe(`Request ${child} was merged with an earlier report`);
    expect(duplicateNotice.text).toContain(`as request ${parent}`);
    expect(duplicateNotice.text).not.toMatch(/fixed|is done/i);
    const parentNotice = await until(() =>
      mailbox()
        .to("first.reporter@example.org")
        .find((m) => m.subject === `Update on request ${parent}`),
    );
    expect(parentNotice.text).toContain(parent);
  });
});
