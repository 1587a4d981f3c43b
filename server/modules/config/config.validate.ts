import { type Document, isNode, LineCounter, parseDocument } from "yaml";
import { type ConfigFile, type ConfigProblem, configFile } from "../../../common/contracts/config.js";

type Path = (string | number)[];

/**
 * What the checks compare the file with: the server's time zone, the database's configuration and, when
 * known, the knowledge base's article addresses (the phone line's hours article must name one).
 */
export interface CheckContext {
  timeZone: string;
  current: ConfigFile;
  articles?: ReadonlySet<string>;
}

/** `services[3].questions[1].values`: a path as a reader of the file finds it. */
export function formatPath(path: Path): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("") || "(file)";
}

function lineOf(doc: Document, lines: LineCounter, path: Path): number | null {
  // The nearest node that exists: a missing key is reported on its parent's line.
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return null;
}

/** Reads and checks a configuration file: every problem at once, each with its path and line. */
export function parseConfiguration(
  text: string,
  ctx: CheckContext,
): { ok: true; file: ConfigFile } | { ok: false; problems: ConfigProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        path: "(file)",
        line: e.linePos?.[0]?.line ?? null,
        message: `Not valid YAML: ${e.message.split("\n")[0]}`,
      })),
    };
  }
  const problems: ConfigProblem[] = [];
  const problem = (path: Path, message: string) =>
    problems.push({ path: formatPath(path), line: lineOf(doc, lines, path), message });
  const raw: unknown = doc.toJS({ maxAliasCount: 50 });
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    problem([], "The file must be a YAML map starting with version: 1");
    return { ok: false, problems };
  }
  const parsed = configFile.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
      const message =
        issue.code === "unrecognized_keys"
          ? `Unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`
          : issue.message;
      problem(path, message);
    }
    return { ok: false, problems };
  }
  const file = parsed.data;
  crossCheck(file, ctx, problem);
  return problems.length ? { ok: false, problems } : { ok: true, file };
}

function duplicates<T>(
  list: T[] | undefined,
  key: (t: T) => string,
  at: (i: number) => Path,
  what: string,
  problem: (p: Path, m: string) => void,
) {
  const seen = new Set<string>();
  (list ?? []).forEach((item, i) => {
    const k = key(item);
    if (seen.has(k)) problem(at(i), `${what} "${k}" appears more than once`);
    seen.add(k);
  });
}

