import type { personCreateInput, personUpdateInput } from "@kelias/domain";
import type { z } from "zod";

/**
 * The columns of `people` that the registration and edit forms set (what a field history compares);
 * the search key of the names is written beside them (`personSearchColumns`).
 */
export function personColumns(
  input: z.output<typeof personCreateInput> | z.output<typeof personUpdateInput>,
) {
  return {
    givenName: input.givenName,
    familyName: input.familyName,
    givenNameLatin: input.givenNameLatin,
    familyNameLatin: input.familyNameLatin,
    dateOfBirth: input.dateOfBirth ?? null,
    estimatedAge: input.estimatedAge ?? null,
    sex: input.sex,
    gender: input.gender,
    citizenships: input.citizenships,
    languages: input.languages,
    phones: input.phones,
    addressStreet: input.address?.street ?? null,
    addressCity: input.address?.city ?? null,
    addressPostalCode: input.address?.postalCode ?? null,
  };
}
