import { type CloseReason, describeStatus, type RequestStatus } from "../../../common/statuses.js";
import type { publicArticle, publicRequest, requestsNear } from "./public-content.repository.js";

type Fields = Map<string, string> | undefined;
type RequestRow = NonNullable<Awaited<ReturnType<typeof publicRequest>>>;
type ArticleRow = NonNullable<Awaited<ReturnType<typeof publicArticle>>>;
type NearRow = Awaited<ReturnType<typeof requestsNear>>[number];

const status = (s: string, reason: string | null) => ({
  status: s,
  closeReason: reason,
  statusLabel: describeStatus(s as RequestStatus, reason as CloseReason | null),
});

/** A request as anyone may see it, field by field: never a name, phone, email or description. */
export function presentPublicRequest(r: RequestRow, serviceName: string | undefined) {
  return {
    number: r.number,
    serviceCode: r.serviceCode,
    service: serviceName ?? r.service,
    ...status(r.status, r.closeReason),
    address: r.address,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    closedAt: r.status === "closed" ? (r.closedAt?.toISOString() ?? null) : null,
    expectedBy: r.status === "closed" ? null : (r.dueAt?.toISOString() ?? null),
    duplicateOf: r.duplicateOf,
    photos: r.photos.map((p) => ({ url: `/media/${p.storageKey}` })),
    timeline: r.events
      // A resident's own comment stays in Open311 and staff screens, not on the public page.
      .filter((e) => e.type !== "comment")
      .map((e) => ({
        at: e.at.toISOString(),
        type: e.type,
        status: typeof e.data.to === "string" ? e.data.to : null,
        closeReason: typeof e.data.closeReason === "string" ? e.data.closeReason : null,
        label: typeof e.data.label === "string" ? e.data.label : null,
        note: e.body,
      })),
  };
}

/** A nearby request for the "near me" list and map: public fields only. */
export function presentNearby(r: NearRow, serviceName: string | undefined) {
  return {
    number: r.number,
    serviceCode: r.serviceCode,
    service: serviceName ?? r.service,
    ...status(r.status, r.closeReason),
    address: r.address,
    lat: r.lat,
    lng: r.lng,
    distanceM: Number(r.distanceM),
    createdAt: r.createdAt.toISOString(),
    closedAt: r.status === "closed" ? (r.closedAt?.toISOString() ?? null) : null,
  };
}

/** A published article in the resident's language, with the services it leads to and who to contact. */
export function presentArticle(
  a: ArticleRow,
  t: { article: Fields; department: Fields; services: Map<string, Map<string, string>> },
) {
  return {
    slug: a.slug,
    title: t.article?.get("title") ?? a.title,
    publicAnswer: t.article?.get("publicAnswer") ?? a.publicAnswer,
    translated: t.article?.has("publicAnswer") ?? false,
    updatedAt: a.updatedAt.toISOString(),
    services: a.services.map((s) => ({ code: s.code, name: t.services.get(s.code)?.get("name") ?? s.name })),
    department: a.department
      ? {
          code: a.department.code,
          name: t.department?.get("name") ?? a.department.name,
          phone: a.department.phone,
          email: a.department.email,
          hours: a.department.hours,
          address: a.department.address,
          webUrl: a.department.webUrl,
        }
      : null,
    agency: a.agency,
  };
}
