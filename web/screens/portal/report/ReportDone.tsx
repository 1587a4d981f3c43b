import { useEffect, useRef } from "react";
import { Link } from "react-router";
import { useLanguage, useT } from "../../../i18n";

/** The confirmation: the tracking number, large, and where to follow the report. */
export function ReportDone({
  number,
  dueAt,
  notified,
  onAnother,
}: {
  number: string;
  dueAt: string | null;
  notified: boolean;
  onAnother: () => void;
}) {
  const t = useT("report");
  const { language } = useLanguage();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="usa-alert usa-alert--success" data-testid="report-done">
      <div className="usa-alert__body">
        <h2 className="usa-alert__heading" tabIndex={-1} ref={heading}>
          {t("doneTitle")}
        </h2>
        <p className="usa-alert__text">{t("doneNumber")}</p>
        <p className="font-heading-3xl text-bold margin-y-1" id="report-number">
          {number}
        </p>
        {dueAt ? (
          <p>{t("doneDue", { date: new Date(dueAt).toLocaleDateString(language, { dateStyle: "long" }) })}</p>
        ) : null}
        {notified ? <p>{t("doneNotify")}</p> : null}
        <p>
          <Link className="usa-button" to={`/requests/${number}`}>
            {t("doneTrack")}
          </Link>{" "}
          <Link className="usa-button usa-button--outline" to="/report" onClick={onAnother}>
            {t("doneAnother")}
          </Link>
        </p>
      </div>
    </div>
  );
}
