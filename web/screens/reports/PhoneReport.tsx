import { useNavigate } from "react-router";
import type { CallDashboard, CallMeasure } from "../../../common/contracts/reports.js";
import { type ReportQuery, useCallDashboard } from "../../api/reports";
import { Chart } from "../../components/Chart";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { ScrollTable } from "../../components/ScrollTable";
import { count, duration, FigureLink, percent, ReportSection, recordsLink, seconds, Tiles } from "./figures";

const SERIES: { name: string; measure: CallMeasure }[] = [
  { name: "Answered", measure: "calls_answered" },
  { name: "Abandoned", measure: "calls_abandoned" },
  { name: "Service level", measure: "calls_within" },
];

/**
 * The phone line over the period: calls counted in the local interval they arrived in, with the live
 * wallboard's definitions (service level within the city's threshold, speed of answer, abandonment). Every
 * count opens the calls behind it.
 */
export function PhoneLine({ query }: { query: ReportQuery }) {
  const result = useCallDashboard(query);
  return (
    <section aria-labelledby="phone-report-heading" aria-busy={result.isFetching} data-testid="phone-line">
      <h2 id="phone-report-heading">Phone line</h2>
      {result.isPending ? <Loading label="Counting calls…" /> : null}
      {result.isError ? <ErrorAlert error={result.error} /> : null}
      {result.data ? <PhoneReport data={result.data} query={query} /> : null}
    </section>
  );
}

