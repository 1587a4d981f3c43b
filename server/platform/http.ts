import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { ZodError } from "zod";
import type { ErrorBody } from "../../common/contracts/errors.js";
import { AppError } from "./errors.js";

/** Field-level problems, one per offending field, in the shape clients read from `details`. */
export interface FieldProblem {
  field: string;
  message: string;
}

function fieldFromPath(path: string): string {
  return path.replace(/^\//, "").replaceAll("/", ".");
}

/** Converts any thrown value into the status and body the staff API answers with. */
export function toErrorResponse(err: unknown): { status: number; body: ErrorBody } {
  if (err instanceof AppError) {
    return {
      status: err.status,
      body: { error: { code: err.code, message: err.message, details: err.details } },
    };
  }
  if (hasZodFastifySchemaValidationErrors(err)) {
    const details: FieldProblem[] = err.validation.map((v) => ({
      field:
        fieldFromPath(v.instancePath) ||
        String((v.params as { issue?: { path?: unknown[] } })?.issue?.path ?? ""),
      message: v.message ?? "is invalid",
    }));
    const where = (err as { validationContext?: string }).validationContext ?? "request";
    return {
      status: 400,
      body: {
        error: {
          code: "validation_failed",
          message: `Invalid ${where}: ${details.map((d) => `${d.field || where} ${d.message}`).join("; ")}`,
          details,
        },
      },
    };
  }
  if (err instanceof ZodError) {
    const details = err.issues.map((i) => ({ field: i.path.join("."), message: i.message }));
    return {
      status: 400,
      body: { error: { code: "validation_failed", message: "Invalid input", details } },
    };
  }
  const fe = err as FastifyError;
  if (fe && typeof fe.statusCode === "number" && fe.statusCode >= 400 && fe.statusCode < 500) {
    const code =
      fe.statusCode === 413 ? "payload_too_large" : fe.statusCode === 429 ? "rate_limited" : "bad_request";
    return { status: fe.statusCode, body: { error: { code, message: fe.message } } };
  }
  return { status: 500, body: { error: { code: "internal", message: "Something went wrong on our side." } } };
}

/** Installs the JSON error handler and the JSON 404 for API routes. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const { status, body } = toErrorResponse(err);
    if (status >= 500) request.log.error({ err }, "request failed");
    const retryAfter =
      err instanceof AppError ? (err.details as { retryAfterSeconds?: number })?.retryAfterSeconds : 0;
    if (retryAfter) reply.header("retry-after", String(retryAfter));
    return reply.status(status).send(body);
  });
}
