import { Alert, Button, Checkbox, Fieldset, Label, Select, Textarea } from "@trussworks/react-uswds";
import { type FormEvent, lazy, Suspense, useEffect, useRef, useState } from "react";
import type { ServiceQuestion, ServiceType } from "../../../common/contracts/catalog.js";
import type { InteractionView } from "../../../common/contracts/interactions.js";
import { useServices } from "../../api/catalog";
import { ApiError } from "../../api/client";
import {
  type AddressSuggestion,
  type CreatedForInteraction,
  useCreateRequestForContact,
  useLinkRequest,
  useNearbyRequests,
} from "../../api/console";
import { placeAt } from "../../api/map";
import { DateTime } from "../../components/DateTime";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Loading } from "../../components/Loading";
import { AddressField } from "./AddressField";

// Leaflet is loaded only when a request form opens, so the rest of the app starts without it.
const CityMap = lazy(() => import("../../components/CityMap").then((m) => ({ default: m.CityMap })));

type AnswerState = Record<string, string | string[]>;

/** `2026-05-01T14:30` (local, from datetime-local) as ISO 8601 with the browser's offset. */
export function localToIsoWithOffset(local: string): string {
  const date = new Date(local);
  if (Number.isNaN(date.getTime())) return local;
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, "0");
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

const fieldId = (q: ServiceQuestion) => `console-q-${q.code}`;

function isEmpty(value: string | string[] | undefined): boolean {
  return value === undefined || (Array.isArray(value) ? value.length === 0 : value.trim() === "");
}

/** One question as the console asks it (also the catalog editor's live preview). */
export function QuestionField({
  question,
  value,
  onChange,
}: {
  question: ServiceQuestion;
  value: string | string[] | undefined;
  onChange: (value: string | string[]) => void;
}) {
  const id = fieldId(question);
  const hintId = question.helpText ? `${id}-hint` : undefined;
  const text = typeof value === "string" ? value : "";
  const label = (
    <Label htmlFor={id} requiredMarker={question.required}>
      {question.prompt}
    </Label>
  );
  const hint = question.helpText ? (
    <span className="usa-hint" id={hintId}>
      {question.helpText}
    </span>
  ) : null;
  const common = {
    id,
    name: question.code,
    required: question.required,
    "aria-describedby": hintId,
  };
  switch (question.datatype) {
    case "multivaluelist": {
      const chosen = Array.isArray(value) ? value : [];
      return (
        <Fieldset
          legend={
            <>
              {question.prompt}
              {question.required ? (
                <abbr title="required" className="usa-hint usa-hint--required">
                  {" "}
                  *
                </abbr>
              ) : null}
            </>
          }
          id={id}
          aria-describedby={hintId}
        >
          {hint}
          {question.values.map((v) => (
            <Checkbox
              key={v.key}
              id={`${id}-${v.key}`}
              name={question.code}
              label={v.name}
              checked={chosen.includes(v.key)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, v.key] : chosen.filter((k) => k !== v.key))
              }
            />
          ))}
        </Fieldset>
      );
    }
    case "singlevaluelist":
      return (
        <>
          {label}
          {hint}
          <Select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
            <option value="">- Select -</option>
            {question.values.map((v) => (
              <option key={v.key} value={v.key}>
                {v.name}
              </option>
            ))}
          </Select>
        </>
      );
    case "text":
      return (
        <>
          {label}
          {hint}
          <Textarea {...common} value={text} onChange={(e) => onChange(e.target.value)} />
        </>
      );
    case "number":
      return (
        <>
          {label}
          {hint}
          <input
            {...common}
            className="usa-input"
            type="number"
            inputMode="decimal"
            value={text}
            onChange={(e) => onChange(e.target.value)}
          />
        </>
      );
    default:
      return (
        <>
          {label}
          {hint}
          <input
            {...common}
            className="usa-input"
            type={question.datatype === "datetime" ? "datetime-local" : "text"}
            value={text}
            onChange={(e) => onChange(e.target.value)}
          />
        </>
      );
  }
}

