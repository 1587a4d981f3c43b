import { lazy, Suspense } from "react";
import { useNavigate } from "react-router";
import { BACKLOG_AGE_LABELS, type RequestDashboard } from "../../../common/contracts/reports.js";
import { type ReportQuery, useRequestMap } from "../../api/reports";
import { Chart } from "../../components/Chart";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { ScrollTable } from "../../components/ScrollTable";
import { count, days, FigureLink, percent, ReportSection, recordsLink, Tile } from "./figures";

const CityMap = lazy(() => import("../../components/CityMap").then((m) => ({ default: m.CityMap })));

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
      <div className="report-tiles" data-testid="request-tiles">
        <Tile
          label="Opened"
          value={count(t.opened)}
          query={query}
          slice={{ measure: "opened" }}
          testId="tile-opened"
        />
        <Tile
          label="Closed"
          value={count(t.closed)}
          query={query}
          slice={{ measure: "closed" }}
          testId="tile-closed"
        />
        <Tile
          label="On time"
          value={percent(t.onTimePct)}
          detail={`${count(t.onTime)} of ${count(t.onTime + t.late)} closed with a due date`}
          query={query}
          slice={{ measure: "on_time" }}
          testId="tile-on-time"
        />
        <Tile
          label="Closed late"
          value={count(t.late)}
          query={query}
          slice={{ measure: "late" }}
          testId="tile-late"
        />
        <Tile
          label="Median days to close"
          value={days(t.medianDays)}
          detail={`90th percentile ${days(t.p90Days)}; ${count(t.timed)} requests, duplicates left out`}
          query={query}
          slice={{ measure: "timed" }}
        />
        <Tile
          label="Open backlog now"
          value={count(t.backlog)}
          query={query}
          slice={{ measure: "backlog" }}
          testId="tile-backlog"
        />
        <Tile
          label="Reopened"
          value={percent(t.reopenPct)}
          detail={`${count(t.reopened)} of ${count(t.opened)} opened`}
          query={query}
          slice={{ measure: "reopened" }}
        />
        <Tile
          label="Duplicates"
          value={count(t.duplicates)}
          query={query}
          slice={{ measure: "duplicates" }}
        />
        <Tile
          label="Satisfaction"
          value={t.meanRating === null ? "—" : `${t.meanRating.toFixed(1)} / 5`}
          detail={`${count(t.rated)} survey answers`}
          query={query}
          slice={{ measure: "rated" }}
        />
      </div>

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

      <ReportSection
        id="report-by-service"
        title="By service type"
        csv={{
          filename: `requests-by-service-${period}.csv`,
          headers: [
            "service",
            "opened",
            "closed",
            "on_time",
            "late",
            "on_time_pct",
            "median_days",
            "p90_days",
            "reopened",
            "duplicates",
          ],
          rows: data.byService.map((s) => [
            s.name,
            s.opened,
            s.closed,
            s.onTime,
            s.late,
            s.onTimePct,
            s.medianDays,
            s.p90Days,
            s.reopened,
            s.duplicates,
          ]),
        }}
      >
        <ScrollTable label="By service type">
          <table className="usa-table usa-table--compact usa-table--striped">
            <thead>
              <tr>
                <th scope="col">Service type</th>
                <th scope="col">Opened</th>
                <th scope="col">Closed</th>
                <th scope="col">On time</th>
                <th scope="col">Late</th>
                <th scope="col">Median days</th>
                <th scope="col">90th percentile</th>
                <th scope="col">Reopened</th>
                <th scope="col">Duplicates</th>
              </tr>
            </thead>
            <tbody>
              {data.byService.map((s) => {
                const q = { ...query, service: s.code };
                return (
                  <tr key={s.code} data-service={s.code}>
                    <th scope="row">{s.name}</th>
                    <td>
                      <FigureLink query={q} slice={{ measure: "opened" }} label={`opened, ${s.name}`}>
                        {count(s.opened)}
                      </FigureLink>
                    </td>
                    <td>
                      <FigureLink query={q} slice={{ measure: "closed" }} label={`closed, ${s.name}`}>
                        {count(s.closed)}
                      </FigureLink>
                    </td>
                    <td data-testid="on-time">
                      <FigureLink
                        query={q}
                        slice={{ measure: "on_time" }}
                        label={`on time (${count(s.onTime)} closed on time), ${s.name}`}
                      >
                        {percent(s.onTimePct)}
                      </FigureLink>
                    </td>
                    <td>
                      <FigureLink query={q} slice={{ measure: "late" }} label={`closed late, ${s.name}`}>
                        {count(s.late)}
                      </FigureLink>
                    </td>
                    <td>{days(s.medianDays)}</td>
                    <td>{days(s.p90Days)}</td>
                    <td>
                      <FigureLink query={q} slice={{ measure: "reopened" }} label={`reopened, ${s.name}`}>
                        {count(s.reopened)}
                      </FigureLink>
                    </td>
                    <td>
                      <FigureLink query={q} slice={{ measure: "duplicates" }} label={`duplicates, ${s.name}`}>
                        {count(s.duplicates)}
                      </FigureLink>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      </ReportSection>

      <ReportSection
        id="report-backlog"
        title="Open backlog by department and age"
        csv={{
          filename: "requests-backlog.csv",
          headers: ["department", "total", ...BACKLOG_AGE_LABELS],
          rows: data.backlog.map((b) => [b.name, b.total, ...b.ages]),
        }}
      >
        <ScrollTable label="Open backlog">
          <table className="usa-table usa-table--compact">
            <thead>
              <tr>
                <th scope="col">Department</th>
                <th scope="col">Open now</th>
                {BACKLOG_AGE_LABELS.map((a) => (
                  <th key={a} scope="col">
                    {a}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.backlog.map((b) => {
                const q = { ...query, department: b.code };
                return (
                  <tr key={b.code}>
                    <th scope="row">{b.name}</th>
                    <td>
                      <FigureLink query={q} slice={{ measure: "backlog" }}>
                        {count(b.total)}
                      </FigureLink>
                    </td>
                    {b.ages.map((n, i) => (
                      <td key={BACKLOG_AGE_LABELS[i]}>
                        <FigureLink
                          query={q}
                          slice={{ measure: "backlog", age: BACKLOG_AGE_LABELS[i] }}
                          label={`open ${BACKLOG_AGE_LABELS[i]}, ${b.name}`}
                        >
                          {count(n)}
                        </FigureLink>
                      </td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      </ReportSection>

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

/** Circles sized by how many requests were opened in each area; a click lists them. */
function OpenedMap({ query, opened }: { query: ReportQuery; opened: number }) {
  const navigate = useNavigate();
  const map = useRequestMap(query);
  if (map.isError) return <ErrorAlert error={map.error} />;
  if (!map.data) return <Loading label="Loading the map…" />;
  return (
    <Suspense fallback={<Loading label="Loading the map…" />}>
      <CityMap
        height={360}
        description={`Map of where the ${count(opened)} requests opened in the period were reported, as circles sized by how many fell in each area of about 500 m. The district table has the same requests in text.`}
        markers={map.data.items.map((c) => ({
          key: c.cell,
          lat: c.lat,
          lng: c.lng,
          label: `${c.count} opened here`,
          radius: Math.min(24, 4 + Math.sqrt(c.count) * 2),
          onClick: () => navigate(recordsLink(query, { measure: "opened", cell: c.cell })),
        }))}
      />
    </Suspense>
  );
}
