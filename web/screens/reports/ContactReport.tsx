import { useNavigate } from "react-router";
import { CHANNEL_LABELS, type Channel } from "../../../common/channels.js";
import type { ContactDashboard } from "../../../common/contracts/reports.js";
import { type ReportQuery, useContactMedians } from "../../api/reports";
import { Chart } from "../../components/Chart";
import { ScrollTable } from "../../components/ScrollTable";
import { count, duration, FigureLink, percent, ReportSection, recordsLink, Tile } from "./figures";

const channelLabel = (c: string) => CHANNEL_LABELS[c as Channel] ?? c;
const PALETTE = [
  "#005ea2",
  "#00a91c",
  "#e5a000",
  "#8168b3",
  "#d83933",
  "#0d7ea2",
  "#936f38",
  "#4d8055",
  "#71767a",
];

/**
 * Contact-center measures. Speed of answer, service level and time in queue come from the phone system's
 * call events; when it is connected they take their place in the first row of tiles.
 */
export function ContactReport({ data, query }: { data: ContactDashboard; query: ReportQuery }) {
  const navigate = useNavigate();
  const medians = useContactMedians(query).data;
  const channelMedian = new Map(medians?.byChannel.map((m) => [m.channel, m.medianHandleSeconds]));
  const operatorMedian = new Map(medians?.byOperator.map((m) => [String(m.id), m.medianHandleSeconds]));
  const t = data.totals;
  const period = `${data.filters.from}-to-${data.filters.to}`;
  const buckets = [...new Set(data.series.map((p) => p.bucket))];
  const channels = [...new Set(data.series.map((p) => p.channel))].filter((c) => c !== "all");
  const option = {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    xAxis: { type: "category", data: buckets },
    yAxis: { type: "value", minInterval: 1 },
    dataZoom: buckets.length > 60 ? [{ type: "inside" }, { type: "slider", height: 18 }] : [],
    series: channels.map((c, i) => ({
      name: channelLabel(c),
      type: "bar",
      stack: "contacts",
      itemStyle: { color: PALETTE[i % PALETTE.length] },
      data: buckets.map((b) => data.series.find((p) => p.bucket === b && p.channel === c)?.contacts ?? 0),
    })),
  };
  const channelByLabel = new Map(channels.map((c) => [channelLabel(c), c]));

  return (
    <>
      <div className="report-tiles" data-testid="contact-tiles">
        <Tile
          label="Contacts"
          value={count(t.contacts)}
          query={query}
          slice={{ measure: "contacts" }}
          testId="tile-contacts"
        />
        <Tile
          label="First-contact resolution"
          value={percent(t.fcrPct)}
          detail={`${count(t.resolvedFirst)} of ${count(t.handled)} handled contacts: not transferred, nothing reopened within ${data.fcrWindowDays} days`}
          query={query}
          slice={{ measure: "resolved_first" }}
          testId="tile-fcr"
        />
        <Tile
          label="Not resolved at first contact"
          value={count(t.handled - t.resolvedFirst)}
          query={query}
          slice={{ measure: "not_resolved_first" }}
        />
        <Tile
          label="Handle time"
          value={duration(t.medianHandleSeconds)}
          detail={`median; mean ${duration(t.meanHandleSeconds)}`}
          query={query}
          slice={{ measure: "handled" }}
        />
        <Tile
          label="Abandoned"
          value={percent(t.abandonedPct)}
          detail={`${count(t.abandoned)} contacts`}
          query={query}
          slice={{ measure: "abandoned" }}
        />
        <Tile
          label="Transferred"
          value={count(t.transferred)}
          query={query}
          slice={{ measure: "transferred" }}
        />
        <Tile label="Referred out" value={count(t.referred)} query={query} slice={{ measure: "referred" }} />
      </div>

      <ReportSection
        id="report-contacts"
        title="Contacts by channel over time"
        csv={{
          filename: `contacts-by-interval-${period}.csv`,
          headers: ["period", "channel", "contacts", "abandoned"],
          rows: data.series
            .filter((p) => p.channel !== "all")
            .map((p) => [p.bucket, p.channel, p.contacts, p.abandoned]),
        }}
      >
        <Chart
          option={option}
          testId="contacts-chart"
          label={`Stacked bar chart of contacts by ${data.filters.interval} and channel, ${data.filters.from} to ${data.filters.to}. The table below has the same figures.`}
          onClick={(c) =>
            navigate(
              recordsLink(
                { ...query, channel: channelByLabel.get(c.seriesName) ?? query.channel },
                {
                  measure: "contacts",
                  bucket: c.name,
                },
              ),
            )
          }
        />
      </ReportSection>

      <ReportSection
        id="report-channels"
        title="By channel"
        csv={{
          filename: `contacts-by-channel-${period}.csv`,
          headers: [
            "channel",
            "contacts",
            "handled",
            "fcr_pct",
            "median_handle_seconds",
            "mean_handle_seconds",
            "abandoned",
            "transferred",
            "referred",
          ],
          rows: data.byChannel.map((c) => [
            c.channel,
            c.contacts,
            c.handled,
            c.fcrPct,
            channelMedian.get(c.channel) ?? null,
            c.meanHandleSeconds,
            c.abandoned,
            c.transferred,
            c.referred,
          ]),
        }}
      >
        <FiguresTable
          rows={data.byChannel.map((c) => ({
            key: c.channel,
            name: channelLabel(c.channel),
            q: { ...query, channel: c.channel },
            f: c,
            median: medians ? (channelMedian.get(c.channel) ?? null) : undefined,
          }))}
          first="Channel"
        />
      </ReportSection>

      <ReportSection
        id="report-operators"
        title="By operator"
        csv={{
          filename: `contacts-by-operator-${period}.csv`,
          headers: [
            "operator",
            "contacts",
            "handled",
            "fcr_pct",
            "median_handle_seconds",
            "mean_handle_seconds",
            "abandoned",
            "transferred",
            "referred",
          ],
          rows: data.byOperator.map((o) => [
            o.name,
            o.contacts,
            o.handled,
            o.fcrPct,
            operatorMedian.get(String(o.id)) ?? null,
            o.meanHandleSeconds,
            o.abandoned,
            o.transferred,
            o.referred,
          ]),
        }}
      >
        <FiguresTable
          rows={data.byOperator.map((o) => ({
            key: String(o.id),
            name: o.name,
            q: { ...query, operator: String(o.id) },
            f: o,
            median: medians ? (operatorMedian.get(String(o.id)) ?? null) : undefined,
          }))}
          first="Operator"
        />
      </ReportSection>

      <div className="grid-row grid-gap">
        <div className="grid-col-12 desktop:grid-col-4">
          <Destinations
            title="Transfers by department"
            measure="transferred"
            items={data.transfers}
            query={query}
            period={period}
          />
        </div>
        <div className="grid-col-12 desktop:grid-col-4">
          <Destinations
            title="Referrals by agency"
            measure="referred"
            items={data.referrals}
            query={query}
            period={period}
          />
        </div>
        <div className="grid-col-12 desktop:grid-col-4">
          <ReportSection
            id="report-articles"
            title="Top questions"
            csv={{
              filename: `top-questions-${period}.csv`,
              headers: ["article", "contacts"],
              rows: data.topArticles.map((a) => [a.title, a.count]),
            }}
          >
            <ol className="report-list">
              {data.topArticles.map((a) => (
                <li key={a.id}>
                  {a.title}:{" "}
                  <FigureLink
                    query={query}
                    slice={{ measure: "article", article: String(a.id) }}
                    label={`contacts about ${a.title}`}
                  >
                    {count(a.count)}
                  </FigureLink>
                </li>
              ))}
            </ol>
          </ReportSection>
        </div>
      </div>
    </>
  );
}

type Figures = ContactDashboard["totals"];

function FiguresTable({
  rows,
  first,
}: {
  /** `median`: undefined while it is being counted, null when there is none. */
  rows: { key: string; name: string; q: ReportQuery; f: Figures; median: number | null | undefined }[];
  first: string;
}) {
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

function Destinations(props: {
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
