import {
  Button,
  ErrorMessage,
  Fieldset,
  FormGroup,
  Label,
  Radio,
  Select,
  Textarea,
  TextInput,
} from "@trussworks/react-uswds";
import { type FormEvent, useRef, useState } from "react";
import { LANGUAGE_NAMES, LANGUAGES, type Language } from "../../../../common/languages.js";
import { type PublicService, useSubmitReport } from "../../../api/portal";
import { useLanguage, useT } from "../../../i18n";
import { LocationField, locationPoint } from "./LocationField";
import { NearbyOffer } from "./NearbyOffer";
import { PhotosField } from "./PhotosField";
import { QuestionField } from "./QuestionField";
import { ReportDone } from "./ReportDone";
import { type Problem, type ReportState, serverProblems, validate } from "./validate";

/** `2026-05-01T14:30` (local, from datetime-local) as ISO 8601 with the browser's offset. */
function localToIso(local: string): string {
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return local;
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:` +
    `${pad(date.getMinutes())}:00${offset >= 0 ? "+" : "-"}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

const EMPTY: ReportState = {
  answers: {},
  location: null,
  photos: [],
  contact: { firstName: "", lastName: "", email: "", phone: "" },
  preference: "email",
};

/** The report form for one service: questions, place, nearby duplicates, photos, contact, and the summary of errors. */
export function ReportForm({ service }: { service: PublicService }) {
  const t = useT("report");
  const { language } = useLanguage();
  const submit = useSubmitReport();
  const [state, setState] = useState<ReportState>(EMPTY);
  const [description, setDescription] = useState("");
  const [keepLocation, setKeepLocation] = useState(false);
  const [updatesLanguage, setUpdatesLanguage] = useState<Language | null>(null);
  const [honeypot, setHoneypot] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const summary = useRef<HTMLDivElement>(null);
  const set = (patch: Partial<ReportState>) => setState((s) => ({ ...s, ...patch }));
  const errorFor = (field: string) =>
    problems
      .filter((p) => p.field === field || (field === "photos" && p.field.startsWith("photos.")))
      .map((p) => p.message)
      .join(" ") || undefined;
  const show = (found: Problem[]) => {
    setProblems(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (submit.isPending) return;
    const found = validate(service, state, t);
    if (found.length) return show(found);
    setProblems([]);
    const answers: Record<string, string | number | string[]> = {};
    for (const q of service.questions) {
      const v = state.answers[q.code];
      if (v === undefined || (Array.isArray(v) ? v.length === 0 : v.trim() === "")) continue;
      answers[q.code] = Array.isArray(v)
        ? v
        : q.datatype === "number"
          ? Number(v.replace(",", "."))
          : q.datatype === "datetime"
            ? localToIso(v)
            : v.trim();
    }
    const loc = state.location;
    const c = state.contact;
    submit.mutate(
      {
        report: {
          serviceCode: service.code,
          description: description.trim() || undefined,
          answers,
          location:
            loc?.kind === "address"
              ? loc.address.id !== null
                ? { addressId: loc.address.id }
                : { address: loc.address.label, lat: loc.address.lat, lng: loc.address.lng }
              : loc
                ? { lat: loc.lat, lng: loc.lng }
                : {},
          contact: {
            firstName: c.firstName.trim() || undefined,
            lastName: c.lastName.trim() || undefined,
            email: c.email.trim() || undefined,
            phone: c.phone.trim() || undefined,
          },
          language: updatesLanguage ?? language,
          contactPreference: c.email.trim() || c.phone.trim() ? state.preference : "none",
          keepPhotoLocation: keepLocation,
          website: honeypot,
        },
        photos: state.photos,
      },
      { onError: (error) => show(serverProblems(error, service, t)) },
    );
  };

  if (submit.data) {
    return (
      <ReportDone
        number={submit.data.number}
        dueAt={submit.data.dueAt}
        notified={
          state.preference !== "none" && Boolean(state.contact.email.trim() || state.contact.phone.trim())
        }
        onAnother={() => {
          submit.reset();
          setState(EMPTY);
          setDescription("");
        }}
      />
    );
  }

  const point = locationPoint(state.location);
  const formClass = "usa-form maxw-full";
  return (
    <>
      {problems.length ? (
        <div
          className="usa-alert usa-alert--error margin-bottom-3"
          role="alert"
          tabIndex={-1}
          ref={summary}
          id="report-errors"
        >
          <div className="usa-alert__body">
            <h2 className="usa-alert__heading">{t("errorSummary")}</h2>
            <p className="usa-alert__text">{t("errorCount", { count: problems.length })}</p>
            <ul className="usa-list">
              {problems.map((p) => (
                <li key={`${p.field}-${p.message}`}>
                  <a
                    href={`#${p.target}`}
                    onClick={(e) => {
                      e.preventDefault();
                      document.getElementById(p.target)?.focus();
                    }}
                  >
                    {p.message}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <p className="usa-hint">{t("requiredNote")}</p>
      <form className={formClass} onSubmit={onSubmit} noValidate aria-labelledby="report-service-heading">
        <h2 className="font-heading-lg">{t("detailsHeading")}</h2>
        {service.questions.map((q) => (
          <QuestionField
            key={q.code}
            question={q}
            value={state.answers[q.code]}
            error={errorFor(`answers.${q.code}`)}
            onChange={(v) => set({ answers: { ...state.answers, [q.code]: v } })}
          />
        ))}
        <FormGroup>
          <Label htmlFor="report-description">{t("description")}</Label>
          <span className="usa-hint" id="report-description-hint">
            {t("descriptionHint")}
          </span>
          <Textarea
            id="report-description"
            name="description"
            maxLength={4000}
            aria-describedby="report-description-hint"
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </FormGroup>
        <h2 className="font-heading-lg margin-top-4">{t("locationHeading")}</h2>
        <LocationField
          location={state.location}
          onChange={(location) => set({ location })}
          error={errorFor("location")}
        />
      </form>
      <NearbyOffer service={service.code} point={point} />
      <form className={formClass} onSubmit={onSubmit} noValidate aria-label={t("contactHeading")}>
        <PhotosField
          photos={state.photos}
          onChange={(photos) => set({ photos })}
          keepLocation={keepLocation}
          onKeepLocation={setKeepLocation}
          error={errorFor("photos")}
        />
        <fieldset className="usa-fieldset margin-top-3">
          <legend className="usa-legend usa-legend--large">{t("contactHeading")}</legend>
          <p className="usa-hint">{t("contactIntro")}</p>
          {(
            [
              ["firstName", "report-first-name", "given-name", "text"],
              ["lastName", "report-last-name", "family-name", "text"],
              ["email", "report-email", "email", "email"],
              ["phone", "report-phone", "tel", "tel"],
            ] as const
          ).map(([key, id, autoComplete, type]) => {
            const error = errorFor(`contact.${key}`);
            return (
              <FormGroup key={key} error={Boolean(error)}>
                <Label htmlFor={id} error={Boolean(error)}>
                  {t(key)}
                </Label>
                {error ? <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage> : null}
                <TextInput
                  id={id}
                  name={key}
                  type={type}
                  autoComplete={autoComplete}
                  validationStatus={error ? "error" : undefined}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  value={state.contact[key]}
                  onChange={(e) => set({ contact: { ...state.contact, [key]: e.target.value } })}
                />
              </FormGroup>
            );
          })}
          <Fieldset legend={t("notifyLegend")} className="margin-top-2">
            {(
              [
                ["email", "notifyEmail"],
                ["sms", "notifySms"],
                ["none", "notifyNone"],
              ] as const
            ).map(([value, key]) => (
              <Radio
                key={value}
                id={`report-notify-${value}`}
                name="contactPreference"
                label={t(key)}
                checked={state.preference === value}
                onChange={() => set({ preference: value })}
              />
            ))}
          </Fieldset>
          <FormGroup>
            <Label htmlFor="report-updates-language">{t("languageLabel")}</Label>
            <Select
              id="report-updates-language"
              name="language"
              value={updatesLanguage ?? language}
              onChange={(e) => setUpdatesLanguage(LANGUAGES.find((l) => l === e.target.value) ?? null)}
            >
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </Select>
          </FormGroup>
        </fieldset>
        {/* The honeypot: people never see or hear it; robots that fill every field are refused. */}
        <div
          aria-hidden="true"
          style={{
            position: "absolute",
            left: "-10000px",
            top: "auto",
            width: 1,
            height: 1,
            overflow: "hidden",
          }}
        >
          <label htmlFor="report-website">{t("honeypot")}</label>
          <input
            id="report-website"
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={honeypot}
            onChange={(e) => setHoneypot(e.target.value)}
          />
        </div>
        <Button type="submit" id="report-submit" className="margin-top-3" disabled={submit.isPending}>
          {submit.isPending ? t("sending") : t("submit")}
        </Button>
      </form>
    </>
  );
}
