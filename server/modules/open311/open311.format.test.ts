import { describe, expect, it } from "vitest";
import { list, parseW3c, render, w3c } from "./open311.format.js";
import { Params } from "./open311.params.js";

describe("Spark rendering", () => {
  it("turns lists into arrays even with one child, drops the root in JSON, and escapes XML", () => {
    const body = list("request", [{ service_request_id: "1", description: 'a < b & "c"\u0001', lat: null }]);
    expect(render("json", "service_requests", body)).toBe(
      '[{"service_request_id":"1","description":"a < b & \\"c\\"\\u0001","lat":null}]',
    );
    const xml = render("xml", "service_requests", body);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<service_requests>\n  <request>')).toBe(
      true,
    );
    expect(xml).toContain("<description>a &lt; b &amp; &quot;c&quot;</description>");
    expect(xml).toContain("<lat/>");
  });
});

describe("W3C datetimes", () => {
  it("writes the city's offset without fractions", () => {
    expect(w3c(new Date("2026-11-25T15:00:00.123Z"), "America/New_York")).toBe("2026-11-25T10:00:00-05:00");
    expect(w3c(new Date("2026-07-01T15:00:00Z"), "America/New_York")).toBe("2026-07-01T11:00:00-04:00");
  });
  it.each([
    ["2026-11-25T10:00:00Z", "2026-11-25T10:00:00.000Z"],
    ["2026-11-25T10:00:00.5-05:00", "2026-11-25T15:00:00.500Z"],
    ["2026-11-25T10:00:00-0500", "2026-11-25T15:00:00.000Z"],
    ["2026-11-25", "2026-11-25T00:00:00.000Z"],
  ])("reads %s", (input, expected) => {
    expect(parseW3c(input)?.toISOString()).toBe(expected);
  });
  it.each(["yesterday", "2026-13-01T00:00:00Z", "25/11/2026"])("refuses %s", (input) => {
    expect(parseW3c(input)).toBeNull();
  });
});

describe("Params from raw pairs", () => {
  it("merges query and body, keeps attribute codes and repeated keys, treats empty as absent, normalises CRLF", () => {
    const p = Params.from(
      "/open311/v2/requests.json?jurisdiction_id=city.example&api_key=K",
      "attribute%5B5%5D=x&attribute%5B7%5D=y&attribute%5Bwhere%5D=lane&attribute%5Bwhere%5D=curb&attribute%5Bkinds%5D%5B%5D=a&attribute%5Bkinds%5D%5B%5D=b&last_name=&description=a%0D%0Ab&media_url=u1&media_url=u2",
    );
    expect(p.get("jurisdiction_id")).toBe("city.example");
    expect(p.get("api_key")).toBe("K");
    expect(p.get("last_name")).toBeUndefined();
    expect(p.get("description")).toBe("a\nb");
    expect(p.all("media_url")).toEqual(["u1", "u2"]);
    expect(Object.fromEntries(p.attributes())).toEqual({
      5: ["x"],
      7: ["y"],
      where: ["lane", "curb"],
      kinds: ["a", "b"],
    });
  });
});

describe("w3c against luxon across a year of DST changes", () => {
  it("matches luxon's offset formatting at every half hour of 2026 in New York and in Kolkata", async () => {
    const { DateTime } = await import("luxon");
    for (const zone of ["America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"]) {
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 30 * 60_000) {
        const expected = DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true });
        if (w3c(new Date(ms), zone) !== expected)
          throw new Error(`${zone} ${new Date(ms).toISOString()}: ${w3c(new Date(ms), zone)} ≠ ${expected}`);
      }
    }
  });
});
