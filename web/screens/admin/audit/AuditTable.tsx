import { Link } from "react-router";
import type { AuditEntry } from "../../../../common/contracts/audit.js";
import { DateTime } from "../../../components/DateTime";
import { ScrollTable } from "../../../components/ScrollTable";
import { changeText, humanize, objectLink } from "./auditText";

/** The changes, newest first: when, who, what, on which object, and what changed. */
export function AuditTable({ items }: { items: AuditEntry[] }) {
  return (
    <ScrollTable label="Changes">
      <table className="usa-table usa-table--compact usa-table--striped width-full" data-testid="audit-table">
        <caption className="usa-sr-only">Changes, newest first</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Object</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => {
            const link = objectLink(e);
            const object = `${humanize(e.entity)}${e.entityId ? ` ${e.entityId}` : ""}`;
            return (
              <tr key={e.id}>
                <td className="text-no-wrap">
                  <DateTime value={e.at} />
                </td>
                <td>{e.actor.label}</td>
                <th scope="row" className="text-no-wrap">
                  {humanize(e.action)}
                </th>
                <td className="text-no-wrap">
                  {link ? (
                    <Link className="usa-link" to={link}>
                      {object}
                    </Link>
                  ) : (
                    object
                  )}
                </td>
                <td>
                  {e.changes.length > 0 ? (
                    <ul className="usa-list usa-list--unstyled">
                      {e.changes.map((c) => (
                        <li key={c.field}>{changeText(c)}</li>
                      ))}
                    </ul>
                  ) : null}
                  {e.summary ? <span>{e.summary}</span> : null}
                  {e.changes.length === 0 && !e.summary ? "—" : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollTable>
  );
}
