import { storableString } from "./input-schemas";

/**
 * The code of a service type (reference data kept by administrators): letters, digits and
 * underscores, starting with a letter. Built-in codes are the HTCDS support-plan types and the
 * programmes' services; the code never changes once services are recorded with it.
 */
export const serviceTypeCode = storableString()
  .trim()
  .min(1, "required")
  .max(50, "too_long")
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/, "invalid_code");
