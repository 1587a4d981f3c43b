import { readFileSync } from "node:fs";
import { z } from "zod";
import { AppError } from "../../platform/errors.js";

const column = z.string().min(1).nullable().default(null);

/**
 * Which columns of a city's address list and which properties of its centerline GeoJSON hold what
 * (docs/addresses.md). `street` may name several columns joined with spaces (name, type, direction).
 */
export const addressMapping = z.object({
  city: z.string().min(1),
  state: z.string().min(1),
  addresses: z.object({
    id: z.string().min(1),
    number: z.string().min(1),
    numberSuffix: column,
    street: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
    unit: column,
    fullAddress: column,
    lat: column,
    lng: column,
    district: column,
    zip: column,
  }),
  centerlines: z
    .object({
      id: z.string().min(1),
      street: z.string().min(1),
      leftFrom: z.string().min(1),
      leftTo: z.string().min(1),
      rightFrom: z.string().min(1),
      rightTo: z.string().min(1),
      fromNode: column,
      toNode: column,
      zipLeft: column,
      zipRight: column,
    })
    .optional(),
  /** Polygons (`--blocks`) whose property names the district of the addresses inside them. */
  blocks: z.object({ district: z.string().min(1) }).optional(),
});
export type AddressMapping = z.infer<typeof addressMapping>;

/** Cambridge, MA's master address list and street centerlines, as published by the city's GIS department. */
export const CAMBRIDGE_MAPPING: AddressMapping = addressMapping.parse({
  city: "Cambridge",
  state: "MA",
  addresses: {
    id: "address_id",
    number: "street_number",
    numberSuffix: "street_number_suffix",
    street: ["street_name", "street_suffix", "dir_suffix"],
    fullAddress: "full_address",
  },
  centerlines: {
    id: "ID",
    street: "Street",
    leftFrom: "L_From",
    leftTo: "L_To",
    rightFrom: "R_From",
    rightTo: "R_To",
    fromNode: "FromNode",
    toNode: "ToNode",
    zipLeft: "ZIP_Left",
    zipRight: "ZIP_Right",
  },
  blocks: { district: "NHOOD" },
});

/** A mapping from a JSON file (`--columns`), every problem reported at once. */
export function readMapping(file: string): AddressMapping {
  const parsed = addressMapping.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success)
    throw new AppError(
      "bad_request",
      `The column mapping ${file} is not valid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}.`,
    );
  return parsed.data;
}

/** Rows of a CSV text (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks), BOM dropped. */
export function* csvRows(text: string): Generator<string[]> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      if (row.length > 1 || row[0] !== "") yield row;
      row = [];
      cell = "";
    } else cell += c;
  }
  row.push(cell);
  if (row.length > 1 || row[0] !== "") yield row;
}
