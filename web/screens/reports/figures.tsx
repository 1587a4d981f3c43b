import type { ReactNode } from "react";
import { Link } from "react-router";
import { csvDocument } from "../../../common/csv.js";
import { type RecordsQuery, type ReportQuery, reportSearch } from "../../api/reports";

const whole = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** A count with thousands separators. */
export const count = (n: number) => whole.format(n);
/** A percentage with one decimal, or a dash when there was nothing to count. */
export const percent = (n: number | null) => (n === null ? "—" : `${oneDecimal.format(n)}%`);
/** Days with one decimal, or a dash. */
export const days = (n: number | null) => (n === null ? "—" : `${oneDecimal.format(n)} d`);
/** Seconds as "4 min 10 s", or a dash. */
export function duration(seconds: number | null): string {
  if (seconds === null) return "—";
  const s = Math.round(seconds);
  const m = Math.floor(s / 60);
  return m > 0 ? `${m} min ${s % 60} s` : `${s} s`;
}

/** Seconds with one decimal under a minute ("24.5 s"), else as a duration; a dash when none. */
export function seconds(n: number | null): string {
  if (n === null) return "—";
  return n < 60 ? `${oneDecimal.format(n)} s` : duration(n);
}

/** Where the records behind a figure are listed. */
export function recordsLink(query: ReportQuery, slice: Omit<RecordsQuery, keyof ReportQuery>): string {
  return `/staff/reports/records${reportSearch({ ...query, ...slice })}`;
}

/** A figure that opens the records behind it. */
export function FigureLink({
  query,
  slice,
  children,
  label,
}: {
  query: ReportQuery;
  slice: Omit<RecordsQuery, keyof ReportQuery>;
  children: ReactNode;
  /** What the figure counts, when the figure alone would not say (a cell of a table); read after it. */
  label?: string;
}) {
  // The accessible name starts with the visible figure (WCAG 2.5.3), then says what it counts.
  const name = label && typeof children === "string" ? `${children} ${label}` : undefined;
  return (
    <Link className="usa-link" to={recordsLink(query, slice)} aria-label={name}>
      {children}
    </Link>
  );
}

/** One headline figure: its name, its value (a link to its records) and what it is out of. */
function Tile({
  label,
  value,
  detail,
  query,
  slice,
  testId,
}: {
  label: string;
  value: string;
  detail?: string;
  query: ReportQuery;
  slice?: Omit<RecordsQuery, keyof ReportQuery>;
  testId?: string;
}) {
  return (
    <div className="report-tile" data-testid={testId}>
      <p className="report-tile__label">{label}</p>
      <p className="report-tile__value">
        {slice ? (
          <FigureLink query={query} slice={slice} label={`${label}: list the records`}>
            {value}
          </FigureLink>
        ) : (
          value
        )}
      </p>
      {detail ? <p className="report-tile__detail">{detail}</p> : null}
    </div>
  );
}

/** A row of headline figures, each opening the records it counts. */
export function Tiles({
  items,
  query,
  testId,
}: {
  items: { label: string; value: string; detail?: string; measure: string; testId?: string }[];
  query: ReportQuery;
  testId: string;
}) {
  return (
    <div className="report-tiles" data-testid={testId}>
      {items.map((i) => (
        <Tile
          key={i.label}
          label={i.label}
          value={i.value}
          detail={i.detail}
          query={query}
          slice={{ measure: i.measure }}
          testId={i.testId}
        />
      ))}
    </div>
  );
}

/** A button that saves the table's figures, exactly as shown, as CSV. */
export function TableCsvButton({
  filename,
  headers,
  rows,
}: {
  filename: string;
  headers: string[];
  rows: (string | number | null)[][];
}) {
  const download = () => {
    const blob = new Blob([csvDocument(headers, rows)], { type: "text/csv;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = filename;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="usa-button usa-button--unstyled" onClick={download}>
      Download this table (CSV)
    </button>
  );
}

/** A titled section of a dashboard with a CSV download of its table. */
export function ReportSection({
  id,
  title,
  children,
  csv,
}: {
  id: string;
  title: string;
  children: ReactNode;
  csv?: { filename: string; headers: string[]; rows: (string | number | null)[][] };
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="report-section" data-testid={id}>
      <div className="report-section__head">
        <h3 id={`${id}-heading`}>{title}</h3>
        {csv ? <TableCsvButton {...csv} /> : null}
      </div>
      {children}
    </section>
  );
}
