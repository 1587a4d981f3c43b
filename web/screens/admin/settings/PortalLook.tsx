import { ErrorMessage, Fieldset } from "@trussworks/react-uswds";
import {
  PORTAL_COLOR_HEX,
  PORTAL_COLOR_NAMES,
  PORTAL_COLORS,
  type PortalColor,
} from "../../../../common/contracts/city.js";
import type { Problem } from "../../knowledge-base/problems";

/** The portal header's color when a city picks none (web/styles.css .portal-header). */
const STANDARD = "#162e51";

interface ColorPickerProps {
  value: PortalColor | "";
  problem: Problem | undefined;
  onChange: (color: PortalColor | "") => void;
}

/** The primary color as a radio group of named swatches; every choice keeps white text readable. */
export function ColorPicker({ value, problem, onChange }: ColorPickerProps) {
  const choices: { id: string; value: PortalColor | ""; name: string; hex: string }[] = [
    { id: "city-color-standard", value: "", name: "Standard (dark blue)", hex: STANDARD },
    ...PORTAL_COLORS.map((c) => ({
      id: `city-color-${c}`,
      value: c,
      name: PORTAL_COLOR_NAMES[c],
      hex: PORTAL_COLOR_HEX[c],
    })),
  ];
  return (
    <Fieldset legend="Primary color" className="margin-top-3">
      <span className="usa-hint" id="city-color-hint">
        Used for the portal's header and buttons. Every color here keeps white text easy to read.
      </span>
      {problem ? <ErrorMessage id="city-color-error">{problem.text}</ErrorMessage> : null}
      <div className="city-swatches">
        {choices.map((c) => (
          <div className="usa-radio" key={c.id}>
            <input
              className="usa-radio__input usa-radio__input--tile"
              id={c.id}
              type="radio"
              name="primaryColor"
              value={c.value}
              checked={value === c.value}
              aria-describedby="city-color-hint"
              onChange={() => onChange(c.value)}
            />
            <label className="usa-radio__label city-swatch__label" htmlFor={c.id}>
              <span className="city-swatch" style={{ backgroundColor: c.hex }} aria-hidden="true" />
              {c.name}
            </label>
          </div>
        ))}
      </div>
    </Fieldset>
  );
}

/** What the portal's header will look like with this name, logo and color. */
export function HeaderPreview({
  name,
  logoUrl,
  color,
}: {
  name: string;
  logoUrl: string | null;
  color: PortalColor | "";
}) {
  return (
    <figure className="margin-x-0 margin-top-3 margin-bottom-0">
      <figcaption className="text-bold margin-bottom-1">Preview of the portal's header</figcaption>
      <div
        data-testid="header-preview"
        className="padding-2 display-flex flex-align-center"
        style={{ backgroundColor: color ? PORTAL_COLOR_HEX[color] : STANDARD, color: "#fff", gap: "0.75rem" }}
      >
        {logoUrl ? (
          <img src={logoUrl} alt="" style={{ height: "3rem", width: "auto", maxWidth: "8rem" }} />
        ) : null}
        <span className="text-bold font-sans-lg">{`${name.trim() || "Your city"} 311`}</span>
      </div>
    </figure>
  );
}
