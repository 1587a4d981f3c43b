import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TestCity, testCity } from "../../test/app.js";
import { DB_KIND } from "../../test/database.js";
import { createApiKey } from "../auth/index.js";

// codeforamerica/node-open311, an independent client no one here wrote (JSON only: its XML deps are stubbed).
const Open311 = createRequire(import.meta.url)("open311") as new (options: Record<string, string>) => Client;
type Cb<T> = (err: unknown, data: T) => void;
interface Client {
  endpoint: string;
  serviceDiscovery(options: Record<string, unknown>, cb: Cb<unknown>): void;
  serviceList(cb: Cb<{ service_code: string; metadata: boolean }[]>): void;
  serviceDefinition(
    code: string,
    cb: Cb<{ service_code: string; attributes: { code: string; values?: { key: string }[] }[] }>,
  ): void;
  submitRequest(data: Record<string, unknown>, cb: Cb<{ service_request_id: string }[]>): void;
  serviceRequests(id: string | Record<string, string>, cb: Cb<Record<string, unknown>[]>): void;
}
const call = <T>(f: (cb: Cb<T>) => void) =>
  new Promise<T>((resolve, reject) =>
    f((err, data) => (err ? reject(new Error(`${String(err)}: ${String(data)}`)) : resolve(data))),
  );

let city: TestCity;
let base: string;
let key: string;

beforeAll(async () => {
  city = await testCity({ requests: 10, interactions: 5 });
  base = await city.app.listen({ port: 0, host: "127.0.0.1" });
  key = (
    await createApiKey(
      { tx: city.database.db, actor: { kind: "system", label: "t" } },
      { name: "node-open311" },
    )
  ).key;
});
afterAll(() => city?.close());

describe(`the npm open311 client through a full cycle on ${DB_KIND}`, () => {
  it("discovers the endpoint, lists services, reads a definition, submits, lists and reads the request", async () => {
    const client = new Open311({
      discovery: `${base}/open311/discovery.json`,
      jurisdiction: "demo-city.example",
      apiKey: key,
    });
    await call((cb) =>
      client.serviceDiscovery(
        { cache: true, type: "production", specification: "http://wiki.open311.org/GeoReport_v2", index: 0 },
        cb,
      ),
    );
    expect(client.endpoint).toBe(`${city.config.publicBaseUrl}/open311/v2/`);
    // The discovery document names the public address; talk to this test server instead.
    client.endpoint = `${base}/open311/v2/`;
    const services = await call<{ service_code: string; metadata: boolean }[]>((cb) =>
      client.serviceList(cb),
    );
    expect(services.find((s) => s.service_code === "pothole")?.metadata).toBe(true);
    const def = await call<{
      service_code: string;
      attributes: { code: string; values?: { key: string }[] }[];
    }>((cb) => client.serviceDefinition("pothole", cb));
    expect(def.attributes[0]!.code).toBe("size");
    const [created] = await call<{ service_request_id: string }[]>((cb) =>
      client.submitRequest(
        {
          service_code: "pothole",
          lat: 42.41,
          long: -71.32,
          description: "Submitted by node-open311",
          attributes: { size: def.attributes[0]!.values![0]!.key },
        },
        cb,
      ),
    );
    expect(created!.service_request_id).toMatch(/^\d+$/);
    const list = await call<Record<string, unknown>[]>((cb) =>
      client.serviceRequests({ service_code: "pothole" }, cb),
    );
    expect(list.map((r) => r.service_request_id)).toContain(created!.service_request_id);
    const [one] = await call<Record<string, unknown>[]>((cb) =>
      client.serviceRequests(created!.service_request_id, cb),
    );
    expect(one).toMatchObject({
      service_code: "pothole",
      status: "open",
      description: "Submitted by node-open311",
    });
    expect(one!.requested_datetime).toBeInstanceOf(Date);
    expect(Number.isNaN((one!.requested_datetime as Date).getTime())).toBe(false);
  });
});
