import { useMemo } from "react";
import type { PublicPerformance } from "../../../common/contracts/reports.js";
import { usePublicPerformance } from "../../api/performance";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useLanguage, useT } from "../../i18n";
import { type PerformanceFormats, performanceFormats } from "./performance/format";
import { Figure, MonthsSection, ServicesSection } from "./performance/PerformanceTables";

/**
 * `/performance`, no sign-in: requests received and closed, on-time % and median days to close over the last
 * 12 months, by month and by type of service, what the figures mean, and the open-data downloads.
 */
export function PerformanceScreen() {
  const t = useT("performance");
  const common = useT("common");
  const { language } = useLanguage();
  useDocumentTitle(t("title"));
  const performance = usePublicPerformance(language);
  const f = useMemo(() => performanceFormats(language), [language]);
  const data = performance.data;
  return (
    <div className="performance">
      <h1>{t("title")}</h1>
      {data ? (
        <>
          <p className="usa-intro">{t("intro", { from: f.month(data.from), to: f.month(data.to) })}</p>
          <p className="text-base-dark">
            {t("asOf", { time: f.moment(data.generatedAt) })} {t("aboutFreshness")}
          </p>
        </>
      ) : null}
      {performance.isPending ? <p role="status">{common("loading")}</p> : null}
      {performance.isError ? <ErrorAlert error={performance.error} /> : null}
      {data ? <Figures data={data} f={f} /> : null}
      {data && data.services.length > 0 ? (
        <>
          <MonthsSection data={data} f={f} />
          <ServicesSection data={data} f={f} />
          <About />
        </>
      ) : null}
      <OpenData since={data?.from} />
    </div>
  );
}

/** The four headline figures of the whole period. */
function Figures({ data, f }: { data: PublicPerformance; f: PerformanceFormats }) {
  const t = useT("performance");
  const totals = data.totals;
  return (
    <section aria-labelledby="performance-summary">
      <h2 id="performance-summary">{t("summaryTitle")}</h2>
      {totals.opened === 0 && totals.closed === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <dl className="performance-figures" data-testid="performance-totals">
          <div>
            <dt>{t("received")}</dt>
            <dd data-figure="received">{f.count(totals.opened)}</dd>
          </div>
          <div>
            <dt>{t("closed")}</dt>
            <dd data-figure="closed">{f.count(totals.closed)}</dd>
          </div>
          <div>
            <dt>{t("onTime")}</dt>
            <dd data-figure="on-time">
              <Figure value={f.percent(totals.onTimePct)} />
            </dd>
          </div>
          <div>
            <dt>{t("medianDays")}</dt>
            <dd data-figure="median-days">
              <Figure value={f.days(totals.medianDays)} />
            </dd>
          </div>
        </dl>
      )}
    </section>
  );
}

/** What each figure means, in plain words. */
function About() {
  const t = useT("performance");
  return (
    <section aria-labelledby="performance-about" className="margin-top-4 maxw-tablet-lg">
      <h2 id="performance-about">{t("aboutTitle")}</h2>
      <dl>
        <dt className="text-bold">{t("received")}</dt>
        <dd className="margin-left-0 margin-bottom-1">{t("aboutReceived")}</dd>
        <dt className="text-bold">{t("closed")}</dt>
        <dd className="margin-left-0 margin-bottom-1">{t("aboutClosed")}</dd>
        <dt className="text-bold">{t("onTime")}</dt>
        <dd className="margin-left-0 margin-bottom-1">{t("aboutOnTime")}</dd>
        <dt className="text-bold">{t("medianDays")}</dt>
        <dd className="margin-left-0 margin-bottom-1">{t("aboutMedian")}</dd>
      </dl>
    </section>
  );
}

interface Download {
  key: "allCsv" | "allGeojson" | "recentCsv" | "recentGeojson";
  href: string;
}

/** Links to the open-data downloads (the server's `/open-data/` routes), and what is and is not in them. */
function OpenData({ since }: { since: string | undefined }) {
  const t = useT("performance");
  const links: Download[] = [
    { key: "allCsv", href: "/open-data/requests.csv" },
    { key: "allGeojson", href: "/open-data/requests.geojson" },
  ];
  if (since) {
    links.push(
      { key: "recentCsv", href: `/open-data/requests.csv?since=${since}` },
      { key: "recentGeojson", href: `/open-data/requests.geojson?since=${since}` },
    );
  }
  return (
    <section id="open-data" aria-labelledby="performance-open-data" className="margin-top-4 maxw-tablet-lg">
      <h2 id="performance-open-data">{t("openDataTitle")}</h2>
      <p>{t("openDataIntro")}</p>
      <ul className="usa-list" data-testid="open-data-links">
        {links.map((l) => (
          <li key={l.key}>
            <a className="usa-link" href={l.href} download>
              {t(l.key)}
            </a>
          </li>
        ))}
      </ul>
      <p>{t("openDataContents")}</p>
      <p>{t("openDataPrivacy")}</p>
    </section>
  );
}
