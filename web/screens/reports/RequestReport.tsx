import { useNavigate } from "react-router";
import type { RequestDashboard } from "../../../common/contracts/reports.js";
import type { ReportQuery } from "../../api/reports";
import { Chart } from "../../components/Chart";
import { ScrollTable } from "../../components/ScrollTable";
import { count, days, FigureLink, percent, ReportSection, recordsLink, Tiles } from "./figures";
import { BacklogTable, OpenedMap, ServiceTable } from "./RequestTables";

/** Request measures: headline figures, opened and closed over time, and tables that drill to records. */
export function RequestReport({ data, query }: { data: RequestDashboard; query: ReportQuery }) {
  const navigate = useNavigate();
  const t = data.totals;
  const period = `${data.filters.from}-to-${data.filters.to}`;
  const option = {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 36, bottom: 48 },
    xAxis: { type: "category", data: data.series.map((p) => p.bucket) },
    yAxis: { type: "value", minInterval: 1 },
    dataZoom: data.series.length > 60 ? [{ type: "inside" }, { type: "slider", height: 18 }] : [],
    series: [
      {
        name: "Opened",
        type: "bar",
        data: data.series.map((p) => p.opened),
        itemStyle: { color: "#005ea2" },
      },
      {
        name: "Closed",
        type: "bar",
        data: data.series.map((p) => p.closed),
        itemStyle: { color: "#00a91c" },
      },
    ],
  };

  return (
    <>
      <Tiles
        testId="request-tiles"
        query={query}
        items={[
          { label: "Opened", value: count(t.opened), measure: "opened", testId: "tile-opened" },
          { label: "Closed", value: count(t.closed), measure: "closed", testId: "tile-closed" },
          {
            label: "On time",
            value: percent(t.onTimePct),
            detail: `${count(t.onTime)} of ${count(t.onTime + t.late)} closed with a due date`,
            measure: "on_time",
            testId: "tile-on-time",
          },
          { label: "Closed late", value: count(t.late), measure: "late", testId: "tile-late" },
          {
            label: "Median days to close",
            value: days(t.medianDays),
            detail: `90th percentile ${days(t.p90Days)}; ${count(t.timed)} requests, duplicates left out`,
            measure: "timed",
          },
          { label: "Open backlog now", value: count(t.backlog), measure: "backlog", testId: "tile-backlog" },
          {
            label: "Reopened",
            value: percent(t.reopenPct),
            detail: `${count(t.reopened)} of ${count(t.opened)} opened`,
            measure: "reopened",
          },
          { label: "Duplicates", value: count(t.duplicates), measure: "duplicates" },
          {
            label: "Satisfaction",
            value: t.meanRating === null ? "—" : `${t.meanRating.toFixed(1)} / 5`,
            detail: `${count(t.rated)} survey answers`,
            measure: "rated",
          },
        ]}
      />

      <ReportSection
        id="report-volume"
        title="Opened and closed"
        csv={{
          filename: `requests-opened-closed-${period}.csv`,
          headers: ["period", "opened", "closed"],
          rows: data.series.map((p) => [p.bucket, p.opened, p.closed]),
        }}
      >
        <Chart
          option={option}
          testId="volume-chart"
          label={`Bar chart of requests opened and closed by ${data.filters.interval}, ${data.filters.from} to ${data.filters.to}. The table below has the same figures.`}
          onClick={(c) =>
            navigate(
              recordsLink(query, {
                measure: c.seriesName === "Closed" ? "closed" : "opened",
                bucket: c.name,
              }),
            )
          }
        />
        <details className="margin-top-1">
          <summary>Show the figures as a table</summary>
          <ScrollTable label="Opened and closed">
            <table className="usa-table usa-table--compact">
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">Opened</th>
                  <th scope="col">Closed</th>
                </tr>
              </thead>
              <tbody>
                {data.series.map((p) => (
                  <tr key={p.bucket}>
                    <th scope="row">{p.bucket}</th>
                    <td>
                      <FigureLink query={query} slice={{ measure: "opened", bucket: p.bucket }}>
                        {count(p.opened)}
                      </FigureLink>
                    </td>
                    <td>
                      <FigureLink query={query} slice={{ measure: "closed", bucket: p.bucket }}>
                        {count(p.closed)}
                      </FigureLink>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </details>
      </ReportSection>

      <ServiceTable data={data} query={query} period={period} />

      <BacklogTable data={data} query={query} />

      <ReportSection
        id="report-districts"
        title="By district"
        csv={{
          filename: `requests-by-district-${period}.csv`,
          headers: ["district", "opened", "closed"],
          rows: data.byDistrict.map((d) => [d.district, d.opened, d.closed]),
        }}
      >
        <div className="grid-row grid-gap">
          <div className="grid-col-12 desktop:grid-col-4">
            <table className="usa-table usa-table--compact">
              <thead>
                <tr>
                  <th scope="col">District</th>
                  <th scope="col">Opened</th>
                  <th scope="col">Closed</th>
                </tr>
              </thead>
              <tbody>
                {data.byDistrict.map((d) => (
                  <tr key={d.district}>
                    <th scope="row">{d.district}</th>
                    <td>
                      <FigureLink query={{ ...query, district: d.district }} slice={{ measure: "opened" }}>
                        {count(d.opened)}
                      </FigureLink>
                    </td>
                    <td>
                      <FigureLink query={{ ...query, district: d.district }} slice={{ measure: "closed" }}>
                        {count(d.closed)}
                      </FigureLink>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="grid-col-12 desktop:grid-col-8">
            <OpenedMap query={query} opened={t.opened} />
          </div>
        </div>
      </ReportSection>

      <ReportSection
        id="report-ratings"
        title="Satisfaction survey answers"
        csv={{
          filename: `survey-answers-${period}.csv`,
          headers: ["rating", "answers"],
          rows: data.ratings.map((r) => [r.rating, r.count]),
        }}
      >
        <table className="usa-table usa-table--compact">
          <thead>
            <tr>
              <th scope="col">Rating</th>
              <th scope="col">Answers</th>
            </tr>
          </thead>
          <tbody>
            {data.ratings.map((r) => (
              <tr key={r.rating}>
                <th scope="row">{r.rating} of 5</th>
                <td>
                  <FigureLink query={query} slice={{ measure: "rated", rating: String(r.rating) }}>
                    {count(r.count)}
                  </FigureLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ReportSection>
    </>
  );
}