function toAnswers(service: ServiceType, state: AnswerState): Record<string, string | number | string[]> {
  const out: Record<string, string | number | string[]> = {};
  for (const q of service.questions) {
    const value = state[q.code];
    if (value === undefined || isEmpty(value)) continue;
    if (Array.isArray(value)) out[q.code] = value;
    else if (q.datatype === "number") out[q.code] = Number(value);
    else if (q.datatype === "datetime") out[q.code] = localToIsoWithOffset(value);
    else out[q.code] = value.trim();
  }
  return out;
}

function fieldProblems(error: unknown): { field: string; message: string }[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return error.details.filter(
    (d): d is { field: string; message: string } =>
      typeof d === "object" && d !== null && "field" in d && "message" in d,
  );
}

interface ServiceRequestFormProps {
  code: string;
  interaction: InteractionView;
  onUpdated: (interaction: InteractionView) => void;
}

/** The request form for one service, built from its questions, with the duplicate check and read-back. */
export function ServiceRequestForm({ code, interaction, onUpdated }: ServiceRequestFormProps) {
  const services = useServices();
  const service = services.data?.find((s) => s.code === code);
  const create = useCreateRequestForContact();
  const link = useLinkRequest();
  const [answers, setAnswers] = useState<AnswerState>({});
  const [description, setDescription] = useState("");
  const [addressText, setAddressText] = useState("");
  const [picked, setPicked] = useState<AddressSuggestion | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [mapProblem, setMapProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedForInteraction | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const numberRef = useRef<HTMLParagraphElement>(null);
  const linkedRef = useRef<HTMLDivElement>(null);

  const point =
    picked && picked.lat !== null && picked.lng !== null ? { lat: picked.lat, lng: picked.lng } : null;
  const nearby = useNearbyRequests(code, point);
  const duplicate = point ? nearby.data?.items[0] : undefined;

  const loaded = service !== undefined;
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [loaded]);
  useEffect(() => {
    if (created) numberRef.current?.focus();
  }, [created]);
  useEffect(() => {
    if (link.isSuccess) linkedRef.current?.focus();
  }, [link.isSuccess]);

  if (services.isPending) return <Loading label="Loading the service…" />;
  if (services.isError) return <ErrorAlert error={services.error} />;
  if (!service) return <p>This service is not in the catalog.</p>;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending || created) return;
    const missing = service.questions
      .filter((q) => q.required && isEmpty(answers[q.code]))
      .map((q) => `Answer “${q.prompt}”.`);
    setProblems(missing);
    if (missing.length > 0) {
      const first = service.questions.find((q) => q.required && isEmpty(answers[q.code]));
      if (first) {
        const el = document.getElementById(fieldId(first));
        (el?.querySelector("input") ?? el)?.focus();
      }
      return;
    }
    const location = picked
      ? {
          address: picked.kind === "point" ? undefined : picked.label,
          addressId: picked.id ?? undefined,
          lat: picked.lat ?? undefined,
          lng: picked.lng ?? undefined,
        }
      : addressText.trim()
        ? { address: addressText.trim() }
        : undefined;
    create.mutate(
      {
        id: interaction.id,
        input: {
          serviceCode: service.code,
          answers: toAnswers(service, answers),
          description: description.trim() || undefined,
          location,
        },
      },
      {
        onSuccess: (result) => {
          setCreated(result);
          onUpdated(result.interaction);
        },
      },
    );
  };

  const onLink = (number: string) => {
    if (link.isPending) return;
    link.mutate({ id: interaction.id, number }, { onSuccess: onUpdated });
  };

  const serverProblems = fieldProblems(create.error);

  const nearbyItems = point ? (nearby.data?.items ?? []) : [];
  const nearbyMarkers = nearbyItems.flatMap((item) =>
    item.lat !== null && item.lng !== null
      ? [{ key: item.number, lat: item.lat, lng: item.lng, label: `${item.number}, ${item.distance} m away` }]
      : [],
  );
  const mapDescription = picked
    ? `Map of ${picked.label}` +
      (nearbyItems.length > 0
        ? ` with ${nearbyItems.length} open ${service.name} ${nearbyItems.length === 1 ? "report" : "reports"} within ${nearby.data?.radiusM} m`
        : "")
    : "Map of the city's streets";

  const onMapPick = (lat: number, lng: number) => {
    if (created) return;
    placeAt(lat, lng).then(
      (place) => {
        setMapProblem(null);
        setAddressText(place.kind === "point" ? "" : place.label);
        setPicked(place);
      },
      (error: unknown) =>
        setMapProblem(
          `That point could not be placed: ${error instanceof Error ? error.message : "unknown error"}.`,
        ),
    );
  };

  return (
    <section aria-labelledby="console-service-heading" className="console-panel">
      <h2 id="console-service-heading" ref={headingRef} tabIndex={-1}>
        {service.name}
      </h2>
      <p className="font-body-xs text-base-dark margin-top-0">
        {service.department.name}
        {service.sla ? ` · usually within ${service.sla.value} ${service.sla.unit.replace(/_/g, " ")}` : ""}
      </p>
      {service.operatorInstructions ? (
        <>
          <h3 className="font-body-sm">Read out / ask the caller</h3>
          <p className="bg-base-lightest padding-2 radius-md">{service.operatorInstructions}</p>
        </>
      ) : null}

      <div aria-live="polite">
        {created ? (
          <Alert type="success" headingLevel="h3" heading="Request created">
            <span className="display-block">Read the tracking number back to the caller:</span>
            <p
              ref={numberRef}
              tabIndex={-1}
              className="font-heading-3xl text-bold margin-y-1"
              data-tracking-number={created.number}
            >
              {created.number}
            </p>
            {created.dueAt ? (
              <span className="display-block">
                Due by <DateTime value={created.dueAt} />
              </span>
            ) : null}
          </Alert>
        ) : null}
      </div>

      {created ? null : (
        <form id="console-request-form" className="usa-form maxw-full" onSubmit={onSubmit} noValidate>
          {problems.length > 0 || create.isError ? (
            <Alert type="error" headingLevel="h3" heading="The request was not created" role="alert">
              {create.isError && serverProblems.length === 0 ? <span>{create.error.message}</span> : null}
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
                {serverProblems.map((p) => (
                  <li key={`${p.field}-${p.message}`}>
                    {p.field}: {p.message}
                  </li>
                ))}
              </ul>
            </Alert>
          ) : null}
          {service.questions
            .slice()
            .sort((a, b) => a.order - b.order)
            .map((q) => (
              <QuestionField
                key={q.code}
                question={q}
                value={answers[q.code]}
                onChange={(value) => setAnswers((prev) => ({ ...prev, [q.code]: value }))}
              />
            ))}
          <Label htmlFor="console-description" hint=" (optional)">
            Description
          </Label>
          <Textarea
            id="console-description"
            name="description"
            maxLength={4000}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
          <AddressField
            text={addressText}
            onTextChange={(text) => {
              setAddressText(text);
              setPicked(null);
            }}
            onPick={(suggestion) => {
              setAddressText(suggestion.label);
              setPicked(suggestion);
            }}
          />
          <Suspense fallback={<div className="city-map" style={{ height: 260 }} />}>
            <CityMap
              description={mapDescription}
              point={point}
              radiusM={nearby.data?.radiusM}
              markers={nearbyMarkers}
              onPick={onMapPick}
            />
          </Suspense>
          <p className="usa-hint margin-top-05" id="console-map-hint">
            {mapProblem ?? "With a mouse, click the map to place the request where no address fits."}
          </p>
          <div aria-live="polite">
            {duplicate ? (
              <Alert type="warning" headingLevel="h3" slim className="margin-top-2">
                An open {service.name} report is {Math.round(duplicate.distance)} m away: {duplicate.number}{" "}
                at {duplicate.address ?? "an unlisted address"}
                <div ref={linkedRef} tabIndex={-1}>
                  {link.isSuccess ? (
                    <p className="text-bold margin-bottom-0">
                      The caller now follows request {duplicate.number}.
                    </p>
                  ) : (
                    <Button
                      type="button"
                      outline
                      className="margin-top-1"
                      onClick={() => onLink(duplicate.number)}
                      aria-disabled={link.isPending}
                    >
                      {link.isPending ? "Adding…" : "Add this caller to it"}
                    </Button>
                  )}
                </div>
                {link.isError ? <ErrorAlert error={link.error} /> : null}
              </Alert>
            ) : null}
          </div>
          <Button type="submit" aria-keyshortcuts="Alt+R" aria-disabled={create.isPending}>
            {create.isPending ? "Creating request…" : "Create request"}
          </Button>
        </form>
      )}
    </section>
  );
}
