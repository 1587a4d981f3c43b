import {
  Alert,
  Button,
  ErrorMessage,
  Fieldset,
  FormGroup,
  Label,
  Radio,
  TextInput,
} from "@trussworks/react-uswds";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { Link } from "react-router";
import type { ContactPreference } from "../../../../common/languages.js";
import { ApiError } from "../../../api/client";
import { type NearbyPublicRequest, useFollowRequest, useNearbyPublic } from "../../../api/portal";
import { useLanguage, useT } from "../../../i18n";
import { STATUS_KEYS } from "./statusWord";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Asks how to reach the resident, then makes them a follower of an existing request. */
function FollowForm({
  item,
  onDone,
  onCancel,
}: {
  item: NearbyPublicRequest;
  onDone: () => void;
  onCancel: () => void;
}) {
  const t = useT("report");
  const { language } = useLanguage();
  const follow = useFollowRequest();
  const [email, setEmail] = useState("");
  const [phone, setPhone] = useState("");
  const [preference, setPreference] = useState<ContactPreference>("email");
  const [error, setError] = useState<{ field: "email" | "phone"; text: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const e = email.trim();
    const p = phone.trim();
    let problem: typeof error = null;
    if (e && !EMAIL.test(e)) problem = { field: "email", text: t("errEmail") };
    else if (!e && !p) problem = { field: "email", text: t("errFollowContact") };
    else if (preference === "email" && !e) problem = { field: "email", text: t("errNeedEmail") };
    else if (preference === "sms" && !p) problem = { field: "phone", text: t("errNeedPhone") };
    setError(problem);
    if (problem) {
      document.getElementById(`follow-${problem.field}`)?.focus();
      return;
    }
    follow.mutate(
      {
        number: item.number,
        email: e || undefined,
        phone: p || undefined,
        language,
        contactPreference: preference,
      },
      { onSuccess: onDone },
    );
  };

  const serverError =
    follow.error instanceof ApiError && follow.error.status === 400
      ? t("errFollowContact")
      : follow.error?.message;
  return (
    <form
      className="usa-form maxw-full border-1px border-base-lighter padding-2 margin-top-1"
      onSubmit={submit}
      noValidate
    >
      <h4 className="margin-top-0" tabIndex={-1} ref={heading}>
        {t("followHeading", { number: item.number })}
      </h4>
      <p>{t("followIntro")}</p>
      {serverError ? (
        <Alert type="error" headingLevel="h5" slim role="alert">
          {serverError}
        </Alert>
      ) : null}
      <FormGroup error={error?.field === "email"}>
        <Label htmlFor="follow-email">{t("email")}</Label>
        {error?.field === "email" ? <ErrorMessage id="follow-email-error">{error.text}</ErrorMessage> : null}
        <TextInput
          id="follow-email"
          name="email"
          type="email"
          autoComplete="email"
          value={email}
          aria-describedby={error?.field === "email" ? "follow-email-error" : undefined}
          aria-invalid={error?.field === "email" || undefined}
          onChange={(ev) => setEmail(ev.target.value)}
        />
      </FormGroup>
      <FormGroup error={error?.field === "phone"}>
        <Label htmlFor="follow-phone">{t("phone")}</Label>
        {error?.field === "phone" ? <ErrorMessage id="follow-phone-error">{error.text}</ErrorMessage> : null}
        <TextInput
          id="follow-phone"
          name="phone"
          type="tel"
          autoComplete="tel"
          value={phone}
          aria-describedby={error?.field === "phone" ? "follow-phone-error" : undefined}
          aria-invalid={error?.field === "phone" || undefined}
          onChange={(ev) => setPhone(ev.target.value)}
        />
      </FormGroup>
      <Fieldset legend={t("notifyLegend")}>
        <Radio
          id="follow-notify-email"
          name="follow-notify"
          label={t("notifyEmail")}
          checked={preference === "email"}
          onChange={() => setPreference("email")}
        />
        <Radio
          id="follow-notify-sms"
          name="follow-notify"
          label={t("notifySms")}
          checked={preference === "sms"}
          onChange={() => setPreference("sms")}
        />
      </Fieldset>
      <div className="margin-top-2">
        <Button type="submit" disabled={follow.isPending}>
          {t("followSubmit")}
        </Button>
        <Button type="button" outline onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}

/** "Is it one of these? Follow it instead": open requests of the same service near the chosen place. */
export function NearbyOffer({
  service,
  point,
}: {
  service: string;
  point: { lat: number; lng: number } | null;
}) {
  const t = useT("report");
  const { language } = useLanguage();
  const nearby = useNearbyPublic(service, point);
  const [open, setOpen] = useState<string | null>(null);
  const [followed, setFollowed] = useState<string | null>(null);
  const items = nearby.data?.items ?? [];
  if (items.length === 0) return null;
  const date = (iso: string) => new Date(iso).toLocaleDateString(language, { dateStyle: "medium" });
  return (
    <section aria-labelledby="report-nearby-heading" className="usa-summary-box margin-y-3">
      <div className="usa-summary-box__body">
        <h3 id="report-nearby-heading" className="usa-summary-box__heading">
          {t("nearbyHeading")}
        </h3>
        <p>{t("nearbyIntro")}</p>
        {followed ? (
          <Alert type="success" headingLevel="h4" slim role="status">
            {t("following", { number: followed })}{" "}
            <Link to={`/requests/${followed}`}>{t("trackLink", { number: followed })}</Link>
          </Alert>
        ) : null}
        <ul className="usa-list usa-list--unstyled">
          {items.map((item) => (
            <li key={item.number} className="margin-bottom-2">
              <span>
                {t("nearbyItem", {
                  number: item.number,
                  status: t(STATUS_KEYS[item.status]),
                  address: item.address ?? "",
                  date: date(item.createdAt),
                  distance: item.distanceM,
                })}
              </span>{" "}
              {open === item.number ? (
                <FollowForm
                  item={item}
                  onCancel={() => setOpen(null)}
                  onDone={() => {
                    setOpen(null);
                    setFollowed(item.number);
                  }}
                />
              ) : followed !== item.number ? (
                <Button type="button" secondary className="margin-top-1" onClick={() => setOpen(item.number)}>
                  {t("follow", { number: item.number })}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
