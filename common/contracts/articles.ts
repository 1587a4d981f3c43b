import { z } from "zod";

/** Body of `POST /api/articles` and `PUT /api/articles/:id` (supervisors and administrators). */
export const articleInput = z.object({
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens")
    .max(100, "must have at most 100 characters"),
  title: z
    .string()
    .trim()
    .min(3, "must have at least 3 characters")
    .max(200, "must have at most 200 characters"),
  publicAnswer: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(20_000, "must have at most 20,000 characters"),
  internalNotes: z.string().trim().max(20_000, "must have at most 20,000 characters").default(""),
  keywords: z
    .array(z.string().trim().min(1, "must not be empty").max(100, "must have at most 100 characters each"))
    .max(50, "must be at most 50")
    .default([]),
  departmentCode: z.string().trim().max(64).nullable().default(null),
  agencyCode: z.string().trim().max(64).nullable().default(null),
  serviceCodes: z.array(z.string().trim().min(1).max(64)).max(20, "must be at most 20 services").default([]),
  reviewBy: z.iso.date("must be a date (YYYY-MM-DD)").nullable().default(null),
  status: z.enum(["draft", "published"], "must be draft or published").default("draft"),
  language: z
    .string()
    .trim()
    .min(2, "must be a language code such as en")
    .max(10, "must be a language code such as en")
    .default("en"),
  /**
   * The answer as the phone menu reads it aloud: plain text in short spoken sentences (no Markdown, no
   * links). Empty or missing: the article has no phone answer (null).
   */
  phoneAnswer: z
    .string()
    .trim()
    .max(1000, "must have at most 1,000 characters")
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type ArticleInput = z.output<typeof articleInput>;

/** Body of `PUT /api/synonyms`: every group, replacing the current list. */
export const synonymsInput = z.object({
  groups: z
    .array(
      z
        .array(
          z
            .string()
            .trim()
            .toLowerCase()
            .min(2, "must have at least 2 characters")
            .max(60, "must have at most 60 characters"),
        )
        .min(2, "must have at least 2 terms")
        .max(20, "must have at most 20 terms"),
    )
    .max(500, "must be at most 500 groups"),
});

/** Query of `GET /api/articles`: every article, by title, a page at a time (supervisors and administrators). */
export const listArticlesQuery = z.object({
  /** Words that must all appear in the title, address (slug), keywords or public answer. */
  q: z.string().trim().max(200).optional(),
  status: z.enum(["draft", "published"]).optional(),
  /** A department's code. */
  department: z.string().trim().max(64).optional(),
  /** Only articles whose review-by date has passed. */
  stale: z.enum(["true", "false"]).optional(),
  cursor: z.string().max(400).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListArticlesQuery = z.input<typeof listArticlesQuery>;

const directoryRef = z.object({ code: z.string(), name: z.string() });

/** One row of the article list. */
export const articleSummary = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  status: z.enum(["draft", "published"]),
  language: z.string(),
  reviewBy: z.string().nullable(),
  /** The review-by date has passed. */
  stale: z.boolean(),
  useCount: z.number(),
  updatedAt: z.string(),
  department: directoryRef.nullable(),
});
export type ArticleSummary = z.infer<typeof articleSummary>;

/** Body of `GET /api/articles`: `nextCursor` is null on the last page. */
export const articleList = z.object({ items: z.array(articleSummary), nextCursor: z.string().nullable() });
export type ArticleList = z.infer<typeof articleList>;

/** Body of `GET /api/articles/:id` (and of a successful POST or PUT). */
export const articleDetail = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  publicAnswer: z.string(),
  internalNotes: z.string().nullable(),
  keywords: z.array(z.string()),
  status: z.enum(["draft", "published"]),
  language: z.string(),
  reviewBy: z.string().nullable(),
  /** What the phone menu reads aloud (plain text), or null. */
  phoneAnswer: z.string().nullable(),
  useCount: z.number(),
  updatedAt: z.string(),
  /** Who keeps the article: the staff member who created it (null for articles that came with the city). */
  owner: z.object({ id: z.number(), name: z.string() }).nullable(),
  department: directoryRef
    .extend({
      phone: z.string().nullable(),
      transferPhone: z.string().nullable(),
      hours: z.string().nullable(),
    })
    .nullable(),
  agency: directoryRef
    .extend({
      phone: z.string().nullable(),
      hours: z.string().nullable(),
      callerScript: z.string().nullable(),
    })
    .nullable(),
  services: z.array(directoryRef),
});
export type ArticleDetail = z.infer<typeof articleDetail>;

const healthItem = z.object({
  id: z.number(),
  title: z.string(),
  reviewBy: z.string().nullable(),
  useCount: z.number(),
  status: z.enum(["draft", "published"]),
});

/** Body of `GET /api/articles/health`: published articles past their review date, and the most used. */
export const articleHealth = z.object({ stale: z.array(healthItem), mostUsed: z.array(healthItem) });
export type ArticleHealth = z.infer<typeof articleHealth>;

/** Body of `GET /api/synonyms` and of a successful `PUT /api/synonyms`. */
export const synonymsResponse = z.object({ groups: z.array(z.array(z.string())) });

/** One published article the phone menu may read ("press 1"): `GET /api/admin/phone/articles`. */
export const phoneArticleChoice = z.object({
  slug: z.string(),
  title: z.string(),
  /** The article has a phone answer; without one the menu falls back to its public answer. */
  hasPhoneAnswer: z.boolean(),
});
export type PhoneArticleChoice = z.infer<typeof phoneArticleChoice>;
