"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import type { Option } from "@/components/ui/SelectField";
import { DuplicateWarning } from "../DuplicateWarning";
import { LiveDuplicates } from "../LiveDuplicates";
import { CodeListSections } from "./CodeListSections";
import { ContactSections } from "./ContactSections";
import { DetailsSection } from "./DetailsSection";
import { DocumentsSection } from "./DocumentsSection";
import { HouseholdSection } from "./HouseholdSection";
import { NameSection } from "./NameSection";
import { SaveRefusal } from "./SaveRefusal";
import { type EditedPerson, usePersonForm } from "./use-person-form";

interface Props {
  countries: Option[];
  languages: Option[];
  /** Absent: registration. Present: the person being edited, as read. */
  person?: EditedPerson;
}

/** Registration and edit of a person: the same fields, checked by the same domain schema. */
export function PersonForm({ countries, languages, person }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const editing = person !== undefined;
  const { form, invalid, duplicates, warningHeading, checking, pending, continueDespiteDuplicates } =
    usePersonForm(person);
  const { control } = form;

  let submitLabel = editing ? t("person.save") : t("person.submit");
  if (checking) submitLabel = t("duplicates.checking");
  else if (pending) submitLabel = t("person.submitting");

  return (
    <Form onSubmit={form.onSubmit} className="mt-6 flex max-w-2xl flex-col gap-6">
      <SaveRefusal
        invalid={invalid}
        errorSummary={form.errorSummary}
        refusal={form.refusal}
        editing={editing}
      />
      <NameSection control={control} />
      <DetailsSection control={control} />
      <CodeListSections control={control} countries={countries} languages={languages} />
      <ContactSections control={control} />
      <DocumentsSection
        control={control}
        countries={countries}
        withheld={person?.documentsWithheld ?? false}
      />
      <HouseholdSection
        control={control}
        personId={person?.id}
        nameOf={(index) => form.getValues(`household.${index}.name`)}
        setName={(index, name) => form.setValue(`household.${index}.name`, name)}
      />

      {editing ? null : <LiveDuplicates control={control} />}
      {duplicates ? (
        <DuplicateWarning
          result={duplicates.result}
          headingRef={warningHeading}
          isPending={pending}
          onContinue={continueDespiteDuplicates}
        />
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" isDisabled={pending}>
          {submitLabel}
        </Button>
        {person ? (
          <Button type="button" variant="secondary" onPress={() => router.push(`/people/${person.id}`)}>
            {t("person.cancel")}
          </Button>
        ) : null}
      </div>
    </Form>
  );
}
