import { Alert, Button, Checkbox, Fieldset, Textarea, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import type { CityAdminView } from "../../../../common/contracts/city.js";
import { LANGUAGES } from "../../../../common/languages.js";
import { useAdminCity, useSaveCity } from "../../../api/adminCity";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { ErrorSummary } from "../../knowledge-base/ErrorSummary";
import { FormField } from "../../knowledge-base/FormField";
import { problemOf, problemsFrom } from "../../knowledge-base/problems";
import { AdminOnly } from "../AdminOnly";
import { LogoPanel } from "./LogoPanel";
import { ColorPicker, HeaderPreview } from "./PortalLook";
import {
  describeSettingsField,
  draftFrom,
  inFormOrder,
  inputFrom,
  type SettingsDraft,
} from "./settingsDraft";
import "./settings.css";

/** Languages named for the administrator, with the name residents see. */
const LANGUAGE_LABELS = { en: "English", es: "Spanish (Español)", pt: "Portuguese (Português)" } as const;

type TextKey = Exclude<keyof SettingsDraft, "primaryColor" | "languages">;

/** The city's settings form: identity, public contact, portal look, languages, map, and the time zone. */
function SettingsForm({ city }: { city: CityAdminView }) {
  const save = useSaveCity();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFrom(city));
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const problems = save.isError ? inFormOrder(problemsFrom(save.error, describeSettingsField)) : [];
  const problem = (field: string) => problemOf(problems, field);
  const set = <K extends keyof SettingsDraft>(key: K, value: SettingsDraft[K]) => {
    setSaved(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(null);
    save.mutate(inputFrom(draft), {
      onSuccess: (result) => {
        setDraft(draftFrom(result.city));
        setSaved(
          result.changed.length === 0
            ? "Nothing had changed, so nothing was saved."
            : "Settings saved. Residents see them on the portal's next page load.",
        );
      },
      onError: () => setAttempt((n) => n + 1),
    });
  };

  const text = (
    key: TextKey,
    opts: { hint?: string; optional?: boolean; long?: boolean; type?: "text" | "email" | "url" | "tel" } = {},
  ) => {
    const id = `city-${key}`;
    return (
      <FormField id={id} label={labels[key]} hint={opts.hint} optional={opts.optional} problem={problem(key)}>
        {(wiring, invalid) =>
          opts.long ? (
            <Textarea
              {...wiring}
              name={key}
              className="maxw-full height-10"
              value={draft[key]}
              error={invalid}
              onChange={(e) => set(key, e.target.value)}
            />
          ) : (
            <TextInput
              {...wiring}
              name={key}
              type={opts.type ?? "text"}
              value={draft[key]}
              validationStatus={invalid ? "error" : undefined}
              onChange={(e) => set(key, e.target.value)}
            />
          )
        }
      </FormField>
    );
  };

  return (
    <form className="usa-form maxw-tablet city-settings" onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems} attempt={attempt} />
      {save.isError && problems.length === 0 ? <ErrorAlert error={save.error} /> : null}

      <section aria-labelledby="identity-heading">
        <h3 id="identity-heading">Identity</h3>
        {text("name", { hint: "As residents know it, for example Riverton. The portal's title adds “311”." })}
        {text("state", { optional: true, hint: "For example MA." })}
        {text("jurisdictionId", {
          optional: true,
          hint: "Open311 jurisdiction id: the city's web domain without www, for example riverton.gov.",
        })}
        {text("webUrl", {
          optional: true,
          type: "url",
          hint: "The city's own web site, starting with https://.",
        })}
      </section>

      <section aria-labelledby="contact-heading">
        <h3 id="contact-heading">Public contact</h3>
        <p className="usa-hint">Shown at the foot of every portal page.</p>
        {text("phone311", { type: "tel", hint: "What residents dial inside the city, usually 311." })}
        {text("outsidePhone", {
          optional: true,
          type: "tel",
          hint: "A full number for callers outside the city or on phones that cannot dial 311.",
        })}
        {text("email", { optional: true, type: "email" })}
        {text("address", { optional: true, long: true })}
        {text("hours", {
          optional: true,
          long: true,
          hint: "As residents should read them, for example Monday to Friday, 8 a.m. to 6 p.m.",
        })}
      </section>

      <section aria-labelledby="look-heading">
        <h3 id="look-heading">Portal look</h3>
        <LogoPanel logoUrl={city.logoUrl} cityName={city.name} />
        <ColorPicker
          value={draft.primaryColor}
          problem={problem("primaryColor")}
          onChange={(c) => set("primaryColor", c)}
        />
        <HeaderPreview name={draft.name} logoUrl={city.logoUrl} color={draft.primaryColor} />
      </section>

      <section aria-labelledby="languages-heading">
        <h3 id="languages-heading">Languages</h3>
        <Fieldset legend="Languages offered to residents" className="margin-top-0">
          <span className="usa-hint" id="city-languages-hint">
            The portal's language menu offers only these. English is always offered.
          </span>
          {problem("languages") ? <p className="usa-error-message">{problem("languages")?.text}</p> : null}
          {LANGUAGES.map((l) => (
            <Checkbox
              key={l}
              id={`city-language-${l}`}
              name="languages"
              value={l}
              label={LANGUAGE_LABELS[l]}
              checked={l === "en" || draft.languages.includes(l)}
              disabled={l === "en"}
              aria-describedby="city-languages-hint"
              onChange={(e) =>
                set(
                  "languages",
                  e.target.checked ? [...draft.languages, l] : draft.languages.filter((x) => x !== l),
                )
              }
            />
          ))}
        </Fieldset>
      </section>

      <section aria-labelledby="map-heading">
        <h3 id="map-heading">Map</h3>
        <p className="usa-hint">
          Without a tile address, maps draw the city's own streets and need nothing from the internet.
        </p>
        {text("mapTileUrl", {
          optional: true,
          type: "url",
          hint: "A web map tile address with {z}, {x} and {y}, for example https://tile.openstreetmap.org/{z}/{x}/{y}.png.",
        })}
        {text("mapAttribution", {
          optional: true,
          hint: "The credit the tile provider asks for, for example © OpenStreetMap contributors.",
        })}
      </section>

      <section aria-labelledby="tz-heading">
        <h3 id="tz-heading">Time zone</h3>
        <p data-testid="time-zone">
          <strong>{city.timeZone}</strong>. Set by the {city.timeZoneSource} setting of the server; due dates
          and reports use it. Changing it needs a restart.
        </p>
      </section>

      <div aria-live="polite">
        {saved ? (
          <Alert type="success" headingLevel="h3" slim className="margin-top-2" data-testid="settings-saved">
            {saved}
          </Alert>
        ) : null}
      </div>
      <Button type="submit" className="margin-top-3" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}

const labels: Record<TextKey, string> = {
  name: "City name",
  state: "State",
  jurisdictionId: "Jurisdiction id",
  webUrl: "City web page",
  phone311: "311 number",
  outsidePhone: "Number from outside the city",
  email: "Email",
  address: "Address",
  hours: "Hours",
  mapTileUrl: "Tile address",
  mapAttribution: "Map credit",
};

/** `/staff/admin/settings`: administrators set the city's name, contact, portal look, languages and map. */
export function SettingsScreen() {
  useDocumentTitle("City settings");
  const city = useAdminCity();
  return (
    <AdminOnly>
      <div className="usa-prose">
        <h2>City settings</h2>
        <p>
          What residents see on the portal and how the city is named to partner systems. Changes apply at
          once.
        </p>
      </div>
      {city.isPending ? (
        <Loading />
      ) : city.isError ? (
        <ErrorAlert error={city.error} />
      ) : (
        <SettingsForm city={city.data} />
      )}
    </AdminOnly>
  );
}
