/** A file sent as multipart `media`, `media[]` or `photoN`. */
export interface UploadedFile {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/**
 * The parameters of an Open311 call, read from the raw query string and body pairs together (clients put
 * `jurisdiction_id` and even `api_key` in either), so repeated keys and `attribute[code]` names survive.
 * Empty values count as absent; CRLF line breaks become LF.
 */
export class Params {
  private readonly pairs: [string, string][];

  constructor(
    pairs: Iterable<[string, string]>,
    readonly files: UploadedFile[] = [],
  ) {
    this.pairs = [...pairs].map(([k, v]) => [k, v.replace(/\r\n?/g, "\n")]);
  }

  /** Pairs from a raw URL (query part) and an optional urlencoded body or already-split multipart fields. */
  static from(
    rawUrl: string,
    body: string | [string, string][] | undefined,
    files: UploadedFile[] = [],
  ): Params {
    const q = rawUrl.indexOf("?");
    const pairs: [string, string][] = q >= 0 ? [...new URLSearchParams(rawUrl.slice(q + 1))] : [];
    if (typeof body === "string") pairs.push(...new URLSearchParams(body));
    else if (body) pairs.push(...body);
    return new Params(pairs, files);
  }

  /** The first non-empty value of a parameter, trimmed; undefined when absent or empty. */
  get(name: string): string | undefined {
    for (const [k, v] of this.pairs) if (k === name && v.trim() !== "") return v.trim();
    return undefined;
  }

  /** Every non-empty value of a parameter, in order. */
  all(name: string): string[] {
    return this.pairs.filter(([k, v]) => k === name && v.trim() !== "").map(([, v]) => v.trim());
  }

  /** A comma-separated (and/or repeated) list parameter. */
  list(name: string): string[] {
    return this.all(name)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter(Boolean);
  }

  /** `attribute[code]=v`, repeated `attribute[code]=v`, and `attribute[code][]=v`, by code. */
  attributes(): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const [k, v] of this.pairs) {
      const m = /^attribute\[(.+?)\](\[\])?$/.exec(k);
      if (!m || v.trim() === "") continue;
      out.set(m[1]!, [...(out.get(m[1]!) ?? []), v.trim()]);
    }
    return out;
  }

  /** The raw description: line breaks kept (normalised), surrounding blanks dropped. */
  text(name: string): string | undefined {
    return this.get(name);
  }
}
