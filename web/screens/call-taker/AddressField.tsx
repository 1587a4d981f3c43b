import { Label } from "@trussworks/react-uswds";
import { useState } from "react";
import { type AddressSuggestion, useAddressSearch } from "../../api/console";
import { useListboxKeys } from "../../components/useListboxKeys";
import { useDebounced } from "./ConsoleSearch";

interface AddressFieldProps {
  text: string;
  onTextChange: (text: string) => void;
  onPick: (suggestion: AddressSuggestion) => void;
}

/** An option's element id, from what it is: a new list with other places resets the highlight. */
const optionId = (item: AddressSuggestion) =>
  `console-address-${item.kind}-${item.id ?? item.label.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;

/** Address or intersection with autocomplete: Down and Up move through suggestions, Enter picks one. */
export function AddressField({ text, onTextChange, onPick }: AddressFieldProps) {
  const q = useDebounced(text, 150);
  const [open, setOpen] = useState(false);
  const search = useAddressSearch(open ? q : "");
  const items = open && text.trim() ? (search.data ?? []) : [];

  const pick = (suggestion: AddressSuggestion) => {
    onPick(suggestion);
    setOpen(false);
  };
  const { activeId, onKeyDown } = useListboxKeys({
    items,
    idOf: optionId,
    onPick: pick,
    onEscape: () => setOpen(false),
  });

  const expanded = items.length > 0;
  return (
    <div className="console-address">
      <Label htmlFor="console-address">Address or intersection</Label>
      <span className="usa-hint" id="console-address-hint">
        For example “12 Elm” or “Elm St &amp; Oak Ave”. Down arrow for suggestions, Enter to pick.
      </span>
      <input
        id="console-address"
        className="usa-input maxw-full"
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls="console-address-list"
        aria-activedescendant={expanded && activeId ? activeId : undefined}
        aria-describedby="console-address-hint console-address-status"
        value={text}
        onChange={(e) => {
          onTextChange(e.target.value);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <p id="console-address-status" role="status" className="usa-sr-only">
        {expanded ? `${items.length} suggestions` : ""}
      </p>
      <div
        id="console-address-list"
        role="listbox"
        aria-label="Address suggestions"
        className="usa-list--unstyled border-1px border-base-lighter"
        hidden={!expanded}
      >
        {items.map((item) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: options are reached from the address box's arrow keys
          <div
            key={`${item.kind}-${item.label}`}
            id={optionId(item)}
            role="option"
            tabIndex={-1}
            aria-selected={optionId(item) === activeId}
            className={`padding-1 cursor-pointer ${optionId(item) === activeId ? "bg-primary-lighter" : ""}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => pick(item)}
          >
            {item.label}
            {item.kind === "intersection" ? <span className="text-base-dark"> (intersection)</span> : null}
          </div>
        ))}
      </div>
    </div>
  );
}
