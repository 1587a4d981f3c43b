import { sql } from "drizzle-orm";
import type { ConfigChange, ConfigPreview } from "../../../common/contracts/config.js";
import type { Actor } from "../../platform/actor.js";
import { audit } from "../../platform/audit.js";
import type { DbOrTx } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";
import { articleSlugs, refreshVocabulary } from "../knowledge-base/index.js";
import { applyConfiguration } from "./config.apply.js";
import { diffConfiguration } from "./config.diff.js";
import { configFingerprint, readConfiguration, toYaml } from "./config.export.js";
import { parseConfiguration } from "./config.validate.js";

const IMPORT_LOCK = 3_110_009;

/** The database's configuration as the YAML file `civic311 config export` writes. */
export async function exportConfiguration(db: DbOrTx, timeZone: string): Promise<string> {
  return toYaml(await readConfiguration(db, timeZone));
}

/** Validates a file and lists what importing it would change; changes nothing. */
export async function previewConfiguration(
  db: DbOrTx,
  text: string,
  timeZone: string,
): Promise<ConfigPreview> {
  const [current, articles] = await Promise.all([readConfiguration(db, timeZone), articleSlugs(db)]);
  const parsed = parseConfiguration(text, { timeZone, current, articles });
  if (!parsed.ok) return parsed;
  return {
    ok: true,
    changes: diffConfiguration(current, parsed.file),
    fingerprint: await configFingerprint(db, timeZone),
  };
}

/**
 * Reconciles the database to the file in one transaction: validated first (any problem: nothing changes,
 * `validation_failed` with every problem), then each change written with its audit row, plus a summary row.
 * Given a fingerprint, applies only if the configuration has not changed since that preview.
 * Given a transaction (the demo seed's), it runs inside it; `audit: false` writes no audit rows (the demo seed:
 * building the city from its file is not an administrator's change, and would bury the demo's audit log).
 */
export async function importConfiguration(
  db: DbOrTx,
  actor: Actor,
  text: string,
  opts: { timeZone: string; now: Date; fingerprint?: string; audit?: boolean },
): Promise<ConfigChange[]> {
  return db.transaction(async (tx) => {
    // One import at a time: the fingerprint check below must see the configuration it then changes.
    await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
    const current = await readConfiguration(tx, opts.timeZone);
    if (opts.fingerprint !== undefined && opts.fingerprint !== (await configFingerprint(tx, opts.timeZone))) {
      throw new AppError(
        "conflict",
        "The configuration has changed since your preview. Preview the file again to see the changes it would make now.",
      );
    }
    const articles = await articleSlugs(tx);
    const parsed = parseConfiguration(text, { timeZone: opts.timeZone, current, articles });
    if (!parsed.ok) {
      throw new AppError("validation_failed", "The configuration file has problems; nothing was changed.", {
        problems: parsed.problems,
      });
    }
    const changes = diffConfiguration(current, parsed.file);
    if (changes.length === 0) return changes;
    const audited = opts.audit ?? true;
    await applyConfiguration(tx, actor, parsed.file, changes, opts.now, { audit: audited });
    const count = (a: ConfigChange["action"]) => changes.filter((c) => c.action === a).length;
    if (audited)
      await audit(tx, actor, "config.import", "configuration", null, {
        created: count("create"),
        updated: count("update"),
        retired: count("retire"),
        deleted: count("delete"),
        sections: [...new Set(changes.map((c) => c.section))],
      });
    if (changes.some((c) => c.section === "services" || c.section === "synonyms"))
      await refreshVocabulary(tx);
    return changes;
  });
}
