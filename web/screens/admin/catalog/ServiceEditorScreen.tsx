import { Button } from "@trussworks/react-uswds";
import { Link, useNavigate, useParams } from "react-router";
import type { AdminService } from "../../../../common/contracts/admin-catalog.js";
import { useAdminService, useSetActive } from "../../../api/adminCatalog";
import { ApiError } from "../../../api/client";
import { NotFound } from "../../../app/RouteError";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";
import { ServiceForm } from "./ServiceForm";

function Editor() {
  const { code } = useParams();
  const navigate = useNavigate();
  const service = useAdminService(code);
  const setActive = useSetActive("services");
  const isNew = code === undefined;
  useDocumentTitle(isNew ? "Add a service" : service.data ? `Edit ${service.data.name}` : "Edit service");
  if (service.error instanceof ApiError && service.error.status === 404) return <NotFound level="h2" />;
  const onSaved = (s: AdminService) =>
    void navigate("/staff/admin/services", {
      state: { saved: `“${s.name}” is ${isNew ? "added" : "saved"}.` },
    });
  return (
    <>
      <p className="margin-top-2 margin-bottom-0">
        <Link className="usa-link" to="/staff/admin/services">
          Back to the service catalog
        </Link>
      </p>
      <h2>{isNew ? "Add a service" : `Edit ${service.data?.name ?? "service"}`}</h2>
      {service.isLoading ? <Loading label="Loading the service…" /> : null}
      {service.isError ? <ErrorAlert error={service.error} /> : null}
      {service.data ? (
        <div className="margin-bottom-2">
          <p>
            {service.data.active
              ? "Active: operators and residents can choose it."
              : "Retired: no new requests; its old requests keep it."}
          </p>
          {setActive.error ? <ErrorAlert error={setActive.error} /> : null}
          <Button
            type="button"
            secondary={service.data.active}
            onClick={() => setActive.mutate({ code: service.data.code, active: !service.data.active })}
            disabled={setActive.isPending}
          >
            {service.data.active ? "Retire this service" : "Restore this service"}
          </Button>
        </div>
      ) : null}
      {isNew || service.data ? (
        <ServiceForm key={service.data?.code ?? "new"} service={service.data} onSaved={onSaved} />
      ) : null}
    </>
  );
}

/** `/staff/admin/services/new` and `/staff/admin/services/:code`: the service editor, administrators only. */
export function ServiceEditorScreen() {
  return (
    <AdminOnly>
      <Editor />
    </AdminOnly>
  );
}
