import { noteAddInput, personCreateInput } from "@kelias/domain";
import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { inputResolver } from "@/components/forms/input-resolver";
import {
  EMPTY_PERSON,
  type PersonFormValues,
  placeIssue,
  toPersonInput,
} from "@/components/people/person-form/person-form-values";

const CASE_ID = "00000000-0000-4000-8000-000000000001";
const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<never>;

describe("inputResolver", () => {
  const resolve = inputResolver(noteAddInput, (values: { content: string }) => ({
    caseId: CASE_ID,
    ...values,
  }));

  it("submits the procedure's parsed input, with what the form does not hold", async () => {
    const result = await resolve({ content: "First call" }, undefined, options as never);
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ caseId: CASE_ID, content: "First call" });
  });

  it("places each error on the field named like the input's key, as a message code", async () => {
    const result = await resolve({ content: "a\u0000b" }, undefined, options as never);
    expect(result.errors).toEqual({ content: { type: expect.any(String), message: "invalid_characters" } });
  });

  it("says a missing value is required", async () => {
    const missing = inputResolver(noteAddInput, () => ({ caseId: CASE_ID }));
    const result = await missing({}, undefined, options as never);
    expect(result.errors).toMatchObject({ content: { message: "required" } });
  });
});

describe("the person form's errors", () => {
  const resolve = inputResolver(personCreateInput, toPersonInput, placeIssue);
  const person = (patch: Partial<PersonFormValues>): PersonFormValues => ({
    ...EMPTY_PERSON,
    givenName: "Olena",
    familyName: "Koval",
    dateOfBirth: "1990-04-01",
    sex: "female",
    citizenships: [{ code: "UA" }],
    ...patch,
  });

  it("accepts a complete person", async () => {
    const result = await resolve(person({}), undefined, options as never);
    expect(result.errors).toEqual({});
  });

  it("puts a row's error on the row's field and a rule on the whole list on the list", async () => {
    const result = await resolve(
      person({ citizenships: [{ code: "UA" }, { code: "UA" }, { code: "" }] }),
      undefined,
      options as never,
    );
    const errors = result.errors as Record<string, unknown>;
    expect(errors.citizenships).toMatchObject({ 2: { code: { message: "required" } } });
    const twice = await resolve(
      person({ citizenships: [{ code: "UA" }, { code: "UA" }] }),
      undefined,
      options as never,
    );
    expect((twice.errors as Record<string, unknown>).citizenships).toEqual({
      root: { type: expect.any(String), message: "duplicate" },
    });
  });

  it("shows a blank date of birth as required, and an estimated age in its own field", async () => {
    const blank = await resolve(person({ dateOfBirth: "" }), undefined, options as never);
    expect(blank.errors).toMatchObject({ dateOfBirth: { message: "birth_or_estimate" } });
    const estimated = await resolve(
      person({ birthMode: "estimated", estimatedAge: "abc" }),
      undefined,
      options as never,
    );
    expect(Object.keys(estimated.errors)).toContain("estimatedAge");
  });
});
