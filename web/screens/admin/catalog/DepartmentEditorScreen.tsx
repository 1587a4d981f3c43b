import { Button } from "@trussworks/react-uswds";
import { Link, useNavigate, useParams } from "react-router";
import { useAdminDepartments, useSaveDepartment, useSetActive } from "../../../api/adminCatalog";
import { NotFound } from "../../../app/RouteError";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";
import { DirectoryForm, type FieldSpec } from "./DirectoryForm";

const FIELDS: FieldSpec[] = [
  { name: "name", label: "Name" },
  { name: "code", label: "Code", hint: "Lowercase letters, digits, - or _; cannot change later." },
  { name: "description", label: "What they handle", optional: true, long: true },
  { name: "phone", label: "Phone", optional: true },
  {
    name: "transferPhone",
    label: "Transfer number",
    optional: true,
    hint: "Where operators transfer callers.",
  },
  { name: "email", label: "Email", optional: true },
  { name: "hours", label: "Hours", optional: true, hint: "As callers are told, e.g. Mon–Fri 8:30–4:30." },
  { name: "address", label: "Address", optional: true },
  { name: "webUrl", label: "Web page", optional: true, hint: "Starting with https://" },
  {
    name: "callerScript",
    label: "Caller script",
    optional: true,
    long: true,
    hint: "What operators say when handing over.",
  },
];

function Editor() {
  const { code } = useParams();
  const navigate = useNavigate();
  const departments = useAdminDepartments();
  const save = useSaveDepartment(code);
  const setActive = useSetActive("departments");
  const department = code === undefined ? undefined : departments.data?.find((d) => d.code === code);
  useDocumentTitle(code === undefined ? "Add a department" : `Edit ${department?.name ?? "department"}`);
  if (code !== undefined && departments.data && !department) return <NotFound level="h2" />;
  return (
    <>
      <p className="margin-top-2 margin-bottom-0">
        <Link className="usa-link" to="/staff/admin/departments">
          Back to departments and agencies
        </Link>
      </p>
      <h2>{code === undefined ? "Add a department" : `Edit ${department?.name ?? "department"}`}</h2>
      {departments.isLoading ? <Loading label="Loading the department…" /> : null}
      {departments.isError ? <ErrorAlert error={departments.error} /> : null}
      {department ? (
        <div className="margin-bottom-2">
          <p>
            {department.active
              ? "Active."
              : "Retired: it keeps its history but receives no new services or requests."}{" "}
            {department.services.filter((s) => s.active).length} active service(s) belong to it.
          </p>
          {setActive.error ? <ErrorAlert error={setActive.error} /> : null}
          <Button
            type="button"
            secondary={department.active}
            disabled={setActive.isPending}
            onClick={() => setActive.mutate({ code: department.code, active: !department.active })}
          >
            {department.active ? "Retire this department" : "Restore this department"}
          </Button>
        </div>
      ) : null}
      {code === undefined || department ? (
        <DirectoryForm
          key={department?.code ?? "new"}
          kind="department"
          fields={FIELDS}
          initial={department ?? {}}
          initialTranslations={department?.translations ?? {}}
          isNew={code === undefined}
          pending={save.isPending}
          error={save.error}
          submitLabel={code === undefined ? "Add the department" : "Save the department"}
          onSubmit={(values, translations) =>
            save.mutate(
              { ...(values as { code: string; name: string }), translations },
              {
                onSuccess: (d) =>
                  void navigate("/staff/admin/departments", { state: { saved: `“${d.name}” is saved.` } }),
              },
            )
          }
        />
      ) : null}
    </>
  );
}

/** `/staff/admin/departments/new` and `…/:code`: a department's details, administrators only. */
export function DepartmentEditorScreen() {
  return (
    <AdminOnly>
      <Editor />
    </AdminOnly>
  );
}
