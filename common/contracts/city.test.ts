import { describe, expect, it } from "vitest";
import { citySettings, contrastRatio, PORTAL_COLOR_HEX, PORTAL_COLOR_NAMES, PORTAL_COLORS } from "./city.js";

describe("portal colors", () => {
  it("measures contrast as WCAG does", () => {
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // A light USWDS blue (blue-40v) that white text fails on, so the check can fail.
    expect(contrastRatio("#ffffff", "#2491ff")).toBeLessThan(4.5);
  });

  it("every color a city may pick keeps white text at 4.5:1 or more", () => {
    for (const token of PORTAL_COLORS) {
      const hex = PORTAL_COLOR_HEX[token];
      expect(hex, token).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrastRatio("#ffffff", hex), token).toBeGreaterThanOrEqual(4.5);
      expect(PORTAL_COLOR_NAMES[token], token).toBeTruthy();
    }
    expect(Object.keys(PORTAL_COLOR_HEX).sort()).toEqual([...PORTAL_COLORS].sort());
  });
});

describe("city settings contract", () => {
  const valid = {
    name: "Riverton",
    state: "MA",
    phone311: "311",
    outsidePhone: "",
    email: "311@riverton.example",
    address: "",
    hours: "",
    webUrl: "https://riverton.example",
    jurisdictionId: "riverton.example",
    logoUrl: null,
    primaryColor: null,
    languages: ["pt", "en"],
    mapTileUrl: "",
    mapAttribution: "",
  };

  it("turns empty optional fields into null and keeps languages in a fixed order", () => {
    const parsed = citySettings.parse(valid);
    expect(parsed.outsidePhone).toBeNull();
    expect(parsed.mapTileUrl).toBeNull();
    expect(parsed.languages).toEqual(["en", "pt"]);
  });

  it("names each bad field", () => {
    const result = citySettings.safeParse({
      ...valid,
      jurisdictionId: "riverton",
      webUrl: "riverton.example",
      mapTileUrl: "https://t.example/{z}/{y}.png",
      languages: ["es"],
    });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path.join(".")).sort();
    expect(fields).toEqual(["jurisdictionId", "languages", "mapTileUrl", "webUrl"]);
  });
});
