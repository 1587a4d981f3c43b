import { readFileSync, writeFileSync } from "node:fs";
import type { Command } from "commander";
import type { Actor } from "../../platform/actor.js";
import type { Db } from "../../platform/db.js";
import { AppError } from "../../platform/errors.js";
import { describeChanges } from "./config.diff.js";
import { exportConfiguration, importConfiguration, previewConfiguration } from "./config.service.js";

/** How the command line opens the database (holding the data-dir lock) and asks questions. */
export interface ConfigCliDeps {
  withDatabase: <T>(
    what: string,
    run: (database: { db: Db; description: string }) => Promise<T>,
  ) => Promise<T>;
  timeZone: () => string;
  ask: (question: string) => Promise<string>;
  actor: Actor;
}

/** `civic311 config export` and `civic311 config import` (docs/configuration.md). */
export function addConfigCommands(cli: Command, deps: ConfigCliDeps): void {
  const config = cli.command("config").description("the city's configuration as one YAML file");
  config
    .command("export")
    .description("write the configuration as YAML (standard output unless --output)")
    .option("--output <file>", "write to this file instead")
    .action(async (o: { output?: string }) => {
      await deps.withDatabase("config export", async (database) => {
        const yaml = await exportConfiguration(database.db, deps.timeZone());
        if (!o.output) {
          process.stdout.write(yaml);
          return;
        }
        writeFileSync(o.output, yaml);
        console.error(`Wrote the configuration of ${database.description} to ${o.output}.`);
      });
    });
  config
    .command("import")
    .description("show what a configuration file changes, then apply it (validated; all or nothing)")
    .argument("<file>", "the YAML file, e.g. city.yaml")
    .option("--dry-run", "only show the changes; change nothing")
    .option("--yes", "apply without asking")
    .action(async (file: string, o: { dryRun?: boolean; yes?: boolean }) => {
      let text: string;
      try {
        text = readFileSync(file, "utf8");
      } catch (err) {
        throw new AppError("bad_request", `Cannot read ${file}: ${(err as Error).message}`);
      }
      await deps.withDatabase("config import", async (database) => {
        const timeZone = deps.timeZone();
        const preview = await previewConfiguration(database.db, text, timeZone);
        if (!preview.ok) {
          for (const p of preview.problems)
            console.error(`${file}:${p.line ?? "?"}: ${p.path}: ${p.message}`);
          throw new AppError(
            "validation_failed",
            `${preview.problems.length} problem(s) in ${file}; nothing was changed.`,
          );
        }
        console.log(describeChanges(preview.changes));
        if (preview.changes.length === 0) return;
        if (o.dryRun) {
          console.log(`Dry run: nothing was changed (${preview.changes.length} change(s) shown).`);
          return;
        }
        if (!o.yes) {
          if (!process.stdin.isTTY)
            throw new AppError(
              "bad_request",
              "Nothing was changed: add --yes to apply without a question (standard input is not a terminal).",
            );
          const answer = await deps.ask(`Apply these ${preview.changes.length} change(s)? [y/N] `);
          if (!/^y(es)?$/i.test(answer)) {
            console.log("Nothing was changed.");
            return;
          }
        }
        const applied = await importConfiguration(database.db, deps.actor, text, {
          timeZone,
          now: new Date(),
          fingerprint: preview.fingerprint,
        });
        console.log(`Applied ${applied.length} change(s) to ${database.description}.`);
      });
    });
}
