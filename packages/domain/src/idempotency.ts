import { idInput } from "./input-schemas";

/**
 * A client's idempotency key: one per form submission, sent again when the submission is retried,
 * so that a write whose answer was lost (an error after the commit, a dropped connection) is not
 * made twice. The API keeps it with the result for a day (see packages/api/src/idempotency.ts).
 */
export const idempotencyKey = idInput("invalid");

/** Spread into the input of every procedure that creates a record: the key is optional. */
export const withIdempotencyKey = { idempotencyKey: idempotencyKey.optional() };
