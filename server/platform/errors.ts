import { ERROR_STATUS, type ErrorCode } from "../../common/contracts/errors.js";

/** The one error type commands throw; the HTTP layer maps `code` to a status through ERROR_STATUS. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Shorthand for the error outsiders get: the thing does not exist as far as they can tell. */
export function notFound(what: string): AppError {
  return new AppError("not_found", `${what} not found`);
}
