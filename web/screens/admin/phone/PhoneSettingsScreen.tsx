import { Alert, Button, Checkbox, Fieldset, Select, Textarea, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import type { PhoneArticleChoice } from "../../../../common/contracts/articles.js";
import type { PhoneSettings } from "../../../../common/contracts/telephony.js";
import { useAdminPhone, usePhoneArticles, useSavePhone } from "../../../api/adminPhone";
import { ErrorAlert } from "../../../components/ErrorAlert";
import { Loading } from "../../../components/Loading";
import { useDocumentTitle } from "../../../components/useDocumentTitle";
import { ErrorSummary } from "../../knowledge-base/ErrorSummary";
import { FormField } from "../../knowledge-base/FormField";
import { problemOf, problemsFrom } from "../../knowledge-base/problems";
import { AdminOnly } from "../AdminOnly";
import { AwayReasonsEditor } from "./AwayReasonsEditor";
import {
  describePhoneField,
  draftFrom,
  inFormOrder,
  inputFrom,
  LANGUAGE_NAMES,
  MENU_TEXTS,
  type MenuKey,
  type MenuLanguage,
  menuFieldId,
  type PhoneDraft,
} from "./phoneDraft";

/** The phone line's settings form: service level, callbacks, the hours article, away reasons, the menu's words. */
function PhoneForm({ settings, articles }: { settings: PhoneSettings; articles: PhoneArticleChoice[] }) {
  const save = useSavePhone();
  const [draft, setDraft] = useState<PhoneDraft>(() => draftFrom(settings));
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const problems = save.isError ? inFormOrder(problemsFrom(save.error, describePhoneField)) : [];
  const problem = (field: string) => problemOf(problems, field);
  const set = <K extends keyof PhoneDraft>(key: K, value: PhoneDraft[K]) => {
    setSaved(null);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const setText = (lang: MenuLanguage, key: MenuKey, value: string) => {
    setSaved(null);
    setDraft((d) => ({ ...d, menu: { ...d.menu, [lang]: { ...d.menu[lang], [key]: value } } }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(null);
    save.mutate(inputFrom(draft), {
      onSuccess: (result) => {
        setDraft(draftFrom(result.settings));
        setSaved(
          result.changed.length === 0
            ? "Nothing had changed, so nothing was saved."
            : "Phone line settings saved. The menu and the wallboard use them from the next call.",
        );
      },
      onError: () => setAttempt((n) => n + 1),
    });
  };

  const seconds = (key: "serviceLevelSeconds" | "callbackOfferSeconds", label: string, hint: string) => (
    <FormField id={`phone-${key}`} label={label} hint={hint} problem={problem(key)}>
      {(wiring, invalid) => (
        <TextInput
          {...wiring}
          name={key}
          type="text"
          inputMode="numeric"
          className="maxw-card"
          value={draft[key]}
          validationStatus={invalid ? "error" : undefined}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </FormField>
  );

  const chosen = articles.find((a) => a.slug === draft.hoursArticle);
  const menuTexts = (lang: MenuLanguage) =>
    MENU_TEXTS.map((t) => (
      <FormField
        key={t.key}
        id={menuFieldId(lang, t.key)}
        label={t.label}
        hint={t.hint}
        problem={problem(`menu.${lang}.${t.key}`)}
      >
        {(wiring, invalid) => (
          <Textarea
            {...wiring}
            name={`${lang}.${t.key}`}
            lang={lang}
            className="maxw-full height-10"
            value={draft.menu[lang][t.key]}
            error={invalid}
            onChange={(e) => setText(lang, t.key, e.target.value)}
          />
        )}
      </FormField>
    ));

  return (
    <form className="usa-form maxw-tablet" onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems} attempt={attempt} />
      {save.isError && problems.length === 0 ? <ErrorAlert error={save.error} /> : null}

      <section aria-labelledby="phone-service-heading">
        <h3 id="phone-service-heading">Service level and callbacks</h3>
        {seconds(
          "serviceLevelSeconds",
          "Service-level threshold (seconds)",
          "Calls answered within this many seconds count toward the service level on the wallboard and the dashboards. Most 311 centers use 30.",
        )}
        {seconds(
          "callbackOfferSeconds",
          "Offer a callback after (seconds)",
          "Callers still waiting after this long may keep their place in line and be called back.",
        )}
      </section>

      <section aria-labelledby="phone-hours-heading">
        <h3 id="phone-hours-heading">City Hall hours (press 1)</h3>
        <FormField
          id="phone-hoursArticle"
          label="Hours article"
          hint="The knowledge-base article whose phone answer the menu reads. Write or edit the phone answer in the article editor."
          problem={problem("hoursArticle")}
        >
          {(wiring, invalid) => (
            <Select
              {...wiring}
              name="hoursArticle"
              value={draft.hoursArticle}
              validationStatus={invalid ? "error" : undefined}
              onChange={(e) => set("hoursArticle", e.target.value)}
            >
              {chosen ? null : (
                <option value={draft.hoursArticle}>{draft.hoursArticle} (not published)</option>
              )}
              {articles.map((a) => (
                <option key={a.slug} value={a.slug}>
                  {a.hasPhoneAnswer ? a.title : `${a.title} (no phone answer)`}
                </option>
              ))}
            </Select>
          )}
        </FormField>
        {chosen && !chosen.hasPhoneAnswer ? (
          <p className="usa-hint" data-testid="no-phone-answer">
            This article has no phone answer yet: the menu reads its public answer, shortened.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="phone-away-heading">
        <h3 id="phone-away-heading">Operators' states</h3>
        <AwayReasonsEditor
          reasons={draft.awayReasons}
          problems={problems}
          onChange={(reasons) => set("awayReasons", reasons)}
        />
      </section>

      <section aria-labelledby="phone-menu-heading">
        <h3 id="phone-menu-heading">The menu's words</h3>
        <p className="usa-hint">
          What the self-service menu says, read aloud by the phone system's voice. Write short sentences and
          numbers as a caller should hear them.
        </p>
        <Fieldset legend={`${LANGUAGE_NAMES.en} menu`} className="margin-top-2">
          {menuTexts("en")}
        </Fieldset>
        <Fieldset legend={`${LANGUAGE_NAMES.es} menu`} className="margin-top-4">
          <Checkbox
            id="phone-spanish"
            name="spanish"
            label="Offer the menu in Spanish (callers press 9)"
            checked={draft.spanish}
            onChange={(e) => set("spanish", e.target.checked)}
          />
          {draft.spanish ? (
            menuTexts("es")
          ) : (
            <p className="usa-hint">
              The menu is in English only. If the English options still say “Para español, oprima 9”, take
              those words out.
            </p>
          )}
        </Fieldset>
      </section>

      <div aria-live="polite">
        {saved ? (
          <Alert type="success" headingLevel="h3" slim className="margin-top-2" data-testid="phone-saved">
            {saved}
          </Alert>
        ) : null}
      </div>
      <Button type="submit" className="margin-top-3" disabled={save.isPending}>
        {save.isPending ? "Saving…" : "Save phone settings"}
      </Button>
    </form>
  );
}

/** `/staff/admin/phone`: administrators set the phone line's service level, callbacks, away reasons and menu. */
export function PhoneSettingsScreen() {
  useDocumentTitle("Phone line");
  const settings = useAdminPhone();
  const articles = usePhoneArticles();
  return (
    <AdminOnly>
      <div className="usa-prose">
        <h2>Phone line</h2>
        <p>
          How the 311 phone line measures and answers calls: the service level the wallboard reports, when
          callers are offered a callback, what operators may give as a reason for being away, and the words of
          the self-service menu. Changes apply at once.
        </p>
      </div>
      {settings.isPending || articles.isPending ? (
        <Loading />
      ) : settings.isError ? (
        <ErrorAlert error={settings.error} />
      ) : articles.isError ? (
        <ErrorAlert error={articles.error} />
      ) : (
        <PhoneForm settings={settings.data} articles={articles.data} />
      )}
    </AdminOnly>
  );
}
