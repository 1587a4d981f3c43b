import { Label } from "@trussworks/react-uswds";
import { type KeyboardEvent, useEffect, useState } from "react";
import { type AddressSuggestion, useAddressSearch } from "../../api/console";
import { useDebounced } from "./ConsoleSearch";

interface AddressFieldProps {
  text: string;
  onTextChange: (text: string) => void;
  onPick: (suggestion: AddressSuggestion) => void;
}

const optionId = (i: number) => `console-address-option-${i}`;

/** Address or intersection with autocomplete: Down and Up move through suggestions, Enter picks one. */
export function AddressField({ text, onTextChange, onPick }: AddressFieldProps) {
  const q = useDebounced(text, 150);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useAddressSearch(open ? q : "");
  const items = open && text.trim() ? (search.data ?? []) : [];

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new list of suggestions clears the highlight
  useEffect(() => {
    setActive(-1);
  }, [search.data]);

  const pick = (suggestion: AddressSuggestion) => {
    onPick(suggestion);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "ArrowDown" && items.length > 0) {
      event.preventDefault();
      setActive((i) => (i + 1) % items.length);
    } else if (event.key === "ArrowUp" && items.length > 0) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? items.length - 1 : i - 1));
    } else if (event.key === "Enter") {
      const chosen = active >= 0 ? items[active] : undefined;
      if (chosen) {
        event.preventDefault();
        pick(chosen);
      } else if (items.length > 0) {
        // Enter without a highlight does not submit a half-typed address by accident.
        event.preventDefault();
      }
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  };

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
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
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
        {items.map((item, i) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: options are reached from the address box's arrow keys
          <div
            key={`${item.kind}-${item.label}`}
            id={optionId(i)}
            role="option"
            tabIndex={-1}
            aria-selected={i === active}
            className={`padding-1 cursor-pointer ${i === active ? "bg-primary-lighter" : ""}`}
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
