import type { SupportAddInput } from "@kelias/domain";

/** The columns a support item's form sets. */
export const supportColumns = (input: Omit<SupportAddInput, "caseId" | "idempotencyKey">) => ({
  dimension: input.dimension,
  kind: input.kind,
  description: input.description,
  amount: input.amount,
  currency: input.amount === null ? null : input.currency,
  status: input.status,
  plannedOn: input.plannedOn,
  deliveredOn: input.deliveredOn,
});
