import { useNavigate } from "react-router";
import { CHANNEL_LABELS, type Channel } from "../../../common/channels.js";
import type { ContactDashboard } from "../../../common/contracts/reports.js";
import { type ReportQuery, useContactMedians } from "../../api/reports";
import { Chart } from "../../components/Chart";
import { Destinations, FiguresSection } from "./ContactTables";
import { count, duration, FigureLink, percent, ReportSection, recordsLink, Tiles } from "./figures";

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
  // Busiest channel first, so the first (blue) series is the one most contacts came by.
  const totals = new Map<string, number>();
  for (const p of data.series) totals.set(p.channel, (totals.get(p.channel) ?? 0) + p.contacts);
  const channels = [...totals.keys()]
    .filter((c) => c !== "all")
    .sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || a.localeCompare(b));
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
      <Tiles
        testId="contact-tiles"
        query={query}
        items={[
          { label: "Contacts", value: count(t.contacts), measure: "contacts", testId: "tile-contacts" },
          {
            label: "First-contact resolution",
            value: percent(t.fcrPct),
            detail: `${count(t.resolvedFirst)} of ${count(t.handled)} handled contacts: not transferred, nothing reopened within ${data.fcrWindowDays} days`,
            measure: "resolved_first",
            testId: "tile-fcr",
          },
          {
            label: "Not resolved at first contact",
            value: count(t.handled - t.resolvedFirst),
            measure: "not_resolved_first",
          },
          {
            label: "Handle time",
            value: duration(t.medianHandleSeconds),
            detail: `median; mean ${duration(t.meanHandleSeconds)}`,
            measure: "handled",
          },
          {
            label: "Abandoned",
            value: percent(t.abandonedPct),
            detail: `${count(t.abandoned)} contacts`,
            measure: "abandoned",
          },
          { label: "Transferred", value: count(t.transferred), measure: "transferred" },
          { label: "Referred out", value: count(t.referred), measure: "referred" },
        ]}
      />

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

      <FiguresSection
        id="report-channels"
        title="By channel"
        first="Channel"
        filename={`contacts-by-channel-${period}.csv`}
        rows={data.byChannel.map((c) => ({
          key: c.channel,
          name: channelLabel(c.channel),
          q: { ...query, channel: c.channel },
          f: c,
          median: medians ? (channelMedian.get(c.channel) ?? null) : undefined,
        }))}
      />
      <FiguresSection
        id="report-operators"
        title="By operator"
        first="Operator"
        filename={`contacts-by-operator-${period}.csv`}
        rows={data.byOperator.map((o) => ({
          key: String(o.id),
          name: o.name,
          q: { ...query, operator: String(o.id) },
          f: o,
          median: medians ? (operatorMedian.get(String(o.id)) ?? null) : undefined,
        }))}
      />

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
