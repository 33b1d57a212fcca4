import { type DuplicateCheckData, duplicateCheckInput } from "@kelias/domain";
import type { PersonFormValues } from "./person-form/person-form-values";

/** The part of the form the duplicate check compares, as it compares it. */
export type DuplicateCandidateValues = Pick<
  PersonFormValues,
  | "givenName"
  | "familyName"
  | "givenNameLatin"
  | "familyNameLatin"
  | "birthMode"
  | "dateOfBirth"
  | "estimatedAge"
  | "citizenships"
  | "documents"
>;

/**
 * What the duplicate check can be asked with the form filled so far: null until both names and a
 * date of birth or an estimated age are there and valid. Rows not filled in yet (a citizenship not
 * chosen, a document without a number) are left out.
 */
export function duplicateCandidate(values: DuplicateCandidateValues): DuplicateCheckData | null {
  const age = values.estimatedAge.trim();
  const exact = values.birthMode === "exact";
  const birth = exact ? values.dateOfBirth.trim() : "";
  if (exact ? birth === "" : !/^\d+$/.test(age)) return null;
  const parsed = duplicateCheckInput.safeParse({
    givenName: values.givenName,
    familyName: values.familyName,
    givenNameLatin: values.givenNameLatin,
    familyNameLatin: values.familyNameLatin,
    dateOfBirth: exact ? birth : null,
    estimatedAge: exact ? null : Number(age),
    citizenships: values.citizenships.map((c) => c.code).filter((code) => code !== ""),
    documents: values.documents.filter((d) => d.number.trim() !== "").map((d) => ({ number: d.number })),
  });
  return parsed.success ? parsed.data : null;
}
