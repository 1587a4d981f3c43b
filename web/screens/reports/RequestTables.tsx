import { lazy, Suspense } from "react";
import { useNavigate } from "react-router";
import { BACKLOG_AGE_LABELS, type RequestDashboard } from "../../../common/contracts/reports.js";
import { type ReportQuery, useRequestMap, useRequestPercentiles } from "../../api/reports";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { ScrollTable } from "../../components/ScrollTable";
import { count, days, FigureLink, percent, ReportSection, recordsLink } from "./figures";

const CityMap = lazy(() => import("../../components/CityMap").then((m) => ({ default: m.CityMap })));

/** Requests by service type: volumes, on-time, days to close, reopens and duplicates, each drilling down. */
export function ServiceTable({
  data,
  query,
  period,
}: {
  data: RequestDashboard;
  query: ReportQuery;
  period: string;
}) {
  // Days to close by service come from their own call and fill in (undefined while counted).
  const percentiles = useRequestPercentiles(query).data;
  const byCode = new Map(percentiles?.byService.map((p) => [p.code, p]));
  const pct = (code: string) =>
    percentiles ? (byCode.get(code) ?? { medianDays: null, p90Days: null }) : undefined;
  return (
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
          pct(s.code)?.medianDays ?? null,
          pct(s.code)?.p90Days ?? null,
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
                  <td aria-busy={!percentiles}>
                    {percentiles ? days(pct(s.code)?.medianDays ?? null) : "counting…"}
                  </td>
                  <td aria-busy={!percentiles}>
                    {percentiles ? days(pct(s.code)?.p90Days ?? null) : "counting…"}
                  </td>
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
  );
}

/** Open requests now, by department and age band. */
export function BacklogTable({ data, query }: { data: RequestDashboard; query: ReportQuery }) {
  return (
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
  );
}

/** Circles sized by how many requests were opened in each area; a click lists them. */
export function OpenedMap({ query, opened }: { query: ReportQuery; opened: number }) {
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
