import { Link, useParams } from "react-router";
import { usePublicArticle } from "../../api/publicContent";
import { useCity } from "../../app/site";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { useLanguage, useT } from "../../i18n";
import { Markdown } from "../call-taker/Markdown";

/** `/answers/:slug`: a public knowledge-base answer, ending with where to get more help. */
export function AnswerScreen() {
  const { slug = "" } = useParams();
  const t = useT("portal");
  const common = useT("common");
  const { language } = useLanguage();
  const city = useCity();
  const article = usePublicArticle(slug, language);
  useDocumentTitle(article.data?.title ?? common("loading"));
  const phone = city?.phone311 ?? "311";
  if (article.isPending) return <p role="status">{common("loading")}</p>;
  if (article.isError) {
    const missing = (article.error as { status?: number }).status === 404;
    return (
      <div className="usa-prose">
        <h1>{common("notFound")}</h1>
        {missing ? <p>{t("answerNotFound")}</p> : <ErrorAlert error={article.error} />}
        <Link className="usa-link" to="/">
          {common("home")}
        </Link>
      </div>
    );
  }
  const a = article.data;
  const dept = a.department;
  return (
    <article className="usa-prose portal-answer">
      <h1>{a.title}</h1>
      {language !== "en" && !a.translated ? (
        <p className="usa-hint" lang={language}>
          {t("answerNotTranslated")}
        </p>
      ) : null}
      <div lang={a.translated || language === "en" ? language : "en"}>
        <Markdown source={a.publicAnswer} />
      </div>
      {a.services.length > 0 ? (
        <>
          <h2>{t("relatedServices")}</h2>
          <ul>
            {a.services.map((s) => (
              <li key={s.code}>
                <Link className="usa-link" to={`/report/${encodeURIComponent(s.code)}`}>
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {dept ? (
        <>
          <h2>{t("departmentContact")}</h2>
          <p className="text-bold margin-bottom-05">{dept.name}</p>
          <dl className="public-request-facts">
            {dept.phone ? (
              <>
                <dt>{t("phone")}</dt>
                <dd>
                  <a className="usa-link" href={`tel:${dept.phone.replace(/[^\d+]/g, "")}`}>
                    {dept.phone}
                  </a>
                </dd>
              </>
            ) : null}
            {dept.email ? (
              <>
                <dt>{t("email")}</dt>
                <dd>
                  <a className="usa-link" href={`mailto:${dept.email}`}>
                    {dept.email}
                  </a>
                </dd>
              </>
            ) : null}
            {dept.hours ? (
              <>
                <dt>{t("hours")}</dt>
                <dd lang="en">{dept.hours}</dd>
              </>
            ) : null}
            {dept.address ? (
              <>
                <dt>{t("address")}</dt>
                <dd>{dept.address}</dd>
              </>
            ) : null}
          </dl>
        </>
      ) : null}
      <section className="usa-summary-box margin-top-4" aria-labelledby="still-need-help">
        <div className="usa-summary-box__body">
          <h2 className="usa-summary-box__heading" id="still-need-help">
            {t("stillNeedHelp")}
          </h2>
          <p>{t("stillNeedHelpText", { phone })}</p>
          <p className="margin-bottom-0">
            <a className="usa-link" href={`tel:${phone.replace(/[^\d+]/g, "")}`}>
              {common("call311")}
            </a>
            {" · "}
            <Link className="usa-link" to="/report">
              {common("reportProblem")}
            </Link>
          </p>
        </div>
      </section>
    </article>
  );
}