/** What a schema cannot see: duplicates, references between sections, lists and their values. */
function crossCheck(
  file: ConfigFile,
  ctx: CheckContext,
  problem: (path: Path, message: string) => void,
): void {
  if (file.city?.time_zone !== undefined && file.city.time_zone !== ctx.timeZone) {
    problem(
      ["city", "time_zone"],
      `The file is for time zone ${file.city.time_zone} but this server runs in ${ctx.timeZone}: set TZ=${file.city.time_zone} (and restart) to import it, or change time_zone in the file`,
    );
  }
  duplicates(
    file.departments,
    (d) => d.code,
    (i) => ["departments", i, "code"],
    "Department code",
    problem,
  );
  duplicates(
    file.agencies,
    (a) => a.code,
    (i) => ["agencies", i, "code"],
    "Agency code",
    problem,
  );
  duplicates(
    file.holidays,
    (h) => h.date,
    (i) => ["holidays", i, "date"],
    "Holiday date",
    problem,
  );
  duplicates(
    file.services,
    (s) => s.code,
    (i) => ["services", i, "code"],
    "Service code",
    problem,
  );
  duplicates(
    file.districts,
    (d) => d.code,
    (i) => ["districts", i, "code"],
    "District code",
    problem,
  );
  duplicates(
    file.service_groups,
    (g) => g.name,
    (i) => ["service_groups", i, "name"],
    "Group",
    problem,
  );
  duplicates(
    file.escalation_defaults,
    (l) => String(l.level),
    (i) => ["escalation_defaults", i, "level"],
    "Level",
    problem,
  );
  duplicates(
    file.routing_rules,
    (r) => `${r.service} / ${r.district ?? "any district"} / ${r.priority ?? "any priority"}`,
    (i) => ["routing_rules", i],
    "Routing rule",
    problem,
  );

  const departments = new Map((file.departments ?? ctx.current.departments ?? []).map((d) => [d.code, d]));
  const services = new Set((file.services ?? ctx.current.services ?? []).map((s) => s.code));
  file.services?.forEach((s, i) => {
    const dept = departments.get(s.department);
    if (!dept) problem(["services", i, "department"], `No department has the code "${s.department}"`);
    else if (s.active && !dept.active)
      problem(
        ["services", i, "department"],
        `Department "${s.department}" is retired (active: false); an active service needs an active department`,
      );
    duplicates(
      s.questions,
      (q) => q.code,
      (j) => ["services", i, "questions", j, "code"],
      "Question code",
      problem,
    );
    duplicates(
      s.escalation,
      (l) => String(l.level),
      (j) => ["services", i, "escalation", j, "level"],
      "Level",
      problem,
    );
    s.questions.forEach((q, j) => {
      const list = q.datatype === "singlevaluelist" || q.datatype === "multivaluelist";
      if (list && q.values.length === 0)
        problem(["services", i, "questions", j, "values"], "A list question needs values");
      if (!list && q.values.length > 0)
        problem(
          ["services", i, "questions", j, "values"],
          `Only list questions have values (this one is ${q.datatype})`,
        );
      duplicates(
        q.values,
        (v) => v.key,
        (k) => ["services", i, "questions", j, "values", k, "key"],
        "Value key",
        problem,
      );
    });
    for (const [lang, t] of Object.entries(s.translations)) {
      if (!t) continue;
      for (const [qc, qt] of Object.entries(t.questions)) {
        const q = s.questions.find((x) => x.code === qc);
        if (!q) {
          problem(
            ["services", i, "translations", lang, "questions", qc],
            `The service has no question "${qc}"`,
          );
          continue;
        }
        for (const vk of Object.keys(qt.values))
          if (!q.values.some((v) => v.key === vk))
            problem(
              ["services", i, "translations", lang, "questions", qc, "values", vk],
              `Question "${qc}" has no value "${vk}"`,
            );
      }
    }
  });
  file.routing_rules?.forEach((r, i) => {
    if (!services.has(r.service))
      problem(["routing_rules", i, "service"], `No service has the code "${r.service}"`);
    if (!departments.has(r.department))
      problem(["routing_rules", i, "department"], `No department has the code "${r.department}"`);
  });
  // Articles are not configuration, so a file may be imported before the knowledge base is written: the
  // hours article is checked only when the file changes it.
  const hoursArticle = file.phone?.hours_article;
  if (
    hoursArticle !== undefined &&
    ctx.articles &&
    hoursArticle !== ctx.current.phone?.hours_article &&
    !ctx.articles.has(hoursArticle)
  )
    problem(["phone", "hours_article"], `No knowledge-base article has the address "${hoursArticle}"`);
  duplicates(
    file.phone?.away_reasons,
    (r) => r,
    (i) => ["phone", "away_reasons", i],
    "Away reason",
    problem,
  );
  file.districts?.forEach((d, i) => {
    if (!boundsOf(d.geometry))
      problem(
        ["districts", i, "geometry", "coordinates"],
        "The coordinates are not [longitude, latitude] positions of closed rings",
      );
  });
}

/** The bounding box of a GeoJSON Polygon or MultiPolygon, or null when its coordinates are not positions. */
export function boundsOf(geometry: { type: string; coordinates: unknown[] }) {
  const polygons = (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as unknown[];
  let minLat = 90;
  let minLng = 180;
  let maxLat = -90;
  let maxLng = -180;
  for (const polygon of polygons) {
    if (!Array.isArray(polygon) || polygon.length === 0) return null;
    for (const ring of polygon) {
      if (!Array.isArray(ring) || ring.length < 4) return null;
      for (const p of ring) {
        if (!Array.isArray(p) || typeof p[0] !== "number" || typeof p[1] !== "number") return null;
        const [lng, lat] = p as [number, number];
        if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return null;
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
        minLng = Math.min(minLng, lng);
        maxLng = Math.max(maxLng, lng);
      }
    }
  }
  return { minLat, minLng, maxLat, maxLng };
}
