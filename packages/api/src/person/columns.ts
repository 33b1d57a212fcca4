import { personSearchColumns } from "@kelias/db";
import type { personCreateInput, personUpdateInput } from "@kelias/domain";
import type { z } from "zod";

/** The columns of `people` that the registration and edit forms set, and the search key of the names. */
export function personColumns(
  input: z.output<typeof personCreateInput> | z.output<typeof personUpdateInput>,
) {
  return {
    givenName: input.givenName,
    familyName: input.familyName,
    givenNameLatin: input.givenNameLatin,
    familyNameLatin: input.familyNameLatin,
    ...personSearchColumns(input),
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
