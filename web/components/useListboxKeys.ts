import { type KeyboardEvent, useEffect, useState } from "react";

interface ListboxOptions<T> {
  /** The options in the order they are shown. */
  items: T[];
  /** The option's element id (also its identity): aria-activedescendant points at it. */
  idOf: (item: T) => string;
  /** The option highlighted when a new list arrives (the best match), or none until the user moves. */
  initial?: T | null;
  onPick: (item: T) => void;
  onEscape?: () => void;
}

/**
 * The keys of a combobox whose focus stays in its text box: Down and Up move the highlight through the
 * options (wrapping), Enter picks the highlighted one, Escape calls `onEscape`. Enter never submits the
 * surrounding form while options are showing, so a half-typed value is not sent by accident.
 */
export function useListboxKeys<T>({ items, idOf, initial = null, onPick, onEscape }: ListboxOptions<T>) {
  const [activeId, setActiveId] = useState<string | null>(null);
  const listKey = items.map(idOf).join("\n");
  const initialId = initial ? idOf(initial) : null;

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new list (by its ids) resets the highlight
  useEffect(() => {
    setActiveId(initialId);
  }, [listKey, initialId]);

  const active = items.find((item) => idOf(item) === activeId) ?? null;

  const move = (step: number) => {
    if (items.length === 0) return;
    const index = items.findIndex((item) => idOf(item) === activeId);
    const next = index < 0 ? (step > 0 ? 0 : items.length - 1) : (index + step + items.length) % items.length;
    const target = items[next];
    if (!target) return;
    setActiveId(idOf(target));
    document.getElementById(idOf(target))?.scrollIntoView({ block: "nearest" });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (items.length === 0) return;
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter") {
      if (items.length > 0 || active) event.preventDefault();
      if (active) onPick(active);
    } else if (event.key === "Escape") {
      onEscape?.();
    }
  };

  return { active, activeId: active ? activeId : null, onKeyDown };
}
