import { expect, it } from "vitest";
import { signInThroughPage } from "./harness.js";
import { apiSession, linkIn, mailJourneys, until } from "./messages.js";

/**
 * The resident's side of a request, end to end: the real server sends through a real SMTP server on
 * loopback, and the links in the messages work in Chromium.
 */
const { suite, state, mailbox } = mailJourneys();

suite("a resident hears every public change, in their language, and the links work", () => {
  it("creation and a close with a public note reach the resident's mailbox once each; survey, tracking, unfollow and unsubscribe links work", async () => {
    const operator = await apiSession(state.server.url, "operator@civic311.example");
    const made = await fetch(`${state.server.url}/api/requests`, {
      method: "POST",
      headers: operator,
      body: JSON.stringify({
        serviceCode: "pothole",
        answers: { size: "plate_to_tire" },
        location: { address: "30 Ridge Street, Riverton, MA", lat: 42.4071, lng: -71.3399 },
        constituent: { firstName: "Ana", lastName: "Souza", email: "ana.souza@example.org", language: "pt" },
      }),
    });
    expect(made.status).toBe(201);
    const { number } = (await made.json()) as { number: string };
    const received = await until(() => mailbox().to("ana.souza@example.org")[0]);
    expect(received.subject).toBe(`Recebemos a sua solicitação ${number}: Buraco na rua`);

    // Department staff close it in the work queue with a note for the resident.
    const context = await state.browser.newContext();
    const page = await context.newPage();
    await signInThroughPage(page, state.server.url, "publicworks@civic311.example");
    await page.goto(`${state.server.url}/staff/requests/${number}`);
    await page.getByLabel("New status").selectOption("closed");
    await page.getByLabel("Close reason").selectOption("fixed");
    await page.getByLabel("Comment").fill("Tapamos o buraco hoje de manhã.");
    await page.getByRole("button", { name: "Change status" }).click();
    await page.getByText("Status is now").waitFor();
    await context.close();

    const closed = await until(() => mailbox().to("ana.souza@example.org")[1]);
    expect(closed.subject).toBe(`A solicitação ${number} foi concluída: Buraco na rua`);
    expect(closed.text).toContain("Tapamos o buraco hoje de manhã.");
    expect(closed.text).toContain(`Número de acompanhamento: ${number}`);

    // The resident, not signed in, follows the links.
    const resident = await state.browser.newContext();
    const tab = await resident.newPage();
    await tab.goto(linkIn(closed, `/requests/${number}`, state.server.url));
    await tab.getByRole("heading", { level: 1, name: `Request ${number}: Pothole` }).waitFor();
    expect(await tab.locator("[data-public-status]").textContent()).toBe("Closed: Fixed");
    await tab.getByText("Tapamos o buraco hoje de manhã.").waitFor();
    expect(await tab.content()).not.toContain("ana.souza@example.org");

    const surveyUrl = linkIn(closed, "/survey", state.server.url);
    await tab.goto(surveyUrl);
    await tab.getByRole("heading", { name: "How did we do?" }).waitFor();
    await tab.getByText("5: Very satisfied").click();
    await tab.getByLabel("Anything you want to tell us?").fill("Muito rápido");
    await tab.getByRole("button", { name: "Send" }).click();
    await tab.getByText("Your answer (5 of 5) was saved.").waitFor();
    const token = new URL(surveyUrl).searchParams.get("token")!;
    const saved = (await (await fetch(`${state.server.url}/api/public/surveys?token=${token}`)).json()) as {
      answer: { rating: number; comment: string };
    };
    expect(saved.answer).toEqual({ rating: 5, comment: "Muito rápido" });

    // "Stop updates about this request only" opens a page; its button unfollows.
    await tab.goto(linkIn(closed, "/unfollow", state.server.url));
    await tab.getByRole("button", { name: "Stop updates about this request" }).click();
    await tab.getByText(`You no longer follow request ${number}`).waitFor();

    await tab.goto(linkIn(closed, "/unsubscribe", state.server.url));
    await tab.getByRole("button", { name: "Stop updates" }).click();
    await tab.getByText("You will get no more updates").waitFor();
    await resident.close();

    // After unsubscribing, a reopen tells Ana nothing.
    const staff = await apiSession(state.server.url, "publicworks@civic311.example");
    const reopened = await fetch(`${state.server.url}/api/requests/${number}/status`, {
      method: "POST",
      headers: staff,
      body: JSON.stringify({ status: "in_progress", note: "Reaberto para verificação." }),
    });
    expect(reopened.status).toBeLessThan(300);
    await new Promise((r) => setTimeout(r, 4000));
    expect(mailbox().to("ana.souza@example.org")).toHaveLength(2);
  });
});
