/**
 * The import pipeline every format shares: parsed rows → rejects file, mapping to the catalog, batches of
 * idempotent writes (or, on a dry run, counts only) → a report.
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { csvLine } from "../../../common/csv.js";
import type { Actor } from "../../platform/actor.js";
import type { Db } from "../../platform/db.js";
import { draftMapping, type Mapping, readMapping, writeMapping } from "./imports.mapping.js";
import { openText } from "./imports.open311.js";
import type { Parsed, SourceRequest } from "./imports.types.js";
import {
  CatalogResolver,
  existingSourceKeys,
  loadCatalog,
  type ResolvedRequest,
  writeBatch,
} from "./imports.writer.js";

/** Reads one input file into parsed rows. */
export type Parser = (file: string) => AsyncIterable<Parsed>;

export interface ImportOptions {
  db: Db;
  actor: Actor;
  files: string[];
  parse: Parser;
  /** Label of the format, shown in timeline events ("Import (open311)"). */
  format: string;
  dryRun?: boolean;
  /** The mapping file: read when it exists; a dry run writes it when it does not. */
  mappingFile: string;
  /** Where rejected rows go, as CSV (where, reason, raw); not written on a dry run. */
  rejectsFile: string;
  batchSize?: number;
  /** Called after every batch with rows read and an estimate of all rows (from the inputs' line counts). */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportReport {
  dryRun: boolean;
  read: number;
  /** Written (or, on a dry run, that would be written). */
  imported: number;
  alreadyImported: number;
  rejected: number;
  rejectedByReason: Record<string, number>;
  seconds: number;
  rowsPerSecond: number;
  /** The mapping file written by this dry run, if any. */
  mappingWritten: string | null;
  /** Service types and departments created under "Imported". */
  created: string[];
  rejectsFile: string | null;
}

/** Lines in a file (unpacked when .gz): the estimate of rows the progress bar starts with. */
export async function countLines(file: string): Promise<number> {
  let n = 0;
  let last = "";
  for await (const chunk of openText(file)) {
    const text = chunk as string;
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
    if (text.length) last = text;
  }
  return last && !last.endsWith("\n") ? n + 1 : n;
}

/** Runs an import (or a dry run) of `files` and reports what happened. */
export async function runImport(o: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const batchSize = o.batchSize ?? 1000;
  const dryRun = o.dryRun ?? false;
  const existingMapping = readMapping(o.mappingFile);
  const resolver = dryRun ? null : new CatalogResolver(o.db, o.actor, existingMapping);
  const label = `Import (${o.format})`;
  const report: ImportReport = {
    dryRun,
    read: 0,
    imported: 0,
    alreadyImported: 0,
    rejected: 0,
    rejectedByReason: {},
    seconds: 0,
    rowsPerSecond: 0,
    mappingWritten: null,
    created: [],
    rejectsFile: null,
  };
  // The line count only feeds the progress bar's estimate, so it runs beside the import, not before it.
  let total = 0;
  const counting = o.onProgress
    ? Promise.all(o.files.map(countLines)).then(
        (n) => {
          total = n.reduce((a, b) => a + b, 0);
        },
        () => {},
      )
    : Promise.resolve();
  const seen = new Map<string, { name: string; rows: number }>();
  const sourceDepartments = new Set<string>();
  let rejects: WriteStream | null = null;
  const reject = async (where: string, reason: string, raw: string) => {
    report.rejected++;
    report.rejectedByReason[reason] = (report.rejectedByReason[reason] ?? 0) + 1;
    if (dryRun) return;
    if (!rejects) {
      rejects = createWriteStream(o.rejectsFile);
      rejects.write(csvLine(["where", "reason", "raw"]));
      report.rejectsFile = o.rejectsFile;
    }
    if (!rejects.write(csvLine([where, reason, raw])))
      await new Promise<void>((resolve) => rejects!.once("drain", resolve));
  };

  let batch: SourceRequest[] = [];
  // One batch is written while the next is parsed: the database and the parser work at the same time.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return;
    const current = batch;
    batch = [];
    await writing;
    writing = write(current);
    // Handled here so a failure waits for the next await instead of ending the process as unhandled.
    writing.catch(() => {});
  };
  const write = async (current: SourceRequest[]) => {
    if (dryRun) {
      const stored = await existingSourceKeys(o.db, current);
      const fresh = new Set<string>();
      for (const r of current) {
        const key = `${r.sourceSystem}\u0000${r.sourceId}`;
        if (stored.has(key) || fresh.has(key)) report.alreadyImported++;
        else fresh.add(key);
      }
      report.imported += fresh.size;
    } else {
      const resolved: ResolvedRequest[] = [];
      for (const r of current) {
        const service = await resolver!.service(r);
        const departmentId = (await resolver!.department(r.department)) ?? service.departmentId;
        resolved.push({ request: r, serviceTypeId: service.id, departmentId });
      }
      const written = await o.db.transaction((tx) => writeBatch(tx, resolved, label));
      report.imported += written;
      report.alreadyImported += current.length - written;
    }
    o.onProgress?.(report.read, Math.max(total, report.read));
  };

  try {
    for (const file of o.files) {
      for await (const parsed of o.parse(file)) {
        report.read++;
        if (!parsed.ok) {
          await reject(parsed.rejected.where, parsed.rejected.reason, parsed.rejected.raw);
          continue;
        }
        const r = parsed.request;
        const s = seen.get(r.serviceCode);
        if (s) s.rows++;
        else seen.set(r.serviceCode, { name: r.serviceName, rows: 1 });
        if (r.department) sourceDepartments.add(r.department);
        batch.push(r);
        if (batch.length >= batchSize) await flush();
      }
    }
    await flush();
    await writing;
  } finally {
    await writing.catch(() => {});
    await counting;
    const open = rejects as WriteStream | null;
    if (open)
      await new Promise<void>((resolve, rejectErr) =>
        open.end((err?: Error | null) => (err ? rejectErr(err) : resolve())),
      );
  }

  if (dryRun && !existingMapping) {
    const draft: Mapping = draftMapping(seen, sourceDepartments, await loadCatalog(o.db), null);
    writeMapping(o.mappingFile, draft);
    report.mappingWritten = o.mappingFile;
  }
  report.created = resolver?.created ?? [];
  report.seconds = (performance.now() - started) / 1000;
  report.rowsPerSecond = report.read / Math.max(report.seconds, 0.001);
  o.onProgress?.(report.read, report.read);
  return report;
}

/** The report as lines for a person at a terminal. */
export function describeReport(r: ImportReport): string[] {
  const lines = [
    `${r.dryRun ? "Dry run: nothing was written. " : ""}Read ${r.read} rows in ${r.seconds.toFixed(1)} s (${Math.round(r.rowsPerSecond)} rows/s).`,
    `${r.dryRun ? "Would import" : "Imported"}: ${r.imported}. Already imported (skipped): ${r.alreadyImported}. Rejected: ${r.rejected}.`,
  ];
  for (const [reason, n] of Object.entries(r.rejectedByReason).sort((a, b) => b[1] - a[1]))
    lines.push(`  rejected ${n}: ${reason}`);
  if (r.rejectsFile) lines.push(`Rejected rows, with the reason for each: ${r.rejectsFile}`);
  for (const c of r.created) lines.push(`Created under "Imported": ${c}`);
  if (r.mappingWritten)
    lines.push(
      `Wrote the mapping file ${r.mappingWritten}: check the guessed service types, then run the import without --dry-run (it reads that file).`,
    );
  return lines;
}
