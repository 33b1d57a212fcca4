import type { ServiceAddInput, ServiceEditInput } from "@kelias/domain";

/** The columns of `case_services` that the add and edit forms set. */
export function serviceColumns(input: ServiceAddInput | ServiceEditInput) {
  return {
    type: input.type,
    provider: input.provider,
    deliveredOn: input.deliveredOn,
    quantity: input.quantity,
    cost: input.cost,
    currency: input.currency,
    note: input.note,
  };
}
