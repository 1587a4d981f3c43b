import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../../../scripts/build.mjs";
import { projectRoot } from "../../platform/paths.js";

const root = projectRoot();

function cli(args: string[], dataDir: string) {
  return spawnSync(process.execPath, [path.join(root, "bin", "civic311.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, LOG_LEVEL: "warn" },
    encoding: "utf8",
    timeout: 120_000,
  });
}

beforeAll(async () => {
  await ensureBuilt({ web: false, log: () => {} });
});

describe("civic311 import requests --format open311 (embedded database)", () => {
  it("dry-runs with a mapping file written beside the input, imports with a progress bar and a report, then changes nothing", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "civic311-import-cli-"));
    const file = path.join(dir, "requests.ndjson");
    const row = (id: string, extra = {}) =>
      JSON.stringify({
        service_request_id: id,
        status: "closed",
        status_notes: "Done.",
        service_name: "Graffiti Removal",
        service_code: "graffiti",
        requested_datetime: "2019-03-01T08:00:00-05:00",
        updated_datetime: "2019-03-02T08:00:00-05:00",
        lat: 42.36,
        long: -71.05,
        ...extra,
      });
    writeFileSync(file, [row("G-1"), row("G-2"), row("G-3", { lat: 95 })].join("\n"));
    const data = path.join(dir, "data");

    const dry = cli(["import", "requests", "--format", "open311", "--dry-run", file], data);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("Would import: 2. Already imported (skipped): 0. Rejected: 1.");
    const mapping = JSON.parse(readFileSync(path.join(dir, "import-mapping.json"), "utf8"));
    expect(mapping.services.graffiti).toMatchObject({ name: "Graffiti Removal", rows: 2, serviceType: null });
    expect(existsSync(`${file}.rejects.csv`)).toBe(false);

    const run = cli(["import", "requests", "--format", "open311", file], data);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/import open311 .*3\/3 rows/);
    expect(run.stdout).toContain("Imported: 2. Already imported (skipped): 0. Rejected: 1.");
    expect(run.stdout).toContain("  rejected 1: lat is not a number between -90 and 90");
    expect(run.stdout).toContain('Created under "Imported": service type imported-graffiti-removal');
    expect(run.stdout).toMatch(/Report rollups: \d+ new batch/);
    expect(readFileSync(`${file}.rejects.csv`, "utf8")).toMatch(/requests\.ndjson:3,lat is not a number/);

    const again = cli(["import", "requests", "--format", "open311", file], data);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("Imported: 0. Already imported (skipped): 2. Rejected: 1.");
  });
});

const legacy = path.resolve(root, "..", "shared", "data", "311");
describe.skipIf(!existsSync(legacy))(
  "civic311 import requests, CSV formats (embedded database; needs ../shared)",
  () => {
    it("imports a Boston legacy CSV and an NYC sample through the same pipeline", () => {
      const dir = mkdtempSync(path.join(tmpdir(), "civic311-import-csv-"));
      const data = path.join(dir, "data");
      const run = (format: string, file: string) =>
        cli(
          ["import", "requests", "--format", format, "--mapping", path.join(dir, `${format}.json`)].concat([
            "--rejects",
            path.join(dir, `${format}.rejects.csv`),
            file,
          ]),
          data,
        );
      const boston = run(
        "boston-csv",
        path.join(legacy, "boston_311_2015_legacy_csv", "Abandoned Bicycle.csv"),
      );
      expect(boston.status, boston.stderr).toBe(0);
      expect(boston.stdout).toContain("Imported: 466. Already imported (skipped): 0. Rejected: 0.");
      const nyc = run("nyc-csv", path.join(legacy, "nyc_311_samples", "nyc311_2013_52col_sample_tuplex.csv"));
      expect(nyc.status, nyc.stderr).toBe(0);
      expect(nyc.stdout).toContain("Imported: 199. Already imported (skipped): 0. Rejected: 0.");
      const again = run(
        "nyc-csv",
        path.join(legacy, "nyc_311_samples", "nyc311_2013_52col_sample_tuplex.csv"),
      );
      expect(again.stdout).toContain("Imported: 0. Already imported (skipped): 199. Rejected: 0.");
    });
  },
);
