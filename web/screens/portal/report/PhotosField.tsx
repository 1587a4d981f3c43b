import { Button, Checkbox, ErrorMessage, FormGroup, Label } from "@trussworks/react-uswds";
import { useLanguage, useT } from "../../../i18n";

export const MAX_PHOTOS = 3;
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;

function size(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${format.format(bytes / 1048576)} MB`
    : `${format.format(Math.max(1, bytes / 1024))} KB`;
}

/** Up to three photos, listed with their sizes, and whether to keep the location stored in them. */
export function PhotosField({
  photos,
  onChange,
  keepLocation,
  onKeepLocation,
  error,
}: {
  photos: File[];
  onChange: (photos: File[]) => void;
  keepLocation: boolean;
  onKeepLocation: (keep: boolean) => void;
  error: string | undefined;
}) {
  const t = useT("report");
  const { language } = useLanguage();
  return (
    <fieldset className="usa-fieldset margin-top-3" aria-labelledby="report-photos-heading">
      <h2 id="report-photos-heading" className="font-heading-lg">
        {t("photosHeading")}
      </h2>
      <FormGroup error={Boolean(error)}>
        <Label htmlFor="report-photos" error={Boolean(error)}>
          {t("photosLabel")}
        </Label>
        <span className="usa-hint" id="report-photos-hint">
          {t("photosHint")}
        </span>
        {error ? <ErrorMessage id="report-photos-error">{error}</ErrorMessage> : null}
        <input
          id="report-photos"
          className="usa-input maxw-full padding-1 height-auto"
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp,image/heic,.heic"
          aria-describedby={`report-photos-hint${error ? " report-photos-error" : ""}`}
          aria-invalid={error ? true : undefined}
          onChange={(e) => {
            const added = Array.from(e.target.files ?? []);
            onChange([...photos, ...added]);
            e.target.value = "";
          }}
        />
      </FormGroup>
      {photos.length ? (
        <ul className="usa-list" aria-live="polite">
          {photos.map((p, i) => (
            <li key={`${p.name}-${p.size}-${p.lastModified}`}>
              {t("photoItem", { name: p.name, size: size(p.size, language) })}{" "}
              <Button type="button" unstyled onClick={() => onChange(photos.filter((_, j) => j !== i))}>
                {t("removePhoto", { name: p.name })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <Checkbox
        id="report-keep-location"
        name="keepPhotoLocation"
        label={t("keepLocation")}
        labelDescription={t("keepLocationHint")}
        checked={keepLocation}
        onChange={(e) => onKeepLocation(e.target.checked)}
      />
    </fieldset>
  );
}
