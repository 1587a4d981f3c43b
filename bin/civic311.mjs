#!/usr/bin/env node
// The civic311 command: builds what is stale, then runs the bundled CLI.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureBuilt } from "../scripts/build.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const command = process.argv[2];
await ensureBuilt({ web: command === "serve" });
const cli = await import(pathToFileURL(path.join(root, "dist", "server", "cli.js")).href);
await cli.main(process.argv);
