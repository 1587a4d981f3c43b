/** How a caller's words become a full-text query: words, synonyms, and a prefix for the word being typed. */

const MAX_WORDS = 12;

/** Lower-case words of two or more letters or digits, in order, without repeats. */
export function words(text: string): string[] {
  const all =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .match(/[a-z0-9]+/g) ?? [];
  return [...new Set(all.filter((w) => w.length >= 2))].slice(0, MAX_WORDS);
}

/**
 * A `to_tsquery` string: every word OR-ed with its synonyms (ranking rewards documents that match more of
 * them), multi-word synonyms as phrases, and the last word as a prefix while the operator is still typing.
 */
export function toTsQuery(text: string, synonymGroups: readonly string[][], typing: boolean): string | null {
  const ws = words(text);
  if (ws.length === 0) return null;
  const normalized = ` ${ws.join(" ")} `;
  const alternatives = new Set<string>();
  for (const [i, w] of ws.entries())
    alternatives.add(typing && i === ws.length - 1 && w.length >= 3 ? `${w}:*` : w);
  for (const group of synonymGroups) {
    const terms = group.map((t) => words(t)).filter((t) => t.length > 0);
    if (!terms.some((t) => normalized.includes(` ${t.join(" ")} `))) continue;
    for (const t of terms) alternatives.add(t.length === 1 ? t[0]! : `(${t.join(" <-> ")})`);
  }
  return [...alternatives].join(" | ");
}
