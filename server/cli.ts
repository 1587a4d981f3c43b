import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { createInterface } from "node:readline/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { Command, Option } from "commander";
import { ROLES, type Role } from "../common/roles.js";
import { isSeeded, seedDemoCity } from "./db/seeds/demo-city/index.js";
import { openAndMigrate, serve } from "./main.js";
import { type AddressMapping, importAddresses, readMapping } from "./modules/addresses/index.js";
import { createApiKey, createUser, listApiKeys, revokeApiKey } from "./modules/auth/index.js";
import { addConfigCommands } from "./modules/config/index.js";
import {
  describeReport,
  mappingPath,
  type Parser,
  parseBostonCsv,
  parseNycCsv,
  parseOpen311,
  runImport,
} from "./modules/imports/index.js";
import {
  EXPORT_FORMATS,
  type ExportFormat,
  parseExportRange,
  prepareExport,
} from "./modules/open-data/index.js";
import { refreshRollups } from "./modules/reports/index.js";
import { simulatePhoneLine } from "./modules/telephony/index.js";
import type { Actor } from "./platform/actor.js";
import { ConfigError, loadConfig } from "./platform/config.js";
import { AppError } from "./platform/errors.js";
import { DataDirLockedError } from "./platform/lock.js";
import { progressBar } from "./platform/progress.js";

const CLI_ACTOR: Actor = { kind: "system", label: "Command line" };

async function withDatabase<T>(
  what: string,
  run: (db: Awaited<ReturnType<typeof openAndMigrate>>) => Promise<T>,
): Promise<T> {
  const config = loadConfig();
  const database = await openAndMigrate(config, `the civic311 command line (${what})`);
  try {
    return await run(database);
  } finally {
    await database.close();
  }
}

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/** A moment as `2026-11-25 15:00 UTC`, or the fallback when there is none. */
function when(at: Date | null, fallback = "-"): string {
  return at ? `${at.toISOString().slice(0, 16).replace("T", " ")} UTC` : fallback;
}

/** Plain columns padded to their widest cell, for reading in a terminal. */
function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd();
  return [line(headers), ...rows.map(line)].join("\n");
}

const IMPORT_FORMATS = ["open311", "boston-csv", "nyc-csv"] as const;
type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The parser of an import format, reading one file at a time. */
function importParser(format: ImportFormat, source: string | undefined): Parser {
  switch (format) {
    case "open311":
      return (file) => parseOpen311(file, { sourceSystem: source ?? "open311" });
    case "boston-csv":
      return (file) => parseBostonCsv([file], { sourceSystem: source ?? "boston-legacy" });
    case "nyc-csv":
      return (file) => parseNycCsv([file], { sourceSystem: source ?? "nyc-311" });
  }
}

/** `civic311 import addresses`: a master address list and street centerlines (docs/addresses.md). */
function addAddressImport(importer: Command): void {
  importer
    .command("addresses")
    .description(
      "a master address list (CSV) and street centerlines (GeoJSON); re-running replaces by source id",
    )
    .requiredOption("--csv <file>", "the master address list")
    .option("--centerlines <file>", "street centerline segments with address ranges (GeoJSON)")
    .option("--blocks <file>", "polygons naming each address's district (GeoJSON), e.g. Cambridge's blocks")
    .option("--columns <file>", "a JSON column mapping for another city's files (default: Cambridge, MA's)")
    .option(
      "--rejects <file>",
      "where unusable rows go (default: the CSV's name + .rejects.csv, in this folder)",
    )
    .action(
      async (o: {
        csv: string;
        centerlines?: string;
        blocks?: string;
        columns?: string;
        rejects?: string;
      }) => {
        const mapping: AddressMapping | undefined = o.columns ? readMapping(o.columns) : undefined;
        // In the working folder: a city's data folder is often read-only (ours, ../shared, is).
        const rejectsFile = o.rejects ?? `${o.csv.split(/[\\/]/).pop()}.rejects.csv`;
        await withDatabase("import addresses", async (database) => {
          const bar = progressBar("import addresses");
          const started = Date.now();
          const report = await importAddresses(database.db, {
            csvFile: o.csv,
            centerlinesFile: o.centerlines,
            blocksFile: o.blocks,
            mapping,
            rejectsFile,
            onProgress: (done, total) => bar.update(done, total, "rows"),
          }).finally(() => bar.stop());
          const seconds = (Date.now() - started) / 1000;
          const { segments, addresses } = report;
          console.log(`Centerline segments: ${segments.imported} imported, ${segments.rejected} rejected.`);
          console.log(
            `Addresses: ${addresses.rows} rows, ${addresses.imported} imported in ${seconds.toFixed(1)} s (${Math.round(addresses.rows / seconds)} rows/s).`,
          );
          for (const [reason, n] of Object.entries(addresses.rejected))
            console.log(`  rejected, ${reason}: ${n}`);
          console.log(`Rejected rows are in ${rejectsFile}.`);
        });
      },
    );
}

