import { and, asc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import type { ListPeopleQuery, PersonSummary } from "../../../common/contracts/people.js";
import type { Role } from "../../../common/roles.js";
import { departmentMembers, departments, users } from "../../db/schema/index.js";
import type { DbOrTx } from "../../platform/db.js";

interface PersonRow {
  id: number;
  name: string;
  email: string;
  role: string;
  active: boolean;
  lastSignInAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  departments: { code: string; name: string }[];
}

// Drizzle writes a bare "id" for columns of a single-table query; inside the sub-selects that would mean
// the department's id, so the user's id is spelled out in full.
function selectPeople(db: DbOrTx) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      lastSignInAt: users.lastSignInAt,
      createdAt: users.createdAt,
      updatedAt: users.updatedAt,
      departments: sql<{ code: string; name: string }[]>`coalesce((
        select json_agg(json_build_object('code', d.code, 'name', d.name) order by d.name)
        from ${departmentMembers} m join ${departments} d on d.id = m.department_id
        where m.user_id = "users"."id"), '[]'::json)`,
    })
    .from(users);
}

// Timestamps come back as Date from columns; present them as ISO strings like every other contract.
function present(row: PersonRow): PersonSummary {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    departments: row.departments,
    active: row.active,
    lastSignInAt: row.lastSignInAt ? new Date(row.lastSignInAt).toISOString() : null,
    createdAt: new Date(row.createdAt).toISOString(),
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}

/** Escapes LIKE wildcards so a search for "a_b" means exactly that. */
function likeTerm(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Staff accounts by name (then email), narrowed by words, role, department and active state. */
export async function listPeople(db: DbOrTx, query: ListPeopleQuery): Promise<PersonSummary[]> {
  const where: SQL[] = [];
  for (const word of query.q.split(/\s+/).filter(Boolean)) {
    const term = likeTerm(word);
    where.push(or(ilike(users.name, term), ilike(users.email, term)) as SQL);
  }
  if (query.role) where.push(eq(users.role, query.role));
  if (query.active) where.push(eq(users.active, query.active === "true"));
  if (query.department)
    where.push(sql`exists (select 1 from ${departmentMembers} m join ${departments} d
      on d.id = m.department_id where m.user_id = "users"."id" and d.code = ${query.department})`);
  const rows = await selectPeople(db)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(users.name), asc(users.email), asc(users.id));
  return (rows as PersonRow[]).map(present);
}

/** One staff account by id, or null. */
export async function findPerson(db: DbOrTx, id: number): Promise<PersonSummary | null> {
  const [row] = await selectPeople(db).where(eq(users.id, id)).limit(1);
  return row ? present(row as PersonRow) : null;
}
