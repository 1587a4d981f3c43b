import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { PersonSummary, PersonWithPassword } from "../../../../common/contracts/people.js";
import { ROLE_LABELS } from "../../../../common/roles.js";
import { usePerson } from "../../../api/adminPeople";
import { ApiError } from "../../../api/client";
import { NotFound } from "../../../app/RouteError";
import { useCurrentSession } from "../../../app/session-context";
import { DateTime } from "../../../components/DateTime";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";
import { OneTimePassword } from "./OneTimePassword";
import type { PeopleLinkState } from "./PeopleScreen";
import { PersonAccountActions } from "./PersonAccountActions";
import { PersonForm } from "./PersonForm";

const BACK = "/staff/admin/people";

function BackLink() {
  return (
    <p className="margin-top-2 margin-bottom-0">
      <Link className="usa-link" to={BACK}>
        Back to people
      </Link>
    </p>
  );
}

function NewPerson() {
  useDocumentTitle("Add a person");
  const navigate = useNavigate();
  // The generated password lives only in this screen's state: shown once, gone when it is left.
  const [created, setCreated] = useState<PersonWithPassword | null>(null);
  const onCreated = (result: PersonWithPassword) => {
    const saved = `${result.person.name} is added as ${ROLE_LABELS[result.person.role].toLowerCase()}.`;
    if (!result.temporaryPassword) {
      const state: PeopleLinkState = { saved };
      void navigate(BACK, { state });
      return;
    }
    setCreated(result);
  };
  return (
    <>
      <BackLink />
      <h2>Add a person</h2>
      {created?.temporaryPassword ? (
        <OneTimePassword heading={`${created.person.name} is added`} password={created.temporaryPassword}>
          <p className="margin-bottom-0">
            <Link className="usa-link" to={`${BACK}/${created.person.id}`}>
              See {created.person.name}'s account
            </Link>{" "}
            or{" "}
            <Link className="usa-link" to={BACK}>
              go back to people
            </Link>
            .
          </p>
        </OneTimePassword>
      ) : (
        <PersonForm onCreated={onCreated} />
      )}
    </>
  );
}

function EditPerson() {
  const { user } = useCurrentSession();
  const params = useParams();
  const navigate = useNavigate();
  const id = Number(params.id);
  const validId = Number.isInteger(id) && id > 0;
  const person = usePerson(validId ? id : undefined);
  useDocumentTitle(person.data ? person.data.name : "Person");
  if (!validId || (person.error instanceof ApiError && person.error.status === 404))
    return <NotFound level="h2" />;
  const onSaved = (saved: PersonSummary) => {
    const state: PeopleLinkState = { saved: `${saved.name}'s account is saved.` };
    void navigate(BACK, { state });
  };
  const p = person.data;
  return (
    <>
      <BackLink />
      <h2>{p ? p.name : "Person"}</h2>
      {person.isLoading ? <Loading label="Loading the account…" /> : null}
      {person.isError ? <ErrorAlert error={person.error} /> : null}
      {p ? (
        <>
          <p className="text-base-dark">
            {p.active ? "Active" : "Deactivated"}. Last sign-in:{" "}
            {p.lastSignInAt ? <DateTime value={p.lastSignInAt} /> : "never"}. Created{" "}
            <DateTime value={p.createdAt} />.
          </p>
          <section aria-labelledby="person-details-heading">
            <h3 id="person-details-heading">Details</h3>
            {/* Keyed by id only: a refetch after an action must not reset what is being typed. */}
            <PersonForm key={p.id} person={p} onSaved={onSaved} />
          </section>
          <PersonAccountActions person={p} isSelf={p.id === user.id} />
        </>
      ) : null}
    </>
  );
}

/** `/staff/admin/people/new`: a new staff account (administrators only). */
export function NewPersonScreen() {
  return (
    <AdminOnly>
      <NewPerson />
    </AdminOnly>
  );
}

/** `/staff/admin/people/:id`: edit an account, deactivate or reactivate it, reset its password. */
export function EditPersonScreen() {
  return (
    <AdminOnly>
      <EditPerson />
    </AdminOnly>
  );
}
