import { XMLParser } from "fast-xml-parser";

/**
 * A client with FixMyStreet's wire profile (perllib/Open311.pm, as documented in open311.md B.1): XML only,
 * base URL concatenated as-is, jurisdiction_id on every call, api_key in POST bodies (and on update GETs),
 * arrays as repeated keys without `[]`, CRLF line breaks, and replies read the way XML::Simple reads them
 * (root ignored, some children forced to arrays, wrappers grouped away, empty elements undefined).
 */
export class FmsClient {
  private readonly parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    isArray: (name) =>
      ["service", "attribute", "value", "request", "error", "request_update", "group"].includes(name),
  });

  constructor(
    private readonly base: string,
    private readonly opts: { apiKey: string; jurisdiction: string },
  ) {
    if (!base.endsWith("/")) throw new Error("FixMyStreet requires the endpoint to end with /");
  }

  /** XML::Simple with GroupTags and SuppressEmpty: wrappers collapse to their child lists; "" becomes undefined. */
  private simplify(node: unknown): unknown {
    if (Array.isArray(node)) return node.map((n) => this.simplify(n));
    if (node === "") return undefined;
    if (node && typeof node === "object") {
      const groups: Record<string, string> = {
        services: "service",
        attributes: "attribute",
        values: "value",
        service_requests: "request",
        errors: "error",
        service_request_updates: "request_update",
        groups: "group",
      };
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(node)) {
        const inner =
          groups[k] && v && typeof v === "object" ? (v as Record<string, unknown>)[groups[k]!] : v;
        out[k] = this.simplify(inner);
      }
      return out;
    }
    return node;
  }

  private async call(method: "GET" | "POST", path: string, params: [string, string][]) {
    const all: [string, string][] = [...params, ["jurisdiction_id", this.opts.jurisdiction]];
    if (method === "POST") all.push(["api_key", this.opts.apiKey]);
    const encoded = new URLSearchParams(all.map(([k, v]) => [k, v.replace(/\r?\n/g, "\r\n")])).toString();
    const res =
      method === "GET"
        ? await fetch(`${this.base}${path}?${encoded}`)
        : await fetch(`${this.base}${path}`, {
            method,
            body: encoded,
            headers: { "content-type": "application/x-www-form-urlencoded" },
          });
    const text = await res.text();
    const parsed = this.parser.parse(text) as Record<string, unknown>;
    const rootKey = Object.keys(parsed).find((k) => k !== "?xml");
    const root = this.simplify(rootKey ? parsed[rootKey] : undefined) as Record<string, unknown>;
    return { ok: res.status >= 200 && res.status < 300, status: res.status, root, text };
  }

  getServiceList() {
    return this.call("GET", "services.xml", []);
  }

  getServiceMetaInfo(code: string) {
    return this.call("GET", `services/${code}.xml`, []);
  }

  sendServiceRequest(fields: Record<string, string | string[]>) {
    const pairs: [string, string][] = Object.entries(fields).flatMap(([k, v]) =>
      Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]],
    );
    return this.call("POST", "requests.xml", pairs);
  }

  getServiceRequests(ids: string[]) {
    return this.call("GET", "requests.xml", [["service_request_id", ids.join(",")]]);
  }

  getServiceRequestUpdates(start: string, end: string) {
    return this.call("GET", "servicerequestupdates.xml", [
      ["api_key", this.opts.apiKey],
      ["start_date", start],
      ["end_date", end],
    ]);
  }

  postServiceRequestUpdate(fields: Record<string, string>) {
    return this.call("POST", "servicerequestupdates.xml", Object.entries(fields));
  }
}
