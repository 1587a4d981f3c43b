import { Button } from "@trussworks/react-uswds";
import { Link, useNavigate, useParams } from "react-router";
import { useAdminAgencies, useSaveAgency, useSetActive } from "../../../api/adminCatalog";
import { NotFound } from "../../../app/RouteError";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";
import { DirectoryForm, type FieldSpec } from "./DirectoryForm";

const FIELDS: FieldSpec[] = [
  { name: "name", label: "Name" },
  { name: "code", label: "Code", hint: "Lowercase letters, digits, - or _; cannot change later." },
  {
    name: "handles",
    label: "What they handle",
    optional: true,
    long: true,
    hint: "So operators know when to refer callers.",
  },
  { name: "phone", label: "Phone", optional: true },
  { name: "hours", label: "Hours", optional: true },
  { name: "address", label: "Address", optional: true },
  { name: "webUrl", label: "Web page", optional: true, hint: "Starting with https://" },
  {
    name: "callerScript",
    label: "Caller script",
    optional: true,
    long: true,
    hint: "What operators tell callers they refer.",
  },
];

function Editor() {
  const { code } = useParams();
  const navigate = useNavigate();
  const list = useAdminAgencies();
  const save = useSaveAgency(code);
  const setActive = useSetActive("agencies");
  const agency = code === undefined ? undefined : list.data?.find((d) => d.code === code);
  useDocumentTitle(code === undefined ? "Add an agency" : `Edit ${agency?.name ?? "agency"}`);
  if (code !== undefined && list.data && !agency) return <NotFound level="h2" />;
  return (
    <>
      <p className="margin-top-2 margin-bottom-0">
        <Link className="usa-link" to="/staff/admin/departments">
          Back to departments and agencies
        </Link>
      </p>
      <h2>{code === undefined ? "Add an agency" : `Edit ${agency?.name ?? "agency"}`}</h2>
      {list.isLoading ? <Loading label="Loading the agency…" /> : null}
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      {agency ? (
        <div className="margin-bottom-2">
          <p>
            {agency.active
              ? "Active: operators can refer callers to it."
              : "Retired: operators no longer see it."}
          </p>
          {setActive.error ? <ErrorAlert error={setActive.error} /> : null}
          <Button
            type="button"
            secondary={agency.active}
            disabled={setActive.isPending}
            onClick={() => setActive.mutate({ code: agency.code, active: !agency.active })}
          >
            {agency.active ? "Retire this agency" : "Restore this agency"}
          </Button>
        </div>
      ) : null}
      {code === undefined || agency ? (
        <DirectoryForm
          key={agency?.code ?? "new"}
          kind="agency"
          fields={FIELDS}
          initial={agency ?? {}}
          isNew={code === undefined}
          pending={save.isPending}
          error={save.error}
          submitLabel={code === undefined ? "Add the agency" : "Save the agency"}
          onSubmit={(values) =>
            save.mutate(values as { code: string; name: string }, {
              onSuccess: (d) =>
                void navigate("/staff/admin/departments", { state: { saved: `“${d.name}” is saved.` } }),
            })
          }
        />
      ) : null}
    </>
  );
}

/** `/staff/admin/agencies/new` and `…/:code`: an agency's details, administrators only. */
export function AgencyEditorScreen() {
  return (
    <AdminOnly>
      <Editor />
    </AdminOnly>
  );
}