function program(): Command {
  const cli = new Command("civic311")
    .description("civic311: a city's 311 constituent services center")
    .showHelpAfterError();

  cli
    .command("serve")
    .description("start the server (what `npm start` runs)")
    .action(async () => serve(loadConfig()));

  cli
    .command("migrate")
    .description("apply database migrations (the server also does this at start)")
    .action(async () =>
      withDatabase("migrate", async (database) => {
        console.log(`Migrations applied to ${database.description}.`);
      }),
    );

  cli
    .command("reports")
    .description("report rollups (the worker keeps them current every 5 minutes)")
    .command("refresh")
    .description("build the report rollups through yesterday now, e.g. after an import")
    .action(async () => {
      const config = loadConfig();
      await withDatabase("reports refresh", async (database) => {
        const bar = progressBar("report rollups");
        const done = await refreshRollups(database.db, config.timeZone, new Date(), (n, total) =>
          bar.update(n, total, "batches"),
        );
        bar.stop();
        console.log(
          `Report rollups in ${config.timeZone}: ${done.built} new batch(es) of up to 31 days, ${done.rebuilt} changed day(s) rebuilt.`,
        );
      });
    });

  cli
    .command("phone")
    .description("the phone line")
    .command("simulate")
    .description(
      "play a stream of calls against a running civic311 through its signed call-event webhook (a demo's live wallboard and screen pops)",
    )
    .option("--url <url>", "civic311's base URL (default: PUBLIC_BASE_URL)")
    .option("--agents <emails>", "operators who answer, comma-separated", "operator@civic311.example")
    .option("--calls <n>", "how many calls", "50")
    .option("--speed <x>", "1 = real time, 10 = ten times faster", "5")
    .action(async (o: { url?: string; agents: string; calls: string; speed: string }) => {
      const config = loadConfig();
      const secret = config.telephony.webhookSecret;
      if (!secret)
        throw new AppError("validation_failed", "Set TELEPHONY_WEBHOOK_SECRET (the server's own).");
      const calls = Number(o.calls);
      const speed = Number(o.speed);
      if (!Number.isInteger(calls) || calls < 1 || !(speed > 0))
        throw new AppError("validation_failed", "--calls must be a whole number ≥ 1 and --speed above 0.");
      const agents = o.agents
        .split(",")
        .map((a) => a.trim())
        .filter(Boolean);
      const baseUrl = o.url ?? config.publicBaseUrl;
      console.error(
        `Calling ${baseUrl} with ${calls} calls for ${agents.join(", ")} at ${speed}× real time; Ctrl+C stops.`,
      );
      const bar = progressBar("calls");
      let stop = false;
      process.once("SIGINT", () => {
        stop = true;
      });
      const { events } = await simulatePhoneLine({
        baseUrl,
        secret,
        agents,
        calls,
        speed,
        onCallDone: (done, total) => bar.update(done, total, "calls"),
        shouldStop: () => stop,
      });
      bar.stop();
      console.error(`Sent ${events} call events.`);
    });

  cli
    .command("seed")
    .description("load data into an empty database")
    .argument("<what>", 'only "demo": the demo city')
    .action(async (what: string) => {
      if (what !== "demo")
        throw new AppError("bad_request", `Unknown seed "${what}"; the only seed is "demo".`);
      const config = loadConfig();
      await withDatabase("seed demo", async (database) => {
        if (await isSeeded(database.db)) {
          console.log(
            `The database (${database.description}) already has a city in it; nothing was changed.`,
          );
          return;
        }
        const bar = progressBar("demo city");
        const counts = await seedDemoCity({
          db: database.db,
          timeZone: config.timeZone,
          requests: config.demoRequests,
          interactions: config.demoRequests * 2,
          onProgress: bar.update,
        });
        bar.stop();
        console.log(`Demo city created in ${database.description}:`, counts);
      });
    });

  const user = cli.command("user").description("staff accounts");
  user
    .command("add")
    .description("create a staff account")
    .requiredOption("--email <email>")
    .requiredOption("--name <name>")
    .addOption(new Option("--role <role>").choices([...ROLES]).makeOptionMandatory())
    .option("--department <code...>", "department codes (department staff)")
    .option("--password <password>", "prompted for when omitted")
    .action(
      async (o: { email: string; name: string; role: Role; department?: string[]; password?: string }) => {
        const password = o.password ?? (await ask("Password (at least 10 characters): "));
        await withDatabase("user add", async (database) => {
          const created = await database.db.transaction((tx) =>
            createUser(
              { tx, actor: CLI_ACTOR },
              { email: o.email, name: o.name, role: o.role, password, departmentCodes: o.department },
            ),
          );
          console.log(`Created ${o.role} ${o.email.toLowerCase()} (user ${created.id}).`);
        });
      },
    );

  const apikey = cli.command("apikey").description("API keys for Open311 clients and partner systems");
  apikey
    .command("create")
    .description("create an API key; it is printed once and never shown again")
    .requiredOption("--name <name>", "who the key is for")
    .option("--rate-limit <perMinute>", "requests per minute", "60")
    .action(async (o: { name: string; rateLimit: string }) => {
      const perMinute = Number(o.rateLimit);
      if (!Number.isInteger(perMinute) || perMinute < 1)
        throw new AppError("bad_request", "--rate-limit must be a positive whole number");
      await withDatabase("apikey create", async (database) => {
        const created = await database.db.transaction((tx) =>
          createApiKey({ tx, actor: CLI_ACTOR }, { name: o.name, rateLimitPerMinute: perMinute }),
        );
        console.error(
          `API key ${created.id} for "${o.name}" (${perMinute}/min). Keep it now: it is not shown again.`,
        );
        console.log(created.key);
      });
    });
  apikey
    .command("list")
    .description("list API keys, newest first (the keys themselves are never shown again)")
    .action(async () =>
      withDatabase("apikey list", async (database) => {
        const rows = await listApiKeys(database.db);
        if (rows.length === 0) {
          console.log("No API keys. Create one with: civic311 apikey create --name <name>");
          return;
        }
        console.log(
          table(
            ["ID", "NAME", "PREFIX", "RATE LIMIT", "CREATED", "LAST USED", "REVOKED"],
            rows.map((k) => [
              String(k.id),
              k.name,
              `c311_${k.prefix}_…`,
              `${k.rateLimitPerMinute}/min`,
              when(k.createdAt),
              when(k.lastUsedAt, "never"),
              when(k.revokedAt, "no"),
            ]),
          ),
        );
      }),
    );
  apikey
    .command("revoke")
    .description("revoke an API key at once; clients using it are refused from then on")
    .requiredOption("--id <id>", "the key's ID, as `civic311 apikey list` shows it")
    .action(async (o: { id: string }) => {
      const id = Number(o.id);
      if (!/^\d+$/.test(o.id) || !Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647)
        throw new AppError("bad_request", "--id must be a key ID from `civic311 apikey list`");
      await withDatabase("apikey revoke", async (database) => {
        const result = await database.db.transaction((tx) => revokeApiKey({ tx, actor: CLI_ACTOR }, id));
        console.log(
          result.alreadyRevoked
            ? `API key ${id} was already revoked (${when(result.revokedAt)}); nothing was changed.`
            : `Revoked API key ${id}.`,
        );
      });
    });

  const importer = cli.command("import").description("bring another system's records in");
  importer
    .command("requests")
    .description(
      "service requests from another 311 system; re-running changes nothing; progress on stderr, report on stdout",
    )
    .addOption(new Option("--format <format>").choices([...IMPORT_FORMATS]).makeOptionMandatory())
    .argument("<files...>", "input files (.gz or not)")
    .option("--dry-run", "count what would be imported, write nothing (but a first mapping file)")
    .option("--mapping <file>", "the mapping file (default: import-mapping.json beside the first file)")
    .option("--rejects <file>", "where rejected rows go (default: the first file's name + .rejects.csv)")
    .option("--source <name>", "the source system's name, kept with every request (default: the format's)")
    .action(
      async (
        files: string[],
        o: { format: ImportFormat; dryRun?: boolean; mapping?: string; rejects?: string; source?: string },
      ) => {
        const parse = importParser(o.format, o.source);
        const config = loadConfig();
        await withDatabase("import requests", async (database) => {
          const bar = progressBar(`import ${o.format}`);
          const report = await runImport({
            db: database.db,
            actor: CLI_ACTOR,
            files,
            parse,
            format: o.format,
            dryRun: o.dryRun ?? false,
            mappingFile: mappingPath(o.mapping, files[0]!),
            rejectsFile: o.rejects ?? `${files[0]!}.rejects.csv`,
            onProgress: (done, total) => bar.update(done, total, "rows"),
          }).finally(() => bar.stop());
          for (const line of describeReport(report)) console.log(line);
          if (report.dryRun || report.imported === 0) return;
          // Imported rows on past days marked those days dirty; rebuild them now rather than leave it to the worker.
          const rollups = progressBar("report rollups");
          const done = await refreshRollups(database.db, config.timeZone, new Date(), (n, total) =>
            rollups.update(n, total, "batches"),
          ).finally(() => rollups.stop());
          console.log(
            `Report rollups: ${done.built} new batch(es) of up to 31 days, ${done.rebuilt} changed day(s) rebuilt.`,
          );
        });
      },
    );

  const exporter = cli.command("export").description("open data: public fields only, never personal data");
  exporter
    .command("requests")
    .description(
      "every request's public fields as CSV or GeoJSON, to stdout (or --output); progress on stderr",
    )
    .addOption(new Option("--format <format>").choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option("--since <date>", "only requests created on or after this date (YYYY-MM-DD, in the city's TZ)")
    .option("--until <date>", "only requests created on or before this date (YYYY-MM-DD, in the city's TZ)")
    .option("--output <file>", "write to this file instead of stdout")
    .action(async (o: { format: ExportFormat; since?: string; until?: string; output?: string }) => {
      const range = parseExportRange(o);
      const config = loadConfig();
      await withDatabase("export requests", async (database) => {
        const bar = progressBar(`requests.${o.format}`);
        let total = 0;
        let written = 0;
        const found = await prepareExport(database.db, {
          ...range,
          format: o.format,
          timeZone: config.timeZone,
          publicBaseUrl: config.publicBaseUrl,
          onProgress: (done) => {
            written = done;
            bar.update(done, total, "requests");
          },
        });
        total = await found.count();
        const body = Readable.from(found.chunks());
        try {
          if (o.output) {
            // Written beside the target and renamed at the end, so a failed export never looks complete.
            const partial = `${o.output}.partial`;
            await pipeline(body, createWriteStream(partial)).catch(async (err) => {
              await rm(partial, { force: true });
              throw err;
            });
            await rename(partial, o.output);
          } else {
            // A reader that stops early (`| head`) is not a failure of the export.
            await pipeline(body, process.stdout, { end: false }).catch((err) => {
              if ((err as NodeJS.ErrnoException).code !== "EPIPE") throw err;
            });
          }
        } finally {
          bar.stop();
        }
        console.error(`Exported ${written} requests to ${o.output ?? "standard output"}.`);
      });
    });
  addAddressImport(importer);
  addConfigCommands(cli, { withDatabase, timeZone: () => loadConfig().timeZone, ask, actor: CLI_ACTOR });
  return cli;
}

/** Runs the command line with `argv` (as process.argv). Known errors print a clear message and exit 1. */
export async function main(argv: string[]): Promise<void> {
  try {
    await program().parseAsync(argv);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (err instanceof ConfigError || err instanceof DataDirLockedError || err instanceof AppError) {
      console.error(`civic311: ${err.message}`);
    } else if (code === "EADDRINUSE" || code === "EACCES") {
      console.error(
        `civic311: cannot listen: ${(err as Error).message}. Stop what uses that port, or set PORT.`,
      );
    } else {
      console.error(err);
    }
    process.exitCode = 1;
  }
}
