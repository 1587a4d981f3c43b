import type { ArticleDetail, ArticleInput } from "../../../common/contracts/articles.js";
import type { Problem } from "./problems";

/** What the article editor holds while someone types: text as typed, lists as comma-separated text. */
export interface ArticleDraft {
  slug: string;
  title: string;
  publicAnswer: string;
  internalNotes: string;
  keywords: string;
  departmentCode: string;
  agencyCode: string;
  serviceCodes: string[];
  reviewBy: string;
  status: "draft" | "published";
  language: string;
  /** What the phone menu reads aloud; empty: none. */
  phoneAnswer: string;
}

/** The languages articles are written in; an article in another language keeps its code as an option. */
export const LANGUAGES: { code: string; name: string }[] = [
  { code: "en", name: "English" },
  { code: "es", name: "Spanish" },
  { code: "pt", name: "Portuguese" },
  { code: "ht", name: "Haitian Creole" },
  { code: "zh", name: "Chinese" },
  { code: "vi", name: "Vietnamese" },
  { code: "fr", name: "French" },
  { code: "ar", name: "Arabic" },
];

export const EMPTY_DRAFT: ArticleDraft = {
  slug: "",
  title: "",
  publicAnswer: "",
  internalNotes: "",
  keywords: "",
  departmentCode: "",
  agencyCode: "",
  serviceCodes: [],
  reviewBy: "",
  status: "draft",
  language: "en",
  phoneAnswer: "",
};

/** The editor's starting point for a saved article. */
export function draftFrom(article: ArticleDetail): ArticleDraft {
  return {
    slug: article.slug,
    title: article.title,
    publicAnswer: article.publicAnswer,
    internalNotes: article.internalNotes ?? "",
    keywords: article.keywords.join(", "),
    departmentCode: article.department?.code ?? "",
    agencyCode: article.agency?.code ?? "",
    serviceCodes: article.services.map((s) => s.code),
    reviewBy: article.reviewBy ?? "",
    status: article.status,
    language: article.language,
    phoneAnswer: article.phoneAnswer ?? "",
  };
}

/** The body of POST/PUT /api/articles; the server checks every rule and names the fields that break one. */
export function inputFrom(draft: ArticleDraft): ArticleInput {
  return {
    slug: draft.slug,
    title: draft.title,
    publicAnswer: draft.publicAnswer,
    internalNotes: draft.internalNotes,
    keywords: draft.keywords
      .split(",")
      .map((k) => k.trim())
      .filter((k) => k !== ""),
    departmentCode: draft.departmentCode || null,
    agencyCode: draft.agencyCode || null,
    serviceCodes: draft.serviceCodes,
    reviewBy: draft.reviewBy || null,
    status: draft.status,
    language: draft.language,
    phoneAnswer: draft.phoneAnswer.trim() || null,
  };
}

/** A web-address slug from a title: "Fall leaf pick-up!" → "fall-leaf-pick-up". */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 100)
    .replace(/-+$/, "");
}

/** Each field's label (as the sentence starts) and the id of the input the error summary moves to. */
const FIELDS: Record<string, { label: string; target: string }> = {
  title: { label: "Title", target: "article-title" },
  slug: { label: "Web address", target: "article-slug" },
  publicAnswer: { label: "Public answer", target: "article-answer" },
  internalNotes: { label: "Internal notes", target: "article-notes" },
  phoneAnswer: { label: "Phone answer", target: "article-phone-answer" },
  keywords: { label: "Keywords", target: "article-keywords" },
  departmentCode: { label: "Department", target: "article-department" },
  agencyCode: { label: "Related agency", target: "article-agency" },
  serviceCodes: { label: "Related service types", target: "article-services" },
  reviewBy: { label: "Review-by date", target: "article-review-by" },
  status: { label: "Status", target: "article-status-draft" },
  language: { label: "Language", target: "article-language" },
};

/** Problems in the order of the form, so the summary reads top to bottom like the page. */
export function inFormOrder(problems: Problem[]): Problem[] {
  const order = Object.keys(FIELDS);
  const rank = (p: Problem) => (order.includes(p.field) ? order.indexOf(p.field) : order.length);
  return [...problems].sort((a, b) => rank(a) - rank(b));
}

/** Turns a server field path (`keywords.1`) into the editor's field and a sentence ("Keyword 2 must …"). */
export function describeArticleField(path: string, message: string): Problem | null {
  const [field = "", index] = path.split(".");
  const known = FIELDS[field];
  if (!known) return null;
  const label =
    index !== undefined && field === "keywords"
      ? `Keyword ${Number(index) + 1}`
      : index !== undefined && field === "serviceCodes"
        ? `Related service type ${Number(index) + 1}`
        : known.label;
  return { field, target: known.target, text: `${label} ${message}` };
}
