import { Tag } from "@trussworks/react-uswds";

/** A visible "Overdue" tag, so lateness is not conveyed by colour alone. */
export function OverdueTag() {
  return <Tag className="bg-secondary-dark margin-left-05">Overdue</Tag>;
}
