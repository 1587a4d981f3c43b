/**
 * A tiny TwiML writer: elements with attributes and children, every attribute value and every text escaped
 * for XML. Only what the phone menu uses; the documents are checked against Twilio's elements in the tests
 * (`twiml.checker.ts`).
 */

export interface TwimlElement {
  name: string;
  attrs: Record<string, string | number | boolean | undefined>;
  children: (TwimlElement | string)[];
}

/** Escapes text or an attribute value for XML (`&`, `<`, `>`, `"` and `'`). */
export function xmlEscape(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&apos;");
}

export function el(
  name: string,
  attrs: TwimlElement["attrs"] = {},
  ...children: (TwimlElement | string)[]
): TwimlElement {
  return { name, attrs, children };
}

function render(node: TwimlElement | string): string {
  if (typeof node === "string") return xmlEscape(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlEscape(String(v))}"`)
    .join("");
  if (node.children.length === 0) return `<${node.name}${attrs}/>`;
  return `<${node.name}${attrs}>${node.children.map(render).join("")}</${node.name}>`;
}

/** A whole TwiML document: the verbs inside `<Response>`. */
export function twiml(...verbs: TwimlElement[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(el("Response", {}, ...verbs))}`;
}
