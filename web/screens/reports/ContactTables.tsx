import type { ContactDashboard } from "../../../common/contracts/reports.js";
import type { ReportQuery } from "../../api/reports";
import { ScrollTable } from "../../components/ScrollTable";
import { count, duration, FigureLink, percent, ReportSection } from "./figures";

/** The contact center's breakdowns: figures by channel or operator, and transfers or referrals by destination. */

type Figures = ContactDashboard["totals"];

export type FigureRow = {
  key: string;
  name: string;
  q: ReportQuery;
  f: Figures;
  /** Undefined while it is being counted, null when there is none. */
  median: number | null | undefined;
};

/** A breakdown of the contact figures (by channel, by operator) with its CSV. */
export function FiguresSection(props: {
  id: string;
  title: string;
  first: string;
  filename: string;
  rows: FigureRow[];
}) {
  return (
    <ReportSection
      id={props.id}
      title={props.title}
      csv={{
        filename: props.filename,
        headers: [
          props.first.toLowerCase(),
          "contacts",
          "handled",
          "fcr_pct",
          "median_handle_seconds",
          "mean_handle_seconds",
          "abandoned",
          "transferred",
          "referred",
        ],
        rows: props.rows.map(({ name, f, median }) => [
          name,
          f.contacts,
          f.handled,
          f.fcrPct,
          median ?? null,
          f.meanHandleSeconds,
          f.abandoned,
          f.transferred,
          f.referred,
        ]),
      }}
    >
      <FiguresTable rows={props.rows} first={props.first} />
    </ReportSection>
  );
}

function FiguresTable({ rows, first }: { rows: FigureRow[]; first: string }) {
  return (
    <ScrollTable label={`By ${first.toLowerCase()}`}>
      <table className="usa-table usa-table--compact usa-table--striped">
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">Contacts</th>
            <th scope="col">First-contact resolution</th>
            <th scope="col">Median handle time</th>
            <th scope="col">Mean handle time</th>
            <th scope="col">Abandoned</th>
            <th scope="col">Transferred</th>
            <th scope="col">Referred</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, name, q, f, median }) => (
            <tr key={key}>
              <th scope="row">{name}</th>
              <td>
                <FigureLink query={q} slice={{ measure: "contacts" }} label={`contacts, ${name}`}>
                  {count(f.contacts)}
                </FigureLink>
              </td>
              <td>
                <FigureLink
                  query={q}
                  slice={{ measure: "resolved_first" }}
                  label={`resolved at first contact (${count(f.resolvedFirst)}), ${name}`}
                >
                  {percent(f.fcrPct)}
                </FigureLink>
              </td>
              <td aria-busy={median === undefined}>
                {median === undefined ? "counting…" : duration(median)}
              </td>
              <td>{duration(f.meanHandleSeconds)}</td>
              <td>
                <FigureLink query={q} slice={{ measure: "abandoned" }} label={`abandoned, ${name}`}>
                  {count(f.abandoned)}
                </FigureLink>
              </td>
              <td>
                <FigureLink query={q} slice={{ measure: "transferred" }} label={`transferred, ${name}`}>
                  {count(f.transferred)}
                </FigureLink>
              </td>
              <td>
                <FigureLink query={q} slice={{ measure: "referred" }} label={`referred, ${name}`}>
                  {count(f.referred)}
                </FigureLink>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export function Destinations(props: {
  title: string;
  measure: "transferred" | "referred";
  items: { code: string; name: string; count: number }[];
  query: ReportQuery;
  period: string;
}) {
  return (
    <ReportSection
      id={`report-${props.measure}`}
      title={props.title}
      csv={{
        filename: `${props.measure}-${props.period}.csv`,
        headers: ["destination", "contacts"],
        rows: props.items.map((d) => [d.name, d.count]),
      }}
    >
      {props.items.length === 0 ? <p>None in this period.</p> : null}
      <ul className="report-list">
        {props.items.map((d) => (
          <li key={d.code}>
            {d.name}:{" "}
            <FigureLink
              query={props.query}
              slice={{ measure: props.measure, destination: d.code }}
              label={`${props.measure} to ${d.name}`}
            >
              {count(d.count)}
            </FigureLink>
          </li>
        ))}
      </ul>
    </ReportSection>
  );
}
