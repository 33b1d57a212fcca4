import type { PersonCreateInput } from "@kelias/domain";
import { type InputIssue, issueCode } from "@/components/forms/input-resolver";
import type { FieldErrorCode } from "@/lib/field-errors";

/** What the person form holds: text as typed, one object per row of each repeated group. */
export interface PersonFormValues {
  givenName: string;
  familyName: string;
  givenNameLatin: string;
  familyNameLatin: string;
  birthMode: "exact" | "estimated";
  dateOfBirth: string;
  estimatedAge: string;
  /** Null until one is chosen: no radio button is picked, and Tab enters the group at its first. */
  sex: string | null;
  gender: string;
  citizenships: { code: string }[];
  languages: { code: string }[];
  phones: { number: string }[];
  addressStreet: string;
  addressCity: string;
  addressPostalCode: string;
  documents: { type: string; number: string; issuingCountry: string; expiresOn: string }[];
  household: { personId: string; name: string; relationship: string }[];
}

export const EMPTY_PERSON: PersonFormValues = {
  givenName: "",
  familyName: "",
  givenNameLatin: "",
  familyNameLatin: "",
  birthMode: "exact",
  dateOfBirth: "",
  estimatedAge: "",
  sex: null,
  gender: "NonSpecifiedUnknown",
  citizenships: [{ code: "" }],
  languages: [],
  phones: [],
  addressStreet: "",
  addressCity: "",
  addressPostalCode: "",
  documents: [],
  household: [],
};

/** The API's input, before validation: the domain schema decides what is valid. */
export function toPersonInput(values: PersonFormValues) {
  const age = values.estimatedAge.trim();
  return {
    givenName: values.givenName,
    familyName: values.familyName,
    givenNameLatin: values.givenNameLatin,
    familyNameLatin: values.familyNameLatin,
    dateOfBirth: values.birthMode === "exact" ? values.dateOfBirth.trim() || null : null,
    estimatedAge: values.birthMode === "estimated" ? (/^\d+$/.test(age) ? Number(age) : Number.NaN) : null,
    sex: values.sex,
    gender: values.gender,
    citizenships: values.citizenships.map((c) => c.code),
    languages: values.languages.map((l) => l.code),
    phones: values.phones.map((p) => p.number),
    address: { street: values.addressStreet, city: values.addressCity, postalCode: values.addressPostalCode },
    documents: values.documents.map((d) => ({
      type: d.type,
      number: d.number,
      issuingCountry: d.issuingCountry,
      expiresOn: d.expiresOn,
    })),
    household: values.household.map((m) => ({ personId: m.personId, relationship: m.relationship })),
  } as unknown as PersonCreateInput;
}

const ROW_FIELD: Record<string, string> = { citizenships: "code", languages: "code", phones: "number" };
const ADDRESS_FIELD: Record<string, string> = {
  street: "addressStreet",
  city: "addressCity",
  postalCode: "addressPostalCode",
};

/**
 * Where an error of the API's input belongs in the form: `phones.1` is the second phone's field,
 * `documents.0.number` the first document's number, `citizenships` (a rule on the whole list, such
 * as "duplicate") the list itself.
 */
export function formPath(path: readonly PropertyKey[], mode: PersonFormValues["birthMode"]): string {
  const [head, index, field] = path.map(String);
  if (head === undefined) return "root";
  if (head === "dateOfBirth" && mode === "estimated") return "estimatedAge";
  if (head === "address") return ADDRESS_FIELD[index ?? ""] ?? "addressStreet";
  if (head in ROW_FIELD || head === "documents" || head === "household") {
    if (index === undefined) return `${head}.root`;
    if (head === "household" && field === undefined) return `household.${index}.personId`;
    return `${head}.${index}.${field ?? ROW_FIELD[head]}`;
  }
  return head;
}

/** Where a local error of the person's input is shown, and with which code. */
export function placeIssue(
  issue: InputIssue,
  values: PersonFormValues,
): { name: string; code: FieldErrorCode } {
  return { name: formPath(issue.path, values.birthMode), code: issueCode(issue) };
}
