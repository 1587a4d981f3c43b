import { Alert } from "@trussworks/react-uswds";
import { Link, useParams } from "react-router";
import { usePublicServices } from "../../../api/portal";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { LanguageSwitcher, useLanguage, useT } from "../../../i18n";
import { ReportForm } from "./ReportForm";
import { ServiceChooser } from "./ServiceChooser";

/** `/report` and `/report/:service`: a resident reports a problem, keyboard first, in their language. */
export function ReportScreen() {
  const t = useT("report");
  const { language } = useLanguage();
  const { service: code } = useParams();
  const catalog = usePublicServices(language);
  const service = code
    ? catalog.data?.groups.flatMap((g) => g.services).find((s) => s.code === code)
    : undefined;
  useDocumentTitle(service ? `${service.name} – ${t("title")}` : t("title"));

  return (
    <div className="maxw-tablet-lg">
      <div className="display-flex flex-justify flex-align-center flex-wrap">
        <h1 className="margin-bottom-1">{t("title")}</h1>
        <LanguageSwitcher id="report-language-switcher" />
      </div>
      <p className="usa-intro">{t("intro")}</p>
      {catalog.isPending ? <Loading label={t("loadingServices")} /> : null}
      {catalog.error ? (
        <Alert type="error" headingLevel="h2" role="alert">
          {catalog.error.message}
        </Alert>
      ) : null}
      {catalog.data && !code ? <ServiceChooser catalog={catalog.data} /> : null}
      {catalog.data && code && !service ? (
        <Alert type="warning" headingLevel="h2" role="alert">
          {t("unknownService")} <Link to="/report">{t("changeService")}</Link>
        </Alert>
      ) : null}
      {service ? (
        <>
          <h2 id="report-service-heading" className="font-heading-xl margin-bottom-0">
            {service.name}
          </h2>
          {service.description ? <p className="margin-top-1">{service.description}</p> : null}
          <p>
            <Link to="/report">{t("changeService")}</Link>
          </p>
          <ReportForm key={service.code} service={service} />
        </>
      ) : null}
    </div>
  );
}
