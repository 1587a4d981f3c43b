#!/usr/bin/env node
// `npm run dev`: the API server restarting on change (tsx watch) and Vite's dev server with hot reload.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const children = [
  spawn(bin("tsx"), ["watch", "--clear-screen=false", "server/dev.ts"], { cwd: root, stdio: "inherit" }),
  spawn(bin("vite"), ["--port", "5173", "--strictPort"], { cwd: root, stdio: "inherit" }),
];
console.log("civic311 dev: API on http://localhost:3311, web app with hot reload on http://localhost:5173");
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", (code) => code && code !== 0 && stop());
