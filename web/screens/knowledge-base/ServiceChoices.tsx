import { Checkbox, ErrorMessage, Fieldset } from "@trussworks/react-uswds";
import { useServices } from "../../api/catalog";
import type { Problem } from "./problems";

/**
 * The service types related to an article, as checkboxes in two columns from tablet width. The wrapper is
 * the error summary's target (`article-services`), focusable so its link lands here.
 */
export function ServiceChoices({
  chosen,
  problem,
  onChange,
}: {
  chosen: string[];
  problem: Problem | undefined;
  onChange: (codes: string[]) => void;
}) {
  const services = useServices();
  const toggle = (code: string, checked: boolean) =>
    onChange(checked ? [...chosen, code] : chosen.filter((c) => c !== code));
  return (
    <div id="article-services" tabIndex={-1} className={problem ? "usa-form-group--error" : undefined}>
      <Fieldset legend="Related service types (optional)" className="margin-top-3">
        <span className="usa-hint">Requests an operator may create after reading this answer.</span>
        {problem ? <ErrorMessage id="article-services-error">{problem.text}</ErrorMessage> : null}
        <div className="grid-row grid-gap">
          {(services.data ?? []).map((s) => (
            <div key={s.code} className="grid-col-12 tablet:grid-col-6">
              <Checkbox
                id={`article-service-${s.code}`}
                name="serviceCodes"
                value={s.code}
                label={s.name}
                checked={chosen.includes(s.code)}
                onChange={(e) => toggle(s.code, e.target.checked)}
              />
            </div>
          ))}
        </div>
      </Fieldset>
    </div>
  );
}
