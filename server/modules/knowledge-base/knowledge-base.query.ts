/** How a caller's words become a full-text query: words, synonyms, and a prefix for the word being typed. */

const MAX_WORDS = 12;
// What is left of "wasn't", "didn't", "can't"… once the apostrophe splits them: no topic in them.
const CONTRACTIONS = new Set([
  "wasn",
  "isn",
  "didn",
  "doesn",
  "don",
  "can",
  "won",
  "aren",
  "weren",
  "hasn",
  "haven",
  "couldn",
  "wouldn",
  "shouldn",
  "ain",
  "ll",
  "ve",
  "re",
]);

/** Lower-case words of two or more letters or digits, in order, without repeats. */
export function words(text: string): string[] {
  const all =
    text
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .match(/[a-z0-9]+/g) ?? [];
  return [...new Set(all.filter((w) => w.length >= 2 && !CONTRACTIONS.has(w)))].slice(0, MAX_WORDS);
}

/**
 * A `to_tsquery` string: every word OR-ed with its synonyms (ranking rewards documents that match more of
 * them), multi-word synonyms as phrases, and the last word as a prefix while the operator is still typing.
 */
export function toTsQuery(
  text: string,
  synonymGroups: readonly string[][],
  typing: boolean,
  titlesOnly = false,
): string | null {
  const ws = words(text);
  if (ws.length === 0) return null;
  const normalized = ` ${ws.join(" ")} `;
  const alternatives = new Set<string>();
  // Weight A holds titles and keywords: matching only there keeps a loose query selective.
  const a = titlesOnly ? "A" : "";
  const term = (w: string) => (a ? `${w}:${a}` : w);
  for (const [i, w] of ws.entries())
    alternatives.add(typing && i === ws.length - 1 && w.length >= 3 ? `${w}:*${a}` : term(w));
  for (const group of synonymGroups) {
    const terms = group.map((t) => words(t)).filter((t) => t.length > 0);
    if (!terms.some((t) => normalized.includes(` ${t.join(" ")} `))) continue;
    for (const t of terms) alternatives.add(t.length === 1 ? term(t[0]!) : `(${t.map(term).join(" <-> ")})`);
  }
  return [...alternatives].join(" | ");
}

/**
 * The stricter `to_tsquery` string: every given word must match, each as itself or one of its single-word
 * synonyms (the last word as a prefix while typing). Tried first, because it is precise and cheap.
 */
export function toAllWordsQuery(
  ws: string[],
  synonymGroups: readonly string[][],
  typing: boolean,
): string | null {
  if (ws.length === 0) return null;
  const groups = ws.map((w, i) => {
    const alternatives = new Set([typing && i === ws.length - 1 && w.length >= 3 ? `${w}:*` : w]);
    for (const group of synonymGroups) {
      const single = group
        .map((t) => words(t))
        .filter((t) => t.length === 1)
        .map((t) => t[0]!);
      if (single.includes(w)) for (const t of single) alternatives.add(t);
    }
    return alternatives.size === 1 ? [...alternatives][0]! : `(${[...alternatives].join(" | ")})`;
  });
  return groups.join(" & ");
}
