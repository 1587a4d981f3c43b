import { useEffect, useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { usePublicRequest } from "../../api/public";
import { DateTime } from "../../components/DateTime";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useLanguage, useT } from "../../i18n";
import { eventWords, statusWords } from "../portal/statusWords";
import { FollowForm } from "./FollowForm";
import { ReopenForm } from "./ReopenForm";

/**
 * `/requests/:number`: where the link in every message leads — status in plain words, public notes, photos,
 * the expected date; follow it; and, from the close message's link (`?token=`), "not fixed?" and the survey.
 */
export function TrackRequestScreen() {
  const { number = "" } = useParams();
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const t = useT("portal");
  const common = useT("common");
  const { language } = useLanguage();
  useDocumentTitle(t("requestTitle", { number }));
  const request = usePublicRequest(number, language);
  // Once offered, "Not fixed?" stays on the page, so its confirmation is still there after the reopen.
  const closedWithToken = token !== "" && request.data?.status === "closed";
  const [offerReopen, setOfferReopen] = useState(false);
  useEffect(() => {
    if (closedWithToken) setOfferReopen(true);
  }, [closedWithToken]);
  if (request.isPending) return <p role="status">{common("loading")}</p>;
  if (request.isError) {
    const missing = (request.error as { status?: number }).status === 404;
    return (
      <div className="usa-prose">
        <h1>{t("requestTitle", { number })}</h1>
        {missing ? (
          <p role="alert">{t("requestNotFound", { number })}</p>
        ) : (
          <ErrorAlert error={request.error} />
        )}
        <Link className="usa-link" to="/track">
          {t("trackTitle")}
        </Link>
      </div>
    );
  }
  const r = request.data;
  const words = statusWords(t, r.status, r.closeReason);
  return (
    <div className="usa-prose">
      <h1>
        {t("requestTitle", { number: r.number })}: {r.service}
      </h1>
      <dl className="public-request-facts">
        <dt>{t("status")}</dt>
        <dd>
          <strong data-public-status={r.status}>{words.label}</strong>
          <span className="display-block">{words.explanation}</span>
        </dd>
        {r.address ? (
          <>
            <dt>{t("where")}</dt>
            <dd>{r.address}</dd>
          </>
        ) : null}
        <dt>{t("reported")}</dt>
        <dd>
          <DateTime value={r.createdAt} />
        </dd>
        {r.expectedBy ? (
          <>
            <dt>{t("expectedBy")}</dt>
            <dd>
              <DateTime value={r.expectedBy} />
            </dd>
          </>
        ) : null}
        {r.closedAt ? (
          <>
            <dt>{t("closedOn")}</dt>
            <dd>
              <DateTime value={r.closedAt} />
            </dd>
          </>
        ) : null}
        {r.duplicateOf ? (
          <>
            <dt>{t("followInstead")}</dt>
            <dd>
              <Link className="usa-link" to={`/requests/${r.duplicateOf}`}>
                {t("requestTitle", { number: r.duplicateOf })}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      {r.photos.length > 0 ? (
        <>
          <h2>{t("photos")}</h2>
          <ul className="portal-photos">
            {r.photos.map((p, i) => (
              <li key={p.url}>
                <img src={p.url} alt={t("photoAlt", { n: i + 1 })} loading="lazy" />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t("history")}</h2>
      <ol className="usa-list">
        {r.timeline.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the timeline is append-only and never reordered
          <li key={`${e.at}-${i}`}>
            <DateTime value={e.at} />: {eventWords(t, e)}
            {e.note ? (
              <p className="margin-y-05" lang="en">
                <span className="usa-sr-only">{t("noteFromCity")}: </span>
                {e.note}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
      {token && offerReopen ? (
        <>
          <h2>{t("reopenTitle")}</h2>
          <ReopenForm number={r.number} token={token} />
          <p>
            <Link className="usa-link" to={`/survey?token=${encodeURIComponent(token)}`}>
              {t("surveyLink")}
            </Link>
          </p>
        </>
      ) : null}
      {r.status !== "closed" ? (
        <>
          <h2>{t("followTitle")}</h2>
          <FollowForm number={r.number} />
        </>
      ) : null}
    </div>
  );
}
