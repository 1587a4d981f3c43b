import { closeSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export interface DataDirLock {
  release(): void;
}

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by ${holder}. ` +
        "It has one owner at a time: stop that process first, or use PostgreSQL (DATABASE_URL).",
    );
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes the embedded database's lock file (created exclusively, holding the owner's pid).
 * A lock left by a dead process is taken over; a live owner makes this throw DataDirLockedError.
 */
export function acquireDataDirLock(dataDir: string, owner: string): DataDirLock {
  const file = path.join(dataDir, "civic311.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, owner, since: new Date().toISOString() }));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
      process.once("exit", release);
      return { release };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      let holder: { pid?: number; owner?: string; since?: string } = {};
      try {
        holder = JSON.parse(readFileSync(file, "utf8"));
      } catch {
        /* an unreadable lock is treated as stale */
      }
      if (holder.pid && holder.pid !== process.pid && alive(holder.pid)) {
        throw new DataDirLockedError(dataDir, `${holder.owner ?? "another process"} (pid ${holder.pid})`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new DataDirLockedError(dataDir, "another process");
}
