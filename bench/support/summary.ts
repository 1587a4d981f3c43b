/**
 * One machine-readable summary line per headline figure, which `npm run bench` (scripts/bench.mjs) collects
 * from every benchmark's output into one table at the end:
 *   BENCH|scenario|value|unit|baseline|ratio|target|met
 * Empty fields are left empty; `met` is "yes", "no" or empty when there is no target.
 */
export interface SummaryRow {
  scenario: string;
  value: number;
  unit: string;
  /** What the ratio is against, measured in the same run (e.g. "bare Fastify hello p95 1 ms"). */
  baseline?: string;
  ratio?: number;
  target?: string;
  met?: boolean;
}

const clean = (s: string) => s.replace(/[|\n]/g, "/");
const num = (n: number) =>
  Number.isFinite(n) ? (Math.abs(n) >= 100 ? n.toFixed(0) : Number(n.toPrecision(3)).toString()) : "";

export function benchRow(r: SummaryRow): void {
  const fields = [
    clean(r.scenario),
    num(r.value),
    clean(r.unit),
    clean(r.baseline ?? ""),
    r.ratio === undefined ? "" : num(r.ratio),
    clean(r.target ?? ""),
    r.met === undefined ? "" : r.met ? "yes" : "no",
  ];
  console.log(`BENCH|${fields.join("|")}`);
}
