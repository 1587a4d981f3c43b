import { Button, ErrorMessage, Fieldset, Radio, Select, Textarea, TextInput } from "@trussworks/react-uswds";
import { type FormEvent, useState } from "react";
import { Link } from "react-router";
import type { ArticleDetail } from "../../../common/contracts/articles.js";
import { useDepartments } from "../../api/catalog";
import { ApiError } from "../../api/client";
import { useAgencies } from "../../api/console";
import { useSaveArticle } from "../../api/knowledgeBase";
import { ErrorAlert } from "../../components/ErrorAlert";
import { Markdown } from "../call-taker/Markdown";
import {
  type ArticleDraft,
  describeArticleField,
  draftFrom,
  EMPTY_DRAFT,
  inFormOrder,
  inputFrom,
  LANGUAGES,
  slugify,
} from "./articleDraft";
import { ErrorSummary } from "./ErrorSummary";
import { FormField } from "./FormField";
import { type Problem, problemOf, problemsFrom } from "./problems";
import { ServiceChoices } from "./ServiceChoices";

interface ArticleFormProps {
  /** The saved article being edited; absent for a new one. */
  article?: ArticleDetail;
  /** Where "Cancel" goes: the list, with its filters. */
  backTo: string;
  onSaved: (saved: ArticleDetail) => void;
}

function problemsOf(error: unknown): Problem[] {
  // A slug already in use is a conflict, not a validation detail, but it belongs beside the slug all the same.
  if (error instanceof ApiError && error.code === "conflict")
    return [{ field: "slug", target: "article-slug", text: error.message }];
  return inFormOrder(problemsFrom(error, describeArticleField));
}

