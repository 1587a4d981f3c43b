import { Button, Table, Tag, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import type { DistrictSummary } from "../../../../common/contracts/routing.js";
import { useDistricts, useUpdateDistrict } from "../../../api/adminRouting";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";
import { DistrictUpload } from "./DistrictUpload";
import { StatusMessage } from "./StatusMessage";

/** Administrators upload district polygons, rename, retire and restore them. */
export function DistrictsScreen() {
  useDocumentTitle("Districts");
  const districts = useDistricts();
  const [message, setMessage] = useState("");
  return (
    <AdminOnly>
      <p className="margin-top-2 margin-bottom-0">
        <Link className="usa-link" to="/staff/admin">
          Back to administration
        </Link>
      </p>
      <div className="usa-prose">
        <h2>Districts</h2>
        <p>
          A new request's district is the code of the active polygon containing its location; where no polygon
          covers it, the ward of its address. Routing rules, the work queue and reports use that district.
          Retired districts stay on the requests that have them.
        </p>
      </div>
      <StatusMessage message={message} />
      {districts.isPending ? <Loading label="Loading districts…" /> : null}
      {districts.isError ? <ErrorAlert error={districts.error} /> : null}
      {districts.data ? <DistrictTable items={districts.data.items} onDone={setMessage} /> : null}
      {districts.data?.addressWards.length ? (
        <p>
          Wards of the address list: {districts.data.addressWards.join(", ")}.{" "}
          <Link className="usa-link" to="/staff/admin/routing">
            Routing rules
          </Link>
        </p>
      ) : null}
      <DistrictUpload onDone={setMessage} />
    </AdminOnly>
  );
}

function DistrictTable({ items, onDone }: { items: DistrictSummary[]; onDone: (m: string) => void }) {
  const update = useUpdateDistrict();
  const [renaming, setRenaming] = useState<string | null>(null);
  if (!items.length) return <p>No district polygons yet: requests take the ward of their address.</p>;
  return (
    <>
      {update.isError ? <ErrorAlert error={update.error} /> : null}
      <Table fullWidth stackedStyle="headers" caption="District polygons">
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Name</th>
            <th scope="col">Shape</th>
            <th scope="col">Status</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.code}>
              <th scope="row" data-label="Code">
                {d.code}
              </th>
              <td data-label="Name">
                {renaming === d.code ? (
                  <RenameForm
                    district={d}
                    onDone={(m) => {
                      setRenaming(null);
                      if (m) onDone(m);
                    }}
                  />
                ) : (
                  d.name
                )}
              </td>
              <td data-label="Shape">
                {d.polygonCount} polygon{d.polygonCount === 1 ? "" : "s"}, {d.vertexCount} points
              </td>
              <td data-label="Status">
                {d.active ? <Tag className="bg-green">Active</Tag> : <Tag>Retired</Tag>}
              </td>
              <td data-label="Actions">
                <ul className="usa-button-group">
                  <li className="usa-button-group__item">
                    <Button
                      type="button"
                      unstyled
                      onClick={() => setRenaming(d.code)}
                      aria-label={`Rename ${d.name}`}
                    >
                      Rename
                    </Button>
                  </li>
                  <li className="usa-button-group__item">
                    <Button
                      type="button"
                      unstyled
                      aria-label={`${d.active ? "Retire" : "Restore"} ${d.name}`}
                      onClick={() =>
                        update.mutate(
                          { code: d.code, active: !d.active },
                          { onSuccess: () => onDone(`${d.name} ${d.active ? "retired" : "restored"}.`) },
                        )
                      }
                    >
                      {d.active ? "Retire" : "Restore"}
                    </Button>
                  </li>
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}

function RenameForm({ district, onDone }: { district: DistrictSummary; onDone: (m: string) => void }) {
  const update = useUpdateDistrict();
  const [name, setName] = useState(district.name);
  const id = `rename-${district.code}`;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ code: district.code, name }, { onSuccess: () => onDone(`Renamed to ${name.trim()}.`) });
  };
  return (
    <form onSubmit={onSubmit} noValidate>
      <label className="usa-sr-only" htmlFor={id}>
        New name of {district.code}
      </label>
      {update.isError ? <ErrorAlert error={update.error} /> : null}
      <TextInput
        id={id}
        name="name"
        type="text"
        value={name}
        autoFocus
        onChange={(e) => setName(e.target.value)}
      />
      <Button type="submit" className="margin-top-1">
        Save name
      </Button>
      <Button type="button" outline className="margin-top-1" onClick={() => onDone("")}>
        Cancel
      </Button>
    </form>
  );
}
