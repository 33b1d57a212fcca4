"use client";

import { handoverCreateInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { calendarDate, DAY_FORMAT } from "@/components/cases/record-format";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormCheckboxList } from "@/components/forms/FormCheckboxList";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextField } from "@/components/forms/FormTextField";
import { useEntryForm } from "@/components/forms/use-entry-form";
import { Button } from "@/components/ui/Button";
import { fieldHint, fieldLabel } from "@/components/ui/styles";
import { useTRPC } from "@/trpc/client";

interface Option {
  id: string;
  label: string;
}

interface Props {
  caseId: string;
  today: string;
  /** The person's valid consents to sharing with the office in the country of origin, newest first. */
  consents: { id: string; givenOn: string }[];
  /** The documents of the case the user may read, to choose from with the person. */
  documents: Option[];
  countries: Option[];
}

/**
 * A new handover: the receiving office, the day, the person's consent (shown, never assumed) and
 * the documents the person agreed to share. Without a valid consent there is no form, only why.
 */
export function HandoverForm({ caseId, today, consents, documents, countries }: Props) {
  const t = useTranslations("originHandover");
  const format = useFormatter();
  const trpc = useTRPC();
  const create = useMutation(trpc.case.handover.create.mutationOptions());
  const empty = {
    officeName: "",
    officeCountry: "",
    officeContact: "",
    handedOverOn: today,
    consentId: consents[0]?.id ?? "",
    documentIds: [] as string[],
  };
  const form = useEntryForm({
    empty,
    add: {
      schema: handoverCreateInput,
      toInput: (values, idempotencyKey) => ({
        caseId,
        officeName: values.officeName,
        officeCountry: values.officeCountry || null,
        officeContact: values.officeContact,
        handedOverOn: values.handedOverOn,
        consentId: values.consentId || null,
        documentIds: values.documentIds,
        idempotencyKey,
      }),
      submit: (input) => create.mutateAsync(input),
    },
  });
  if (consents.length === 0) {
    return (
      <p className="mt-3 text-sm" role="note">
        {t("noConsent")}
      </p>
    );
  }
  const { control } = form;
  const day = (iso: string) => format.dateTime(calendarDate(iso), DAY_FORMAT);
  return (
    <BoundForm form={form} className="mt-3 flex flex-col gap-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <FormTextField
          control={control}
          name="officeName"
          label={t("officeName")}
          isRequired
          maxLength={200}
        />
        <FormSelectField
          control={control}
          name="officeCountry"
          label={t("officeCountry")}
          placeholder={t("chooseCountry")}
          isRequired
          options={countries}
        />
        <FormTextField
          control={control}
          name="officeContact"
          label={t("officeContact")}
          hint={t("officeContactHint")}
          maxLength={500}
        />
        <FormTextField
          control={control}
          name="handedOverOn"
          label={t("handedOverOn")}
          type="date"
          isRequired
        />
        <FormSelectField
          control={control}
          name="consentId"
          label={t("consent")}
          hint={t("consentHint")}
          isRequired
          options={consents.map((c) => ({ id: c.id, label: t("consentOption", { date: day(c.givenOn) }) }))}
        />
      </div>
      <fieldset className="flex flex-col gap-2">
        <legend className={fieldLabel}>{t("documents")}</legend>
        <p className={fieldHint}>{t("documentsHint")}</p>
        {documents.length === 0 ? (
          <p className="text-sm">{t("noDocuments")}</p>
        ) : (
          <FormCheckboxList
            control={control}
            name="documentIds"
            options={documents}
            className="flex flex-col gap-1"
          />
        )}
      </fieldset>
      <p className={fieldHint}>{t("withheldHint")}</p>
      <div>
        <Button type="submit" isDisabled={create.isPending}>
          {t("submit")}
        </Button>
      </div>
    </BoundForm>
  );
}
