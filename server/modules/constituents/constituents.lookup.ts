import { and, desc, eq, ilike, ne, or, type SQL, sql } from "drizzle-orm";
import {
  constituents,
  followers,
  interactions,
  serviceRequests,
  serviceTypes,
} from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";
import { displayName, phoneDigits } from "./constituents.repository.js";

/** Callers matching what the operator typed: phone digits, email, name words or address, best matches first. */
export async function findConstituents(db: DbOrTx, q: string, limit = 10) {
  const text = q.trim();
  const digits = phoneDigits(text);
  const conditions: SQL[] = [];
  if (digits && digits.length >= 4 && /^[\d\s()+.-]+$/.test(text))
    conditions.push(sql`${constituents.phoneDigits} like ${`%${digits}`}`);
  if (text.includes("@")) conditions.push(eq(constituents.email, text.toLowerCase()));
  const words = text
    .split(/\s+/)
    .filter((w) => w.length >= 2 && !/^\d+$/.test(w))
    .slice(0, 4);
  if (words.length && !text.includes("@")) {
    const like = (w: string) => `${w.replace(/[\\%_]/g, "\\$&")}%`;
    conditions.push(
      and(
        ...words.map((w) =>
          or(ilike(constituents.firstName, like(w)), ilike(constituents.lastName, like(w))),
        ),
      )!,
    );
    conditions.push(ilike(constituents.address, `%${text.replace(/[\\%_]/g, "\\$&")}%`));
  }
  if (conditions.length === 0) return [];
  return db
    .select({
      id: constituents.id,
      firstName: constituents.firstName,
      lastName: constituents.lastName,
      phone: constituents.phone,
      email: constituents.email,
      address: constituents.address,
      language: constituents.language,
    })
    .from(constituents)
    .where(or(...conditions))
    .orderBy(desc(constituents.updatedAt), desc(constituents.id))
    .limit(limit);
}

/** What the console shows about a caller: their open requests, requests they follow and recent contacts. */
export async function constituentSummary(db: DbOrTx, id: number) {
  const [person] = await db.select().from(constituents).where(eq(constituents.id, id)).limit(1);
  if (!person) return null;
  const requestColumns = {
    number: serviceRequests.number,
    service: serviceTypes.name,
    status: serviceRequests.status,
    address: serviceRequests.address,
    createdAt: serviceRequests.createdAt,
    dueAt: serviceRequests.dueAt,
  };
  const [open, followed, contacts] = await Promise.all([
    db
      .select(requestColumns)
      .from(serviceRequests)
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
      .where(and(eq(serviceRequests.constituentId, id), ne(serviceRequests.status, "closed")))
      .orderBy(desc(serviceRequests.createdAt))
      .limit(20),
    db
      .select(requestColumns)
      .from(followers)
      .innerJoin(serviceRequests, eq(serviceRequests.id, followers.requestId))
      .innerJoin(serviceTypes, eq(serviceTypes.id, serviceRequests.serviceTypeId))
      .where(
        and(eq(followers.constituentId, id), sql`(${serviceRequests.constituentId} is distinct from ${id})`),
      )
      .orderBy(desc(followers.createdAt))
      .limit(20),
    db
      .select({
        id: interactions.id,
        channel: interactions.channel,
        startedAt: interactions.startedAt,
        outcomes: interactions.outcomes,
      })
      .from(interactions)
      .where(eq(interactions.constituentId, id))
      .orderBy(desc(interactions.startedAt))
      .limit(10),
  ]);
  const iso = <T extends { createdAt: Date; dueAt: Date | null }>(r: T) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    dueAt: r.dueAt?.toISOString() ?? null,
  });
  return {
    constituent: {
      id: person.id,
      name: displayName(person),
      phone: person.phone,
      email: person.email,
      address: person.address,
      language: person.language,
      contactPreference: person.contactPreference,
    },
    openRequests: open.map(iso),
    followedRequests: followed.map(iso),
    recentContacts: contacts.map((c) => ({ ...c, startedAt: c.startedAt.toISOString() })),
  };
}
