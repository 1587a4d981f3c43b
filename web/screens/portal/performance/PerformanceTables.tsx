import { useMemo } from "react";
import type { PublicPerformance } from "../../../../common/contracts/reports.js";
import { Chart } from "../../../components/Chart";
import { useT } from "../../../i18n";
import type { PerformanceFormats } from "./format";

// Two colours with at least 3:1 contrast on white, and a pattern on each series, so no one needs colour alone.
const RECEIVED_COLOUR = "#005ea2";
const CLOSED_COLOUR = "#c05600";

/** A figure, or a dash that a screen reader reads as "no figure". */
export function Figure({ value }: { value: string | null }) {
  const t = useT("performance");
  if (value !== null) return <>{value}</>;
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="usa-sr-only">{t("noFigure")}</span>
    </>
  );
}

/** Requests received and closed each month: a bar chart, and the same figures as a table. */
export function MonthsSection({ data, f }: { data: PublicPerformance; f: PerformanceFormats }) {
  const t = useT("performance");
  const label = t("chartLabel", { from: f.month(data.from), to: f.month(data.to) });
  const option = useMemo(
    () => ({
      aria: { enabled: true, label: { description: label }, decal: { show: true } },
      tooltip: { trigger: "axis" },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: "category", data: data.months.map((m) => f.shortMonth(m.month)) },
      yAxis: { type: "value", minInterval: 1 },
      series: [
        {
          name: t("received"),
          type: "bar",
          data: data.months.map((m) => m.opened),
          itemStyle: { color: RECEIVED_COLOUR },
        },
        {
          name: t("closed"),
          type: "bar",
          data: data.months.map((m) => m.closed),
          itemStyle: { color: CLOSED_COLOUR },
        },
      ],
    }),
    [data, f, t, label],
  );
  return (
    <section aria-labelledby="performance-months" className="margin-top-4">
      <h2 id="performance-months">{t("monthsTitle")}</h2>
      <Chart option={option} label={label} testId="performance-chart" />
      <table className="usa-table usa-table--compact width-full" data-testid="performance-months">
        <caption>{t("monthsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("month")}</th>
            <th scope="col" className="text-right">
              {t("received")}
            </th>
            <th scope="col" className="text-right">
              {t("closed")}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.months.map((m) => (
            <tr key={m.month} data-month={m.month}>
              <th scope="row">{f.month(m.month)}</th>
              <td className="text-right">{f.count(m.opened)}</td>
              <td className="text-right">{f.count(m.closed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Every service type's figures, in a table that scrolls sideways on its own on narrow screens. */
export function ServicesSection({ data, f }: { data: PublicPerformance; f: PerformanceFormats }) {
  const t = useT("performance");
  return (
    <section aria-labelledby="performance-services" className="margin-top-4">
      <h2 id="performance-services">{t("servicesTitle")}</h2>
      <p>{t("servicesIntro")}</p>
      <p className="usa-hint desktop:display-none" id="performance-services-hint">
        {t("scrollHint")}
      </p>
      <section
        className="usa-table-container--scrollable"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
        aria-label={t("servicesTableName")}
        aria-describedby="performance-services-hint"
      >
        <table
          className="usa-table usa-table--compact usa-table--striped performance-table"
          data-testid="performance-services"
        >
          <caption className="usa-sr-only">{t("servicesTableName")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("service")}</th>
              <th scope="col">{t("group")}</th>
              <th scope="col" className="text-right">
                {t("received")}
              </th>
              <th scope="col" className="text-right">
                {t("closed")}
              </th>
              <th scope="col" className="text-right">
                {t("onTime")}
              </th>
              <th scope="col" className="text-right">
                {t("medianDays")}
              </th>
            </tr>
          </thead>
          <tbody>
            {data.services.map((s) => (
              <tr key={s.code} data-service={s.code}>
                <th scope="row">{s.name}</th>
                <td>
                  <Figure value={s.group} />
                </td>
                <td className="text-right" data-figure="received">
                  {f.count(s.opened)}
                </td>
                <td className="text-right" data-figure="closed">
                  {f.count(s.closed)}
                </td>
                <td className="text-right" data-figure="on-time">
                  <Figure value={f.percent(s.onTimePct)} />
                </td>
                <td className="text-right" data-figure="median-days">
                  <Figure value={f.days(s.medianDays)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="font-body-xs">{t("noFigureNote")}</p>
    </section>
  );
}
