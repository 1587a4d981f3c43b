import { Alert, Button, Label, Textarea } from "@trussworks/react-uswds";
import { type ChangeEvent, useState } from "react";
import type { ConfigImportResult, ConfigPreview } from "../../../../common/contracts/config.js";
import { CONFIG_EXPORT_URL, useImportConfiguration, usePreviewConfiguration } from "../../../api/adminConfig";
import { errorMessage } from "../../../api/client";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { AdminOnly } from "../AdminOnly";
import { FocusBox } from "../people/FocusBox";
import { ConfigChanges } from "./ConfigChanges";

/** Download the city's configuration as city.yaml; upload or paste one, preview its changes, apply them. */
export function ConfigurationScreen() {
  useDocumentTitle("Configuration file");
  return (
    <AdminOnly>
      <ConfigurationFile />
    </AdminOnly>
  );
}

function ConfigurationFile() {
  const [text, setText] = useState("");
  const [preview, setPreview] = useState<{ result: ConfigPreview; yaml: string } | null>(null);
  const [applied, setApplied] = useState<ConfigImportResult | null>(null);
  const previewing = usePreviewConfiguration();
  const importing = useImportConfiguration();

  const changeText = (next: string) => {
    setText(next);
    // A preview describes the text it was made from; editing the text makes it stale.
    setPreview(null);
    setApplied(null);
    importing.reset();
  };
  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) changeText(await file.text());
  };
  const runPreview = () => {
    setApplied(null);
    importing.reset();
    previewing.mutate(text, { onSuccess: (result) => setPreview({ result, yaml: text }) });
  };
  const apply = () => {
    if (!preview?.result.ok) return;
    importing.mutate(
      { yaml: preview.yaml, fingerprint: preview.result.fingerprint },
      {
        onSuccess: (result) => {
          setApplied(result);
          setPreview(null);
        },
      },
    );
  };

  return (
    <>
      <div className="usa-prose">
        <h2>Configuration file</h2>
        <p>
          The city's whole configuration — settings, departments, agencies, holidays, services and their
          questions, routing rules, districts and synonyms — as one YAML file. Keep it in version control, or
          use it to stand up a test copy. Staff accounts, API keys, articles and requests are not in it.
        </p>
        <p>
          <a className="usa-button usa-button--outline" href={CONFIG_EXPORT_URL} download="city.yaml">
            Download the configuration (city.yaml)
          </a>
        </p>
        <h3>Import a configuration file</h3>
        <p>
          Nothing changes until you have seen the changes and chosen to apply them. Departments, agencies,
          services and districts the file leaves out are retired, not deleted.
        </p>
      </div>
      <form
        className="maxw-tablet"
        onSubmit={(event) => {
          event.preventDefault();
          runPreview();
        }}
      >
        <Label htmlFor="config-file">Choose a configuration file</Label>
        <span className="usa-hint" id="config-file-hint">
          A .yaml file, such as one downloaded here.
        </span>
        <input
          id="config-file"
          className="usa-file-input maxw-full"
          type="file"
          accept=".yaml,.yml,text/yaml"
          aria-describedby="config-file-hint"
          onChange={chooseFile}
        />
        <Label htmlFor="config-text">Or paste the file's text</Label>
        <Textarea
          id="config-text"
          name="config-text"
          className="maxw-full font-mono-2xs"
          rows={12}
          spellCheck={false}
          value={text}
          onChange={(event) => changeText(event.target.value)}
        />
        <Button type="submit" className="margin-top-2" disabled={previewing.isPending || text.trim() === ""}>
          {previewing.isPending ? "Checking…" : "Preview changes"}
        </Button>
      </form>
      {previewing.isError ? (
        <Alert type="error" headingLevel="h3" heading="Could not preview the file" className="margin-y-2">
          {errorMessage(previewing.error)}
        </Alert>
      ) : null}
      {preview ? (
        <PreviewResult result={preview.result} onApply={apply} applying={importing.isPending} />
      ) : null}
      {importing.isError ? (
        <FocusBox testId="config-import-error">
          <Alert type="error" headingLevel="h3" heading="Nothing was changed" className="margin-y-2">
            {errorMessage(importing.error)}
          </Alert>
        </FocusBox>
      ) : null}
      {applied ? (
        <FocusBox testId="config-applied">
          <Alert type="success" headingLevel="h3" heading="Configuration imported" className="margin-y-2">
            {applied.changes.length === 0
              ? "There was nothing to change."
              : `Applied ${applied.changes.length} change${applied.changes.length === 1 ? "" : "s"}. They are in effect now and in the audit log.`}
          </Alert>
        </FocusBox>
      ) : null}
    </>
  );
}

function PreviewResult(props: { result: ConfigPreview; onApply: () => void; applying: boolean }) {
  const { result } = props;
  if (!result.ok) {
    return (
      <FocusBox testId="config-problems">
        <Alert
          type="error"
          headingLevel="h3"
          heading="The file has problems; nothing was changed"
          className="margin-y-2"
        >
          <ul className="usa-list margin-bottom-0">
            {result.problems.map((p) => (
              <li key={`${p.path}-${p.message}`} className="text-break-word">
                <span className="font-mono-2xs">{p.path}</span>
                {p.line !== null ? ` (line ${p.line})` : ""}: {p.message}
              </li>
            ))}
          </ul>
        </Alert>
      </FocusBox>
    );
  }
  return (
    <FocusBox testId="config-preview">
      <div className="usa-prose margin-y-2">
        <h3>Changes in this file</h3>
        <ConfigChanges changes={result.changes} />
        {result.changes.length > 0 ? (
          <Button type="button" onClick={props.onApply} disabled={props.applying}>
            {props.applying ? "Applying…" : "Apply these changes"}
          </Button>
        ) : null}
      </div>
    </FocusBox>
  );
}
