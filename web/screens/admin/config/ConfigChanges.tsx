import type { ConfigChange, ConfigFieldChange, ConfigSection } from "../../../../common/contracts/config.js";

const SECTION_NAMES: Record<ConfigSection, string> = {
  city: "City settings",
  departments: "Departments",
  agencies: "Outside agencies",
  holidays: "Holidays",
  services: "Services",
  service_groups: "Service groups",
  escalation_defaults: "Default escalation levels",
  routing_rules: "Routing rules",
  districts: "Districts",
  synonyms: "Synonyms",
  phone: "Phone line",
};

const VERBS: Record<ConfigChange["action"], string> = {
  create: "Add",
  update: "Change",
  retire: "Retire",
  delete: "Delete",
};

/** A field path as a person reads it: `sla` → "SLA", `questions.size.prompt` → "questions › size › prompt". */
export function fieldName(field: string): string {
  return field
    .split(".")
    .map((part) => (part === "sla" ? "SLA" : part.replaceAll("_", " ")))
    .join(" › ");
}

function FieldChange({ f }: { f: ConfigFieldChange }) {
  return (
    <>
      {fieldName(f.field)} <span className="text-italic">{f.before}</span> →{" "}
      <span className="text-bold">{f.after}</span>
    </>
  );
}

function ChangeLine({ change }: { change: ConfigChange }) {
  if (change.action === "update" && change.fields.length === 1) {
    return (
      <li>
        {change.label}: <FieldChange f={change.fields[0]!} />
      </li>
    );
  }
  const label = `${change.label.charAt(0).toLowerCase()}${change.label.slice(1)}`;
  return (
    <li>
      {VERBS[change.action]} {label}
      {change.action === "update" ? (
        <ul className="usa-list">
          {change.fields.map((f) => (
            <li key={f.field} className="text-break-all">
              <FieldChange f={f} />
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

/** What an import would change, grouped by section: added, changed (before → after), retired or deleted. */
export function ConfigChanges({ changes }: { changes: ConfigChange[] }) {
  if (changes.length === 0) {
    return <p data-testid="config-no-changes">No changes: the database already has this configuration.</p>;
  }
  const sections = [...new Set(changes.map((c) => c.section))];
  return (
    <div data-testid="config-changes">
      <p>
        Importing this file makes {changes.length} change{changes.length === 1 ? "" : "s"}:
      </p>
      {sections.map((section) => (
        <section key={section} aria-labelledby={`config-section-${section}`}>
          <h4 id={`config-section-${section}`} className="margin-bottom-1">
            {SECTION_NAMES[section]}
          </h4>
          <ul className="usa-list">
            {changes
              .filter((c) => c.section === section)
              .map((c) => (
                <ChangeLine key={`${c.action}-${c.key}`} change={c} />
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
