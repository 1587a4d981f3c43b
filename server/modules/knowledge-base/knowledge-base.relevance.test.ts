import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoFoundation } from "../../db/seeds/demo-city/index.js";
import type { Database } from "../../platform/db.js";
import { DB_KIND, freshDatabase } from "../../test/database.js";
import { search, synonymGroups } from "./index.js";

// What callers actually say (typos, spacing, synonyms included), and what must be in the top 3.
// [query, kind, code (article slug, service code, department or agency code)]
const TABLE: [string, "article" | "service" | "department" | "agency", string][] = [
  ["what are city hall's hours", "article", "city-hall-hours"],
  ["when is city hall open", "article", "city-hall-hours"],
  ["birth certficate", "article", "birth-certificates"],
  ["copy of my birth certificate", "article", "birth-certificates"],
  ["death certificate for my father", "article", "death-certificates"],
  ["how do we get married", "article", "marriage-intentions"],
  ["pot hole", "service", "pothole"],
  ["there's a big hole in the road", "service", "pothole"],
  ["pothole on a state highway route 28", "article", "state-highway-potholes"],
  ["street light is out", "service", "streetlight_out"],
  ["streetlite broken", "service", "streetlight_out"],
  ["my garbage wasn't picked up", "service", "missed_trash"],
  ["missed rubbish collection", "service", "missed_trash"],
  ["trash day schedule", "article", "trash-recycling-schedule"],
  ["recycling bin didn't get emptied", "service", "missed_recycling"],
  ["get rid of an old couch", "service", "bulk_item_pickup"],
  ["how to throw away a tv", "article", "tv-electronics-disposal"],
  ["paint and chemicals disposal", "article", "household-hazardous-waste-day"],
  ["someone dumped mattresses", "service", "illegal_dumping"],
  ["pay a parking ticket", "article", "pay-parking-ticket"],
  ["appeal my parking citation", "article", "appeal-parking-ticket"],
  ["resident parking sticker", "article", "residential-parking-permits"],
  ["dog licence", "article", "dog-licenses"],
  ["barking dog next door", "service", "barking_dog"],
  ["loose dog running around", "service", "loose_dog"],
  ["rats in the alley", "service", "rodent_sighting"],
  ["property tax bill due", "article", "property-tax-bills"],
  ["excise tax on my car", "article", "motor-vehicle-excise-tax"],
  ["water bill", "article", "water-sewer-bills"],
  ["register to vote", "article", "voter-registration"],
  ["where do I vote", "article", "polling-places"],
  // The article carries the referral script for the RMV, which is what the operator needs on screen.
  ["renew my driver's license", "article", "rmv-license-renewal"],
  ["RMV", "agency", "rmv"],
  ["registry of motor vehicles", "agency", "rmv"],
  ["power outage on my street", "article", "power-outages"],
  ["smell gas", "article", "gas-leaks-gas-service"],
  ["tree fell down in the storm", "service", "tree_down"],
  ["graffitti on a wall", "service", "graffiti_removal"],
  ["no heat in my apartment", "service", "housing_code"],
  ["abandoned car on my street", "service", "abandoned_vehicle"],
  ["snow emergency parking ban", "article", "snow-emergency-parking-ban"],
  ["neighbor didn't shovel sidewalk", "service", "snow_ice_sidewalk"],
  ["building permit for a deck", "article", "building-permits"],
  ["passport", "article", "passport-applications"],
  ["jury duty", "article", "jury-duty"],
  ["unemployment benefits", "agency", "dua"],
  ["city clerk", "department", "clerk"],
  ["public works", "department", "dpw"],
  ["needle in the park", "service", "needle_pickup"],
  ["water main break", "service", "water_main_break"],
  ["loud music party", "service", "noise_complaint"],
];

let database: Database;
let groups: string[][];
beforeAll(async () => {
  database = await freshDatabase();
  await seedDemoFoundation({ db: database.db, timeZone: "America/New_York", requests: 0, interactions: 0 });
  groups = await synonymGroups(database.db);
});
afterAll(() => database?.close());

describe(`search relevance on ${DB_KIND} (${TABLE.length} callers' questions)`, () => {
  it.each(TABLE)("%s → %s %s in the top 3", async (q, kind, code) => {
    const results = await search(database.db, q, groups, { publicOnly: false, typing: false, limit: 8 });
    const top = results.slice(0, 3).map((r) => `${r.kind}:${r.code}`);
    expect(
      top,
      JSON.stringify(results.slice(0, 5).map((r) => [r.kind, r.code, r.score.toFixed(3)])),
    ).toContain(`${kind}:${code}`);
  });

  it("finds things as the operator types (prefix of the last word)", async () => {
    const results = await search(database.db, "birth cert", groups, {
      publicOnly: false,
      typing: true,
      limit: 8,
    });
    expect(results[0]?.code).toBe("birth-certificates");
  });

  it("answers nonsense with nothing rather than noise", async () => {
    expect(
      await search(database.db, "xqzv blorft", groups, { publicOnly: false, typing: false, limit: 8 }),
    ).toEqual([]);
  });
});
