import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { fieldCodes } from "./field-errors";

const STATUS: Partial<Record<TRPCError["code"], number>> = {
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_REQUEST: 400,
  CONFLICT: 409,
};

/**
 * The API's refusals as plain HTTP answers for the routes that are not tRPC (file transfer). A
 * refused input also says which field was refused and why (`fields`: field name to message code).
 * Even a refusal names a record: no cache keeps it.
 */
export function httpError(error: unknown): Response {
  if (error instanceof TRPCError && STATUS[error.code]) {
    const fields = error.cause instanceof ZodError ? fieldCodes(error.cause) : undefined;
    return Response.json(
      { code: error.code, reason: error.message, fields },
      { status: STATUS[error.code], headers: { "Cache-Control": "private, no-store" } },
    );
  }
  throw error;
}
