import { Button, Table } from "@trussworks/react-uswds";
import { useState } from "react";
import { Link } from "react-router";
import type { RoutingRule } from "../../../../common/contracts/routing.js";
import { useDeleteRule, useReorderRules, useRoutingRules } from "../../../api/adminRouting";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";
import { ConfirmDelete } from "./ConfirmDelete";
import { RoutingTester } from "./RoutingTester";
import { RuleForm } from "./RuleForm";
import { StatusMessage } from "./StatusMessage";

/** Administrators order the routing rules, add, edit and delete them, and try them with the tester. */
export function RoutingScreen() {
  useDocumentTitle("Routing rules");
  return (
    <AdminOnly>
      <p className="margin-top-2 margin-bottom-0">
        <Link className="usa-link" to="/staff/admin">
          Back to administration
        </Link>
      </p>
      <div className="usa-prose">
        <h2>Routing rules</h2>
        <p>
          A new request goes to its service's own department unless a rule says otherwise. Of the rules that
          match its service, district and priority, the most specific wins (district and priority, then
          district, then priority, then the service alone); among equally specific rules, the one higher in
          this list wins. Districts come from the{" "}
          <Link className="usa-link" to="/staff/admin/districts">
            district polygons
          </Link>
          , or the address's ward where no polygon covers the place.
        </p>
      </div>
      <Rules />
      <RoutingTester />
    </AdminOnly>
  );
}

function Rules() {
  const rules = useRoutingRules();
  const reorder = useReorderRules();
  const remove = useDeleteRule();
  const [editing, setEditing] = useState<number | null>(null);
  const [message, setMessage] = useState("");
  const items = rules.data ?? [];

  const move = (index: number, by: -1 | 1) => {
    const ids = items.map((r) => r.id);
    const [id] = ids.splice(index, 1);
    ids.splice(index + by, 0, id!);
    reorder.mutate(ids, { onSuccess: () => setMessage(`Rule moved to place ${index + by + 1}.`) });
  };
  const describe = (r: RoutingRule) =>
    `${r.serviceName}, ${r.district ?? "any district"}, ${r.priority ?? "any priority"}`;

  return (
    <section aria-labelledby="rules-heading">
      <h3 id="rules-heading">Rules in order</h3>
      <StatusMessage message={message} />
      {rules.isPending ? <Loading label="Loading rules…" /> : null}
      {rules.isError ? <ErrorAlert error={rules.error} /> : null}
      {reorder.isError ? <ErrorAlert error={reorder.error} /> : null}
      {remove.isError ? <ErrorAlert error={remove.error} /> : null}
      {rules.data && items.length === 0 ? (
        <p>No rules: every request goes to its service's department.</p>
      ) : null}
      {items.length ? (
        <Table fullWidth stackedStyle="headers" caption="Routing rules, first to last">
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Service</th>
              <th scope="col">District</th>
              <th scope="col">Priority</th>
              <th scope="col">Department</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {items.map((r, i) => (
              <tr key={r.id}>
                <td data-label="Place">{i + 1}</td>
                <th scope="row" data-label="Service">
                  {r.serviceName}
                </th>
                <td data-label="District">{r.district ?? "Any"}</td>
                <td data-label="Priority">{r.priority ?? "Any"}</td>
                <td data-label="Department">{r.departmentName}</td>
                <td data-label="Actions">
                  <ul className="usa-button-group">
                    <li className="usa-button-group__item">
                      <Button
                        type="button"
                        unstyled
                        disabled={i === 0 || reorder.isPending}
                        onClick={() => move(i, -1)}
                        aria-label={`Move up: ${describe(r)}`}
                      >
                        Move up
                      </Button>
                    </li>
                    <li className="usa-button-group__item">
                      <Button
                        type="button"
                        unstyled
                        disabled={i === items.length - 1 || reorder.isPending}
                        onClick={() => move(i, 1)}
                        aria-label={`Move down: ${describe(r)}`}
                      >
                        Move down
                      </Button>
                    </li>
                    <li className="usa-button-group__item">
                      <Button
                        type="button"
                        unstyled
                        onClick={() => setEditing(r.id)}
                        aria-label={`Edit: ${describe(r)}`}
                      >
                        Edit
                      </Button>
                    </li>
                    <li className="usa-button-group__item">
                      <ConfirmDelete
                        what={`rule: ${describe(r)}`}
                        onConfirm={() =>
                          remove.mutate(r.id, {
                            onSuccess: () => setMessage(`Rule deleted: ${describe(r)}.`),
                          })
                        }
                      />
                    </li>
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : null}
      {editing !== null && items.some((r) => r.id === editing) ? (
        <>
          <h3>Edit rule</h3>
          <RuleForm
            key={editing}
            rule={items.find((r) => r.id === editing)}
            onDone={(m) => {
              setEditing(null);
              if (m) setMessage(m);
            }}
          />
        </>
      ) : (
        <>
          <h3>Add a rule</h3>
          <RuleForm onDone={setMessage} />
        </>
      )}
    </section>
  );
}
