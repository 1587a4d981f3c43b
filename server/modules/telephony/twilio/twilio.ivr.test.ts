import { describe, expect, it } from "vitest";
import { phoneText, statusWords } from "./twilio.ivr.js";

describe("phoneText: Markdown read aloud", () => {
  it("drops the markup, makes list items sentences and reads time ranges with 'to'", () => {
    const md = `**City Hall**, 1 [City Hall Plaza](https://example.com/map), is open:

- **Monday–Friday:** 8:00 a.m. – 4:30 p.m.
- _Closed_ on holidays

## Parking
Free parking in the \`lot\`.`;
    expect(phoneText(md, "en")).toBe(
      "City Hall, 1 City Hall Plaza, is open: Monday to Friday: 8:00 a.m. to 4:30 p.m. Closed on holidays. Parking. Free parking in the lot.",
    );
    expect(phoneText("- **Lunes–viernes:** 8:00 a.m. – 4:30 p.m.", "es")).toBe(
      "Lunes a viernes: 8:00 a.m. a 4:30 p.m.",
    );
  });

  it("keeps whole sentences within the limit", () => {
    const md = `${"First sentence is here. ".repeat(30)}Last one.`;
    const text = phoneText(md, "en", 100);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text).toBe(
      "First sentence is here. First sentence is here. First sentence is here. First sentence is here.",
    );
    // One sentence longer than the limit is cut at a word.
    const long = phoneText(`${"word ".repeat(200)}end.`, "en", 50);
    expect(long.length).toBeLessThanOrEqual(50);
    expect(long).toMatch(/^word( word)*\.$/);
  });
});

describe("statusWords", () => {
  it("words statuses as the portal does, with the close reason", () => {
    expect(statusWords("en", "in_progress", null).label).toBe("Being worked on");
    expect(statusWords("es", "closed", "fixed").label).toBe("Cerrada: resuelta");
    expect(statusWords("en", "closed", null).label).toBe("Closed");
  });
});
