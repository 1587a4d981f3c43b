import { Alert } from "@trussworks/react-uswds";
import { useEffect, useMemo, useRef, useState } from "react";
import { Link, useLocation, useNavigate, useSearchParams } from "react-router";
import { type PeopleFilters, peopleFiltersFromSearch, usePeople } from "../../../api/adminPeople";
import { toQueryString } from "../../../api/client";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";
import { PeopleFilterForm } from "./PeopleFilterForm";
import { PeopleTable } from "./PeopleTable";

/** State carried from the editor back to the list: what was just done, announced once. */
export interface PeopleLinkState {
  saved?: string;
}

/** The message the editor left on its way back, shown once and focused so it is heard. */
function SavedMessage() {
  const location = useLocation();
  const navigate = useNavigate();
  const [message] = useState((location.state as PeopleLinkState | null)?.saved ?? "");
  const box = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the screen opens with a message
  useEffect(() => {
    if (!message) return;
    box.current?.focus();
    // Forget it, so a reload or going back does not claim a second save.
    void navigate({ search: location.search }, { replace: true, state: null });
  }, [message]);
  if (!message) return null;
  return (
    <div ref={box} tabIndex={-1}>
      <Alert type="success" headingLevel="h3" slim role="status" className="margin-y-2">
        {message}
      </Alert>
    </div>
  );
}

function PeopleList() {
  useDocumentTitle("People");
  const [searchParams, setSearchParams] = useSearchParams();
  const searchKey = searchParams.toString();
  const filters = useMemo(() => peopleFiltersFromSearch(new URLSearchParams(searchKey)), [searchKey]);
  const people = usePeople(filters);
  const apply = (next: PeopleFilters) => setSearchParams(toQueryString({ ...next }));
  const count = people.data?.length ?? 0;
  return (
    <>
      <div className="usa-prose">
        <h2>People</h2>
        <p>
          Staff accounts: who may sign in, in which role, and for which departments. Deactivating someone ends
          their sessions at once.
        </p>
      </div>
      <SavedMessage />
      <p>
        <Link className="usa-button" to="/staff/admin/people/new">
          Add a person
        </Link>
      </p>
      <PeopleFilterForm key={searchKey} filters={filters} onApply={apply} />
      <section aria-labelledby="people-list-heading" className="margin-top-4">
        <h3 id="people-list-heading">Staff accounts</h3>
        {people.isLoading ? <Loading label="Loading staff accounts…" /> : null}
        {people.isError ? <ErrorAlert error={people.error} /> : null}
        {people.data ? (
          <p role="status" className="text-base-dark">
            {count === 1 ? "1 person" : `${count} people`}
          </p>
        ) : null}
        {count ? <PeopleTable items={people.data ?? []} /> : null}
      </section>
    </>
  );
}

/** `/staff/admin/people`: every staff account, with filters (administrators only). */
export function PeopleScreen() {
  return (
    <AdminOnly>
      <PeopleList />
    </AdminOnly>
  );
}