function PhoneReport({ data, query }: { data: CallDashboard; query: ReportQuery }) {
  const navigate = useNavigate();
  const t = data.totals;
  const n = data.thresholdSeconds;
  const period = `${data.filters.from}-to-${data.filters.to}`;
  const buckets = data.series.map((p) => p.bucket);
  const option = {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 48, right: 48, top: 36, bottom: 48 },
    xAxis: { type: "category", data: buckets },
    yAxis: [
      { type: "value", minInterval: 1, name: "calls" },
      { type: "value", min: 0, max: 100, name: "%", splitLine: { show: false } },
    ],
    dataZoom: buckets.length > 60 ? [{ type: "inside" }, { type: "slider", height: 18 }] : [],
    series: [
      {
        name: "Answered",
        type: "bar",
        stack: "calls",
        itemStyle: { color: "#005ea2" },
        data: data.series.map((p) => p.answered),
      },
      {
        name: "Abandoned",
        type: "bar",
        stack: "calls",
        itemStyle: { color: "#d83933" },
        data: data.series.map((p) => p.abandoned),
      },
      {
        name: "Service level",
        type: "line",
        yAxisIndex: 1,
        connectNulls: false,
        itemStyle: { color: "#00a91c" },
        data: data.series.map((p) => p.serviceLevelPct),
      },
    ],
  };
  const shown = data.series.filter((p) => p.calls > 0);

  return (
    <>
      <Tiles
        testId="phone-tiles"
        query={query}
        items={[
          { label: "Calls", value: count(t.calls), measure: "calls", testId: "tile-calls" },
          {
            label: "Reached the queue",
            value: count(t.queued),
            measure: "calls_queued",
            testId: "tile-calls-queued",
          },
          {
            label: "Answered",
            value: count(t.answered),
            measure: "calls_answered",
            testId: "tile-calls-answered",
          },
          {
            label: `Service level (${n} s)`,
            value: percent(t.serviceLevelPct),
            detail: `${count(t.withinThreshold)} answered within ${n} s of ${count(t.answered + t.abandoned)} answered or abandoned`,
            measure: "calls_within",
            testId: "tile-service-level",
          },
          {
            label: "Speed of answer",
            value: seconds(t.averageSpeedOfAnswerSeconds),
            detail: "mean wait of answered calls",
            measure: "calls_answered",
            testId: "tile-speed-of-answer",
          },
          {
            label: "Abandoned in the queue",
            value: percent(t.abandonedPct),
            detail: `${count(t.abandoned)} calls`,
            measure: "calls_abandoned",
            testId: "tile-calls-abandoned",
          },
          {
            label: "Callbacks requested",
            value: count(t.callbacks),
            measure: "calls_callback",
            testId: "tile-callbacks",
          },
          {
            label: "Self-served",
            value: count(t.selfServed),
            detail: "heard the menu, never queued",
            measure: "calls_self_served",
            testId: "tile-self-served",
          },
        ]}
      />

      <ReportSection
        id="report-calls"
        title={`Calls and service level by ${data.filters.interval}`}
        csv={{
          filename: `phone-line-by-interval-${period}.csv`,
          headers: [
            "period",
            "calls",
            "queued",
            "answered",
            "answered_within_threshold",
            "abandoned",
            "callbacks",
            "self_served",
            "service_level_pct",
            "average_speed_of_answer_seconds",
            "abandoned_pct",
          ],
          rows: data.series.map((p) => [
            p.bucket,
            p.calls,
            p.queued,
            p.answered,
            p.withinThreshold,
            p.abandoned,
            p.callbacks,
            p.selfServed,
            p.serviceLevelPct,
            p.averageSpeedOfAnswerSeconds,
            p.abandonedPct,
          ]),
        }}
      >
        <Chart
          option={option}
          testId="calls-chart"
          label={`Bar chart of calls answered and abandoned by ${data.filters.interval}, with the service level within ${n} seconds as a line, ${data.filters.from} to ${data.filters.to}. The table below has the same figures.`}
          onClick={(c) => {
            const measure = SERIES.find((s) => s.name === c.seriesName)?.measure;
            if (measure) navigate(recordsLink(query, { measure, bucket: c.name }));
          }}
        />
        {shown.length === 0 ? (
          <p>No calls in this period.</p>
        ) : (
          <ScrollTable label={`Phone line by ${data.filters.interval}`}>
            <table
              className="usa-table usa-table--compact usa-table--striped"
              data-testid="calls-by-interval"
            >
              <caption className="usa-sr-only">
                Intervals with no calls are left out; the table's CSV has every interval.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Period</th>
                  <th scope="col">Calls</th>
                  <th scope="col">Answered</th>
                  <th scope="col">Within {n} s</th>
                  <th scope="col">Service level</th>
                  <th scope="col">Speed of answer</th>
                  <th scope="col">Abandoned</th>
                  <th scope="col">Abandoned %</th>
                  <th scope="col">Callbacks</th>
                  <th scope="col">Self-served</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p) => {
                  const cell = (measure: CallMeasure, value: number, what: string) => (
                    <FigureLink
                      query={query}
                      slice={{ measure, bucket: p.bucket }}
                      label={`${what}, ${p.bucket}`}
                    >
                      {count(value)}
                    </FigureLink>
                  );
                  return (
                    <tr key={p.bucket} data-bucket={p.bucket}>
                      <th scope="row">{p.bucket}</th>
                      <td>{cell("calls", p.calls, "calls")}</td>
                      <td>{cell("calls_answered", p.answered, "answered")}</td>
                      <td>{cell("calls_within", p.withinThreshold, `answered within ${n} s`)}</td>
                      <td>{percent(p.serviceLevelPct)}</td>
                      <td>{seconds(p.averageSpeedOfAnswerSeconds)}</td>
                      <td>{cell("calls_abandoned", p.abandoned, "abandoned")}</td>
                      <td>{percent(p.abandonedPct)}</td>
                      <td>{cell("calls_callback", p.callbacks, "callbacks requested")}</td>
                      <td>{cell("calls_self_served", p.selfServed, "self-served")}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </ReportSection>

      <ReportSection
        id="report-call-operators"
        title="Calls by the operator who answered"
        csv={{
          filename: `phone-line-by-operator-${period}.csv`,
          headers: [
            "operator",
            "answered",
            "answered_within_threshold",
            "average_speed_of_answer_seconds",
            "mean_talk_seconds",
            "median_talk_seconds",
          ],
          rows: data.byOperator.map((o) => [
            o.name,
            o.answered,
            o.withinThreshold,
            o.averageSpeedOfAnswerSeconds,
            o.meanTalkSeconds,
            o.medianTalkSeconds,
          ]),
        }}
      >
        {data.byOperator.length === 0 ? <p>No answered calls in this period.</p> : null}
        {data.byOperator.length > 0 ? (
          <ScrollTable label="Calls by operator">
            <table
              className="usa-table usa-table--compact usa-table--striped"
              data-testid="calls-by-operator"
            >
              <thead>
                <tr>
                  <th scope="col">Operator</th>
                  <th scope="col">Answered</th>
                  <th scope="col">Within {n} s</th>
                  <th scope="col">Speed of answer</th>
                  <th scope="col">Mean talk time</th>
                  <th scope="col">Median talk time</th>
                </tr>
              </thead>
              <tbody>
                {data.byOperator.map((o) => {
                  const q = { ...query, operator: String(o.id) };
                  return (
                    <tr key={o.id}>
                      <th scope="row">{o.name}</th>
                      <td>
                        <FigureLink
                          query={q}
                          slice={{ measure: "calls_answered" }}
                          label={`answered, ${o.name}`}
                        >
                          {count(o.answered)}
                        </FigureLink>
                      </td>
                      <td>
                        <FigureLink
                          query={q}
                          slice={{ measure: "calls_within" }}
                          label={`answered within ${n} s, ${o.name}`}
                        >
                          {count(o.withinThreshold)}
                        </FigureLink>
                      </td>
                      <td>{seconds(o.averageSpeedOfAnswerSeconds)}</td>
                      <td>{duration(o.meanTalkSeconds)}</td>
                      <td>{duration(o.medianTalkSeconds)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollTable>
        ) : null}
      </ReportSection>
    </>
  );
}