/** Every field of an article, a live preview of the public answer, and the server's problems per field. */
export function ArticleForm({ article, backTo, onSaved }: ArticleFormProps) {
  const save = useSaveArticle(article?.id);
  const departments = useDepartments();
  const agencies = useAgencies();
  const [draft, setDraft] = useState<ArticleDraft>(article ? draftFrom(article) : EMPTY_DRAFT);
  // A new article's address follows its title until someone types one.
  const [slugTouched, setSlugTouched] = useState(article !== undefined);
  const [attempt, setAttempt] = useState(0);
  const problems = save.isError ? problemsOf(save.error) : [];
  const problem = (field: string) => problemOf(problems, field);

  const set = <K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));

  const onTitle = (title: string) =>
    setDraft((current) => ({ ...current, title, slug: slugTouched ? current.slug : slugify(title) }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    save.mutate(inputFrom(draft), { onSuccess: onSaved, onError: () => setAttempt((n) => n + 1) });
  };

  const languageKnown = LANGUAGES.some((l) => l.code === draft.language);

  return (
    <form className="usa-form maxw-full" onSubmit={onSubmit} noValidate>
      <ErrorSummary problems={problems} attempt={attempt} />
      {save.isError && problems.length === 0 ? <ErrorAlert error={save.error} /> : null}

      <FormField id="article-title" label="Title" problem={problem("title")}>
        {(wiring, invalid) => (
          <TextInput
            {...wiring}
            name="title"
            type="text"
            maxLength={200}
            value={draft.title}
            validationStatus={invalid ? "error" : undefined}
            onChange={(e) => onTitle(e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id="article-slug"
        label="Web address"
        hint="Lower-case words joined by hyphens, such as leaf-collection. It names the article in links."
        problem={problem("slug")}
      >
        {(wiring, invalid) => (
          <TextInput
            {...wiring}
            name="slug"
            type="text"
            maxLength={100}
            autoComplete="off"
            spellCheck={false}
            value={draft.slug}
            validationStatus={invalid ? "error" : undefined}
            onChange={(e) => {
              setSlugTouched(true);
              set("slug", e.target.value);
            }}
          />
        )}
      </FormField>

      <div className="grid-row grid-gap">
        <div className="grid-col-12 desktop:grid-col-6">
          <FormField
            id="article-answer"
            label="Public answer"
            hint="Markdown: a blank line between paragraphs, “- ” for bullets, “1. ” for steps, **bold**."
            problem={problem("publicAnswer")}
          >
            {(wiring, invalid) => (
              <Textarea
                {...wiring}
                name="publicAnswer"
                className="maxw-full height-card-lg"
                value={draft.publicAnswer}
                error={invalid}
                onChange={(e) => set("publicAnswer", e.target.value)}
              />
            )}
          </FormField>
        </div>
        <section aria-labelledby="preview-heading" className="grid-col-12 desktop:grid-col-6">
          <h3 id="preview-heading" className="margin-top-3 margin-bottom-1">
            Preview
          </h3>
          <div className="border-1px border-base-lighter radius-md padding-x-2" data-testid="answer-preview">
            {draft.publicAnswer.trim() ? (
              <Markdown source={draft.publicAnswer} />
            ) : (
              <p className="text-base-dark">The answer appears here as you type it.</p>
            )}
          </div>
        </section>
      </div>

      <FormField
        id="article-notes"
        label="Internal notes"
        optional
        hint="For staff only: what to check, who to call, what not to promise."
        problem={problem("internalNotes")}
      >
        {(wiring, invalid) => (
          <Textarea
            {...wiring}
            name="internalNotes"
            className="maxw-full"
            value={draft.internalNotes}
            error={invalid}
            onChange={(e) => set("internalNotes", e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id="article-phone-answer"
        label="Phone answer (read aloud by the phone menu)"
        optional
        hint="Plain text, at most 1,000 characters: short spoken sentences, no Markdown or links. Spell out what a caller needs to hear, such as the hours, closed days and the address. Leave it empty if this article should not be read by phone."
        problem={problem("phoneAnswer")}
      >
        {(wiring, invalid) => (
          <Textarea
            {...wiring}
            name="phoneAnswer"
            className="maxw-full"
            value={draft.phoneAnswer}
            error={invalid}
            onChange={(e) => set("phoneAnswer", e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id="article-keywords"
        label="Keywords"
        optional
        hint="Words callers use, separated by commas: leaves, yard waste bags."
        problem={problem("keywords")}
      >
        {(wiring, invalid) => (
          <TextInput
            {...wiring}
            name="keywords"
            type="text"
            value={draft.keywords}
            validationStatus={invalid ? "error" : undefined}
            onChange={(e) => set("keywords", e.target.value)}
          />
        )}
      </FormField>
      <FormField id="article-department" label="Department" optional problem={problem("departmentCode")}>
        {(wiring, invalid) => (
          <Select
            {...wiring}
            name="departmentCode"
            value={draft.departmentCode}
            validationStatus={invalid ? "error" : undefined}
            onChange={(e) => set("departmentCode", e.target.value)}
          >
            <option value="">No department</option>
            {(departments.data ?? []).map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>
      <FormField id="article-agency" label="Related agency" optional problem={problem("agencyCode")}>
        {(wiring, invalid) => (
          <Select
            {...wiring}
            name="agencyCode"
            value={draft.agencyCode}
            validationStatus={invalid ? "error" : undefined}
            onChange={(e) => set("agencyCode", e.target.value)}
          >
            <option value="">No outside agency</option>
            {(agencies.data ?? []).map((a) => (
              <option key={a.code} value={a.code}>
                {a.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>

      <ServiceChoices
        chosen={draft.serviceCodes}
        problem={problem("serviceCodes")}
        onChange={(codes) => set("serviceCodes", codes)}
      />

      <p className="margin-top-3">
        <span className="text-bold">Owner: </span>
        {article?.owner?.name ??
          (article ? "none (this article came with the city)" : "you, once the article is saved")}
      </p>
      <FormField
        id="article-review-by"
        label="Review by"
        optional
        hint="After this date the article is listed as past its review date."
        problem={problem("reviewBy")}
      >
        {(wiring, invalid) => (
          <input
            {...wiring}
            className={`usa-input maxw-card-lg${invalid ? " usa-input--error" : ""}`}
            name="reviewBy"
            type="date"
            value={draft.reviewBy}
            onChange={(e) => set("reviewBy", e.target.value)}
          />
        )}
      </FormField>
      <Fieldset legend="Status" className="margin-top-3">
        {problem("status") ? <ErrorMessage>{problem("status")?.text}</ErrorMessage> : null}
        <Radio
          id="article-status-draft"
          name="status"
          value="draft"
          label="Draft"
          labelDescription="Staff can find it while it is being written."
          checked={draft.status === "draft"}
          onChange={() => set("status", "draft")}
        />
        <Radio
          id="article-status-published"
          name="status"
          value="published"
          label="Published"
          labelDescription="Ready for callers and, later, the public portal."
          checked={draft.status === "published"}
          onChange={() => set("status", "published")}
        />
      </Fieldset>
      <FormField id="article-language" label="Language" problem={problem("language")}>
        {(wiring, invalid) => (
          <Select
            {...wiring}
            name="language"
            value={draft.language}
            validationStatus={invalid ? "error" : undefined}
            onChange={(e) => set("language", e.target.value)}
          >
            {languageKnown ? null : <option value={draft.language}>{draft.language}</option>}
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </Select>
        )}
      </FormField>

      <div className="margin-top-4">
        <Button type="submit" aria-disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save article"}
        </Button>
        <Link className="usa-button usa-button--outline" to={backTo}>
          Cancel
        </Link>
      </div>
    </form>
  );
}
