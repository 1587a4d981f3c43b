import { Alert, Button, ErrorMessage, FormGroup, Label } from "@trussworks/react-uswds";
import { useRef, useState } from "react";
import { MAX_LOGO_BYTES } from "../../../../common/contracts/city.js";
import { useRemoveLogo, useUploadLogo } from "../../../api/adminCity";
import { errorMessage } from "../../../api/client";

/**
 * The portal's logo: upload (saved at once, apart from the rest of the form) with a preview, and remove.
 * The server checks the file by its content; the size is checked here too so a large file is refused early.
 */
export function LogoPanel({ logoUrl, cityName }: { logoUrl: string | null; cityName: string }) {
  const upload = useUploadLogo();
  const remove = useRemoveLogo();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [localProblem, setLocalProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const problem = localProblem ?? (upload.isError ? errorMessage(upload.error) : null);

  const choose = (chosen: File | null) => {
    setDone(null);
    upload.reset();
    setFile(chosen);
    setLocalProblem(
      chosen && chosen.size > MAX_LOGO_BYTES
        ? `The logo is ${Math.ceil(chosen.size / 1024)} KB; use an image of at most ${MAX_LOGO_BYTES / 1024} KB.`
        : null,
    );
  };

  const onUpload = () => {
    if (!file) {
      setLocalProblem("Choose an image file for the logo.");
      input.current?.focus();
      return;
    }
    if (localProblem) return input.current?.focus();
    upload.mutate(file, {
      onSuccess: () => {
        setDone("The new logo is on the portal.");
        setFile(null);
        if (input.current) input.current.value = "";
      },
      onError: () => input.current?.focus(),
    });
  };

  const onRemove = () => {
    setDone(null);
    remove.mutate(undefined, {
      onSuccess: () => setDone("The logo was removed; the portal shows the city's name."),
    });
  };

  return (
    <div className="margin-top-3">
      <p className="text-bold margin-bottom-1">Logo</p>
      {logoUrl ? (
        <img
          src={logoUrl}
          alt={`Current logo of ${cityName}`}
          className="display-block border-1px border-base-lighter padding-1 bg-white"
          style={{ maxHeight: "4rem", maxWidth: "12rem" }}
          data-testid="logo-current"
        />
      ) : (
        <p className="margin-top-0">No logo: the portal shows the city's name.</p>
      )}
      <FormGroup error={Boolean(problem)}>
        <Label htmlFor="city-logo" error={Boolean(problem)}>
          {logoUrl ? "Replace the logo" : "Upload a logo"}
        </Label>
        <span id="city-logo-hint" className="usa-hint">
          A PNG, JPEG or WebP image of at most {MAX_LOGO_BYTES / 1024} KB, about three times as wide as it is
          tall. SVG is not accepted.
        </span>
        {problem ? <ErrorMessage id="city-logo-error">{problem}</ErrorMessage> : null}
        <input
          ref={input}
          id="city-logo"
          name="logo"
          type="file"
          className="usa-input maxw-full"
          accept="image/png,image/jpeg,image/webp"
          aria-describedby={problem ? "city-logo-hint city-logo-error" : "city-logo-hint"}
          aria-invalid={problem ? true : undefined}
          onChange={(e) => choose(e.target.files?.[0] ?? null)}
        />
      </FormGroup>
      <div className="margin-top-1">
        <Button type="button" outline onClick={onUpload} disabled={upload.isPending}>
          {upload.isPending ? "Uploading…" : "Upload logo"}
        </Button>
        {logoUrl ? (
          <Button
            type="button"
            unstyled
            className="margin-left-2"
            onClick={onRemove}
            disabled={remove.isPending}
          >
            Remove logo
          </Button>
        ) : null}
      </div>
      {remove.isError ? <p className="text-secondary-dark">{errorMessage(remove.error)}</p> : null}
      <div aria-live="polite">
        {done ? (
          <Alert type="success" headingLevel="h4" slim className="margin-top-1">
            {done}
          </Alert>
        ) : null}
      </div>
    </div>
  );
}
