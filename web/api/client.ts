import type { ErrorBody } from "../../common/contracts/errors.js";

/** An API failure, carrying the server's machine-readable code, message and details. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

// Held in memory only: a token in storage would outlive the session cookie and leak to other tabs' scripts.
let csrfToken: string | null = null;

// The portal's chosen language, sent with every call so the city's content comes back in it.
let requestLanguage: string | null = null;

/** Sets the language the API is asked to answer in (`Accept-Language`). */
export function setRequestLanguage(language: string | null): void {
  requestLanguage = language;
}

/** Remembers the CSRF token from a session response (or forgets it with null). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === "object" && error !== null && "code" in error && "message" in error;
}

async function toApiError(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isErrorBody(body)) {
    return new ApiError(response.status, body.error.code, body.error.message, body.error.details);
  }
  const message = response.statusText || `The server answered ${response.status}.`;
  return new ApiError(response.status, response.status >= 500 ? "internal" : "bad_request", message);
}

interface RequestOptions {
  body?: unknown;
  /** Sign-in is the one write made before there is a token. */
  skipCsrf?: boolean;
  signal?: AbortSignal;
}

/** Calls the staff API and returns the parsed JSON body; throws ApiError on any non-2xx answer. */
export async function apiFetch<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (requestLanguage) headers["accept-language"] = requestLanguage;
  if (options.body !== undefined) headers["content-type"] = "application/json";
  if (method !== "GET" && !options.skipCsrf && csrfToken) headers["x-csrf-token"] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: "same-origin",
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "unavailable", "Could not reach the server. Check your connection and try again.");
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** Builds a query string from defined, non-empty values. */
export function toQueryString(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, value);
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

/** A message fit to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Please try again.";
}
