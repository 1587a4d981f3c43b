import type { ReactNode } from "react";

/** Bold (`**text**`) inside a line; links `[text](url)` keep only their text. Everything else is plain text. */
function inline(text: string, keyPrefix: string): ReactNode[] {
  const plain = text.replace(/\[([^\]]+)\]\([^)]*\)/g, "$1");
  const parts = plain.split(/(\*\*[^*]+\*\*)/g);
  return parts
    .filter((part) => part !== "")
    .map((part, i) => {
      const key = `${keyPrefix}-${i}`;
      if (part.startsWith("**") && part.endsWith("**") && part.length > 4) {
        return <strong key={key}>{part.slice(2, -2)}</strong>;
      }
      return <span key={key}>{part}</span>;
    });
}

const bullet = /^\s*[-*]\s+/;
const numbered = /^\s*\d+[.)]\s+/;
const heading = /^#{1,6}\s+/;

/**
 * A tiny, safe Markdown renderer for knowledge-base answers: paragraphs, bulleted and numbered lists, bold.
 * It builds React elements from text only, so nothing in the article can inject HTML.
 */
export function Markdown({ source }: { source: string }) {
  const blocks = source.replace(/\r\n?/g, "\n").split(/\n\s*\n/);
  return (
    <div className="console-markdown">
      {blocks.map((block, b) => {
        const lines = block.split("\n").filter((line) => line.trim() !== "");
        const key = `b${b}`;
        if (lines.length === 0) return null;
        if (lines.every((line) => bullet.test(line))) {
          return (
            <ul key={key}>
              {lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: static text, never reordered
                <li key={`${key}-${i}`}>{inline(line.replace(bullet, ""), `${key}-${i}`)}</li>
              ))}
            </ul>
          );
        }
        if (lines.every((line) => numbered.test(line))) {
          return (
            <ol key={key}>
              {lines.map((line, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: static text, never reordered
                <li key={`${key}-${i}`}>{inline(line.replace(numbered, ""), `${key}-${i}`)}</li>
              ))}
            </ol>
          );
        }
        const text = lines.map((line) => line.replace(heading, "").trim()).join(" ");
        const isHeading = lines.length === 1 && heading.test(lines[0] ?? "");
        return (
          <p key={key} className={isHeading ? "text-bold" : undefined}>
            {inline(text, key)}
          </p>
        );
      })}
    </div>
  );
}
