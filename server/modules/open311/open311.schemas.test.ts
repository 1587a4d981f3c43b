import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv } from "ajv";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../platform/paths.js";
import { type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { createApiKey } from "../auth/index.js";

// The public GeoReport v2 JSON Schemas (open311/schema-validation), read from the shared data folder beside the project.
const SCHEMAS = path.resolve(projectRoot(), "..", "shared", "data", "open311", "schemas");
const HAVE_SCHEMAS = existsSync(SCHEMAS);
if (!HAVE_SCHEMAS && process.env.CI)
  throw new Error(`CI must have the shared data folder: ${SCHEMAS} is missing`);
if (!HAVE_SCHEMAS)
  console.warn(`Skipping the Open311 JSON Schema checks: ${SCHEMAS} is not here (it is in CI).`);

let city: TestCity;
let ajv: Ajv;

beforeAll(async () => {
  if (!HAVE_SCHEMAS) return;
  city = await testCity({ requests: 60, interactions: 5 });
  ajv = new Ajv({ allErrors: true, strict: false });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith(".json"))) {
    const schema = JSON.parse(readFileSync(path.join(SCHEMAS, file), "utf8"));
    ajv.addSchema({ ...schema, $id: file }, file);
  }
});
afterAll(() => city?.close());

async function body(url: string, init?: { method: string; payload: string }) {
  const res = await city.app.inject({
    method: (init?.method ?? "GET") as "GET",
    url,
    payload: init?.payload,
    headers: init ? { "content-type": "application/x-www-form-urlencoded" } : {},
  });
  expect(res.statusCode, res.body).toBe(200);
  return JSON.parse(res.body);
}

function valid(schema: string, data: unknown) {
  const ok = ajv.validate(schema, data);
  expect(ok ? [] : ajv.errors).toEqual([]);
}

describe.runIf(HAVE_SCHEMAS)(
  `Open311 JSON output against the public GeoReport v2 schemas on ${DB_KIND}`,
  () => {
    it("the schemas do reject what real clients choke on (so passing means something)", () => {
      expect(
        ajv.validate("request.json", {
          service_request_id: 1001,
          status: "open",
          service_code: "x",
          requested_datetime: "2026-01-01T00:00:00Z",
        }),
      ).toBe(false);
      expect(
        ajv.validate("request.json", {
          service_request_id: "1",
          status: "Open",
          service_code: "x",
          requested_datetime: "2026-01-01T00:00:00Z",
        }),
      ).toBe(false);
      expect(
        ajv.validate("service.json", {
          service_code: "x",
          service_name: "X",
          metadata: "true",
          type: "realtime",
        }),
      ).toBe(false);
    });

    it("services.json", async () => {
      const services = await body("/open311/v2/services.json");
      valid("services.json", services);
      for (const s of services) valid("service.json", s);
    });

    it("every service definition", async () => {
      for (const s of await body("/open311/v2/services.json")) {
        valid("service-definition.json", await body(`/open311/v2/services/${s.service_code}.json`));
      }
    });

    it("requests.json, plain and with extensions, and single requests (with and without a location by coordinates)", async () => {
      const key = (
        await createApiKey(
          { tx: city.database.db, actor: { kind: "system", label: "t" } },
          { name: "schema" },
        )
      ).key;
      const [made] = await body("/open311/v2/requests.json", {
        method: "POST",
        payload: `api_key=${key}&service_code=pothole&address_string=7+Elm+Street&attribute%5Bsize%5D=plate_to_tire`,
      });
      const list = await body("/open311/v2/requests.json");
      expect(list.length).toBeGreaterThan(10);
      valid("requests.json", list);
      for (const r of list) valid("request.json", r);
      valid("requests.json", await body("/open311/v2/requests.json?extensions=true"));
      const single = await body(`/open311/v2/requests/${made.service_request_id}.json`);
      expect(single).toHaveLength(1);
      valid("request.json", single[0]);
      expect(single[0].lat).toBeNull();
    });
  },
);
