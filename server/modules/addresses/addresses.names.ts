/** Street-type abbreviations and their full words, both ways: "st" ↔ "street". */
const SUFFIXES: Record<string, string> = {
  st: "street",
  ave: "avenue",
  av: "avenue",
  rd: "road",
  ln: "lane",
  ct: "court",
  pl: "place",
  ter: "terrace",
  dr: "drive",
  sq: "square",
  cir: "circle",
  pkwy: "parkway",
  blvd: "boulevard",
  hwy: "highway",
};
const ABBREVIATIONS: Record<string, string> = Object.fromEntries(
  Object.entries(SUFFIXES)
    .filter(([abbr]) => abbr !== "av")
    .map(([abbr, full]) => [full, abbr]),
);

/** Lower case, punctuation as spaces, one space between words. */
export function normaliseStreet(text: string): string {
  return text.toLowerCase().replace(/[.,]/g, " ").replace(/\s+/g, " ").trim();
}

/** The ways a street may be written: as typed, with the types spelt out, and with them abbreviated. */
export function streetVariants(text: string): string[] {
  const words = normaliseStreet(text).split(" ");
  const out = new Set([
    words.join(" "),
    words.map((w) => SUFFIXES[w] ?? w).join(" "),
    words.map((w) => ABBREVIATIONS[w] ?? w).join(" "),
  ]);
  out.delete("");
  return [...out];
}

/** A house number as written ("24-R", "24 r", "6-1/2") in one comparable form: "24|R", "6|1/2", "23|". */
export function numberKey(number: string): string {
  const m = /^(\d+)(.*)$/.exec(number.trim());
  return m ? `${m[1]}|${m[2]!.toUpperCase().replace(/[^0-9A-Z/]/g, "")}` : number.toUpperCase();
}

/**
 * "24-R Antrim St" → number "24-R" (house number 24) and street "antrim st"; also "6-1/2", "6 1/2", "18-5",
 * "7A". Text without a leading number is a street alone.
 */
export function parseAddress(text: string): { number: string | null; house: number | null; street: string } {
  const m = /^\s*(\d+)(?:\s*-\s*([0-9a-z/]+(?:-[0-9a-z/]+)*)|\s*(\d+\/\d+|[a-z])(?=[\s,]))?[\s,]+(.+)$/i.exec(
    text,
  );
  if (!m) return { number: null, house: null, street: normaliseStreet(text.split(",")[0]!) };
  const suffix = m[2] ?? m[3];
  return {
    number: suffix ? `${m[1]}-${suffix.toUpperCase()}` : m[1]!,
    house: Number(m[1]),
    // What follows a comma is the city, state and ZIP code ("12 Elm Street, Riverton, MA 01234").
    street: normaliseStreet(m[4]!.split(",")[0]!),
  };
}
