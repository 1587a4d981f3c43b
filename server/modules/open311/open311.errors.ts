import { type Format, list, render } from "./open311.format.js";

/** An Open311 error: rendered as `<errors><error><code/><description/></error></errors>` or a JSON array. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 429 | 500 | 503,
    description: string,
    readonly more: string[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(description);
    this.name = "Open311Error";
  }

  /** Every description carried, the first one first. */
  get descriptions(): string[] {
    return [this.message, ...this.more];
  }
}

/** The body of an errors response in the requested format. */
export function renderErrors(format: Format, status: number, descriptions: string[]): string {
  return render(
    format,
    "errors",
    list(
      "error",
      descriptions.map((description) => ({ code: status, description })),
    ),
  );
}
