import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { acquireDataDirLock, DataDirLockedError } from "./lock.js";

describe("the embedded database's one-owner lock", () => {
  it("refuses a second owner while the first lives, naming it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "civic311-lock-"));
    // A live process that is not us holds the lock.
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    writeFileSync(
      path.join(dir, "civic311.lock"),
      JSON.stringify({ pid: holder.pid, owner: "the civic311 server (port 3311)" }),
    );
    try {
      expect(() => acquireDataDirLock(dir, "the CLI")).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dir, "the CLI")).toThrow(/in use by the civic311 server \(port 3311\)/);
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by a process that has died, and releases it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "civic311-lock-"));
    const dead = spawn(process.execPath, ["-e", "0"]);
    await new Promise((r) => dead.once("exit", r));
    writeFileSync(
      path.join(dir, "civic311.lock"),
      JSON.stringify({ pid: dead.pid, owner: "a crashed server" }),
    );
    const lock = acquireDataDirLock(dir, "the server");
    expect(existsSync(path.join(dir, "civic311.lock"))).toBe(true);
    lock.release();
    expect(existsSync(path.join(dir, "civic311.lock"))).toBe(false);
  });
});
