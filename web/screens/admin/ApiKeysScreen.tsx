import { NotFound } from "../../app/RouteError";
import { useCurrentSession } from "../../app/session-context";
import { useDocumentTitle } from "../../components/useDocumentTitle";
import { ApiKeyTable } from "./ApiKeyTable";
import { CreateApiKeyForm } from "./CreateApiKeyForm";

/** Administrators create, list, edit and revoke the API keys of Open311 clients; other roles find no page here. */
export function ApiKeysScreen() {
  useDocumentTitle("API keys");
  const { user } = useCurrentSession();
  if (user.role !== "admin") return <NotFound level="h2" />;
  return (
    <>
      <div className="usa-prose">
        <h2>API keys</h2>
        <p>
          Apps and partner systems use an API key to report and look up requests through the city's Open311
          API. Give each client its own key, so you can change its limit or revoke it without touching the
          others. Every change is recorded in the audit log.
        </p>
      </div>
      <CreateApiKeyForm />
      <ApiKeyTable />
    </>
  );
}
