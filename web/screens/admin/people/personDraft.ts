import type { PersonSummary } from "../../../../common/contracts/people.js";
import type { Role } from "../../../../common/roles.js";
import type { Problem } from "../../knowledge-base/problems";

/** What the person form holds while it is being edited. */
export interface PersonDraft {
  name: string;
  email: string;
  role: Role;
  departmentCodes: string[];
  /** New accounts only: generate a temporary password, or set the one typed. */
  passwordChoice: "generate" | "set";
  password: string;
}

export const EMPTY_PERSON: PersonDraft = {
  name: "",
  email: "",
  role: "operator",
  departmentCodes: [],
  passwordChoice: "generate",
  password: "",
};

/** The draft for an existing person. */
export function draftFromPerson(person: PersonSummary): PersonDraft {
  return {
    ...EMPTY_PERSON,
    name: person.name,
    email: person.email,
    role: person.role,
    departmentCodes: person.departments.map((d) => d.code),
  };
}

const FIELDS: Record<string, { target: string; label: string }> = {
  name: { target: "person-name", label: "Name" },
  email: { target: "person-email", label: "Email" },
  role: { target: "person-role", label: "Role" },
  departmentCodes: { target: "person-departments", label: "Departments" },
  departments: { target: "person-departments", label: "Departments" },
  password: { target: "person-password", label: "Password" },
};

/** The server's field problems as sentences tied to this form's inputs. */
export function describePersonField(field: string, message: string): Problem | null {
  const key = field.split(".")[0] ?? field;
  const known = FIELDS[key];
  if (!known) return null;
  // The server says "departments …" and "departmentCodes …"; the form has one group of checkboxes.
  const fieldKey = key === "departments" ? "departmentCodes" : key;
  // Department messages are sentences of their own ("department staff need …", "unknown department …").
  const text =
    fieldKey === "departmentCodes"
      ? `${message.charAt(0).toUpperCase()}${message.slice(1)}.`
      : `${known.label} ${message}`;
  return { field: fieldKey, target: known.target, text };
}
