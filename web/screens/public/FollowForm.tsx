import { Alert, Button, Fieldset, FormGroup, Label, Radio, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { useFollowRequest } from "../../api/publicContent";
import { ErrorAlert } from "../../components/ErrorAlert";
import { useLanguage, useT } from "../../i18n";

/** "Get updates": follow a request by email or text message, in the page's language. */
export function FollowForm({ number }: { number: string }) {
  const t = useT("portal");
  const { language } = useLanguage();
  const follow = useFollowRequest(number);
  const [email, setEmail] = useState("");
  const [phone, setPhone] = useState("");
  const [how, setHow] = useState<"email" | "sms">("email");
  const [problem, setProblem] = useState<string | null>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() && !phone.trim()) {
      setProblem(t("followNeedsContact"));
      document.getElementById("follow-email")?.focus();
      return;
    }
    setProblem(null);
    const preference = how === "sms" && phone.trim() ? "sms" : email.trim() ? "email" : "sms";
    follow.mutate({
      email: email.trim() || undefined,
      phone: phone.trim() || undefined,
      language,
      contactPreference: preference,
    });
  };
  if (follow.isSuccess)
    return (
      <Alert type="success" headingLevel="h3" slim role="status">
        {follow.data.alreadyFollowing ? t("alreadyFollowed", { number }) : t("followed", { number })}{" "}
        {t("unfollowHint")}
      </Alert>
    );
  return (
    <form className="usa-form" onSubmit={onSubmit} noValidate>
      <p>{t("followIntro")}</p>
      {follow.isError ? <ErrorAlert error={follow.error} /> : null}
      <FormGroup error={problem !== null}>
        <Label htmlFor="follow-email">{t("followEmail")}</Label>
        {problem ? (
          <span className="usa-error-message" id="follow-email-error" role="alert">
            {problem}
          </span>
        ) : null}
        <TextInput
          id="follow-email"
          name="email"
          type="email"
          autoComplete="email"
          aria-describedby={problem ? "follow-email-error" : undefined}
          validationStatus={problem ? "error" : undefined}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </FormGroup>
      <Label htmlFor="follow-phone">{t("followPhone")}</Label>
      <TextInput
        id="follow-phone"
        name="phone"
        type="tel"
        autoComplete="tel"
        value={phone}
        onChange={(e) => setPhone(e.target.value)}
      />
      <Fieldset legend={t("followHow")}>
        <Radio
          id="follow-by-email"
          name="follow-how"
          value="email"
          label={t("followByEmail")}
          checked={how === "email"}
          onChange={() => setHow("email")}
        />
        <Radio
          id="follow-by-sms"
          name="follow-how"
          value="sms"
          label={t("followBySms")}
          checked={how === "sms"}
          onChange={() => setHow("sms")}
        />
      </Fieldset>
      <Button type="submit" aria-disabled={follow.isPending}>
        {follow.isPending ? t("following") : t("followButton")}
      </Button>
      <p className="usa-hint">{t("unfollowHint")}</p>
    </form>
  );
}
