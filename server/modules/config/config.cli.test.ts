import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../../../scripts/build.mjs";

const root = path.resolve(import.meta.dirname, "../../..");
const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

function cli(args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, [path.join(root, "bin", "civic311.mjs"), ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", LOG_LEVEL: "warn", TZ: "America/New_York", ...env },
    encoding: "utf8",
    timeout: 180_000,
    // Not a terminal: import without --yes must refuse rather than wait for an answer.
    stdio: ["pipe", "pipe", "pipe"],
  });
}

beforeAll(async () => {
  await ensureBuilt({ web: false, log: () => {} });
});

// The embedded database: the real PostgreSQL path is the same code, tested by config.test.ts on both.
describe.skipIf(TEST_DATABASE_URL)("civic311 config export / import (command line)", () => {
  it("exports, previews with --dry-run, refuses without --yes, rejects a bad file and applies with --yes", () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), "civic311-config-cli-"));
    const env = { DATA_DIR: dataDir, DEMO_REQUESTS: "2" };
    const seeded = cli(["seed", "demo"], env);
    expect(seeded.status, seeded.stderr).toBe(0);

    const exported = cli(["config", "export"], env);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/^# civic311 city configuration/);
    const file = path.join(dataDir, "city.yaml");
    expect(cli(["config", "export", "--output", file], env).status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(exported.stdout);

    const same = cli(["config", "import", file, "--dry-run"], env);
    expect(same.status, same.stderr).toBe(0);
    expect(same.stdout).toContain("No changes");

    // The pothole's SLA is the first "value: 3" after its code.
    const text = exported.stdout;
    const at = text.indexOf("  - code: pothole\n");
    const slaAt = text.indexOf("value: 3\n", at);
    expect(at).toBeGreaterThan(0);
    writeFileSync(file, `${text.slice(0, slaAt)}value: 4\n${text.slice(slaAt + "value: 3\n".length)}`);

    const dry = cli(["config", "import", file, "--dry-run"], env);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("Service pothole: sla 3 business days → 4 business days");
    expect(dry.stdout).toContain("Dry run: nothing was changed");
    expect(cli(["config", "export"], env).stdout).toBe(text);

    const refused = cli(["config", "import", file], env);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/add --yes/);
    expect(cli(["config", "export"], env).stdout).toBe(text);

    const bad = path.join(dataDir, "bad.yaml");
    writeFileSync(bad, text.replace("  - code: pothole\n", "  - code: Pot Hole\n"));
    const invalid = cli(["config", "import", bad, "--dry-run"], env);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(
      /bad\.yaml:\d+: services\[\d+\]\.code: A service code uses lower-case letters/,
    );
    expect(invalid.stderr).toMatch(/nothing was changed/);

    const applied = cli(["config", "import", file, "--yes"], env);
    expect(applied.status, applied.stderr).toBe(0);
    expect(applied.stdout).toContain("Applied 1 change(s)");
    expect(cli(["config", "export"], env).stdout).toContain("value: 4\n");
    expect(cli(["config", "import", file, "--dry-run"], env).stdout).toContain("No changes");
  }, 900_000);
});
