import { Button, Fieldset, FileInput, Radio, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { useUploadDistricts } from "../../../api/adminRouting";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { ErrorSummary } from "../../knowledge-base/ErrorSummary";
import { FormField } from "../../knowledge-base/FormField";
import { type Problem, problemOf, problemsFrom } from "../../knowledge-base/problems";

const MAX_BYTES = 5 * 1024 * 1024;

/** Uploads a GeoJSON file of district polygons; the server names any bad feature by its index. */
export function DistrictUpload({ onDone }: { onDone: (message: string) => void }) {
  const upload = useUploadDistricts();
  const [file, setFile] = useState<File | null>(null);
  const [codeProperty, setCodeProperty] = useState("code");
  const [nameProperty, setNameProperty] = useState("name");
  const [mode, setMode] = useState<"add" | "replace">("add");
  const [local, setLocal] = useState<Problem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const server = problemsFrom(upload.isError ? upload.error : null, (field, message) => {
    if (field.startsWith("geojson")) {
      const feature = /features\[(\d+)\]/.exec(field)?.[1];
      return {
        field: "file",
        target: "district-file",
        text: feature === undefined ? `The file ${message}` : `Feature ${feature} ${message}`,
      };
    }
    if (field === "codeProperty" || field === "nameProperty")
      return { field, target: `district-${field}`, text: `The property ${message}` };
    return null;
  });
  const problems = local.length ? local : server;
  const fileProblems = problems.filter((p) => p.field === "file");

  const fail = (text: string) => {
    setLocal([{ field: "file", target: "district-file", text }]);
    setAttempt((n) => n + 1);
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (upload.isPending) return;
    setLocal([]);
    if (!file) return fail("Choose a GeoJSON file to upload");
    if (file.size > MAX_BYTES) return fail("The file is larger than 5 MB; simplify the shapes and try again");
    let geojson: unknown;
    try {
      geojson = JSON.parse(await file.text());
    } catch {
      return fail("The file is not valid JSON; is it a GeoJSON file?");
    }
    upload.mutate(
      { geojson, codeProperty, nameProperty, mode },
      {
        onSuccess: (r) =>
          onDone(
            `Districts loaded: ${r.added.length} added, ${r.updated.length} updated${r.retired.length ? `, ${r.retired.length} retired (${r.retired.join(", ")})` : ""}.`,
          ),
        onError: () => setAttempt((n) => n + 1),
      },
    );
  };

  return (
    <form className="usa-form maxw-tablet" onSubmit={onSubmit} noValidate aria-labelledby="upload-heading">
      <h3 id="upload-heading">Upload districts</h3>
      <ErrorSummary problems={problems} attempt={attempt} />
      {upload.isError && !server.length ? <ErrorAlert error={upload.error} /> : null}
      <FormField
        id="district-file"
        label="GeoJSON file"
        hint="A FeatureCollection of Polygon or MultiPolygon features in longitude, latitude (WGS 84), up to 500 features and 5 MB."
        problem={
          fileProblems[0]
            ? { ...fileProblems[0], text: fileProblems.map((p) => p.text).join(". ") }
            : undefined
        }
      >
        {(w) => (
          <FileInput
            id={w.id}
            name="file"
            accept=".geojson,.json,application/geo+json,application/json"
            aria-describedby={w["aria-describedby"]}
            aria-invalid={w["aria-invalid"]}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </FormField>
      <FormField
        id="district-codeProperty"
        label="Property holding the district's code"
        hint="Stored on each request and named by routing rules. If a feature lacks it, its name is used."
        problem={problemOf(problems, "codeProperty")}
      >
        {(w) => (
          <TextInput
            {...w}
            name="codeProperty"
            type="text"
            value={codeProperty}
            onChange={(e) => setCodeProperty(e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id="district-nameProperty"
        label="Property holding the district's name"
        problem={problemOf(problems, "nameProperty")}
      >
        {(w) => (
          <TextInput
            {...w}
            name="nameProperty"
            type="text"
            value={nameProperty}
            onChange={(e) => setNameProperty(e.target.value)}
          />
        )}
      </FormField>
      <Fieldset legend="Districts not in the file">
        <Radio
          id="mode-add"
          name="mode"
          label="Keep them"
          checked={mode === "add"}
          onChange={() => setMode("add")}
        />
        <Radio
          id="mode-replace"
          name="mode"
          label="Retire them (the file replaces the city's districts)"
          checked={mode === "replace"}
          onChange={() => setMode("replace")}
        />
      </Fieldset>
      <Button type="submit" className="margin-top-2" aria-disabled={upload.isPending}>
        {upload.isPending ? "Uploading…" : "Upload districts"}
      </Button>
    </form>
  );
}
