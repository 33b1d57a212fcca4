"use client";

import {
  DECIDING_ORGANISATIONS,
  DEFAULT_REFLECTION_COUNTRY,
  type DecidingOrganisation,
  identificationDecideInput,
  TRAFFICKING_STATUSES,
  type TraffickingStatus,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FormRadioField } from "@/components/forms/FormRadioField";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { RecordRefusal } from "@/components/forms/RecordRefusal";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { useTRPC } from "@/trpc/client";

/**
 * A counter-trafficking manager confirms the proposed status or overrules it with another, always
 * with a written reason and the deciding organisation (HTCDS). Confirming a presumed victim starts
 * the reflection period of the chosen country.
 */
export function DecisionForm({
  proposalId,
  countries,
}: {
  proposalId: string;
  countries: { id: string; label: string }[];
}) {
  const t = useTranslations("identification");
  const tReflection = useTranslations("reflectionCountry");
  // Without a choice, the office's country's law applies (as the API reads a null country).
  const officeCountry =
    countries.find((c) => c.id === DEFAULT_REFLECTION_COUNTRY)?.label ?? DEFAULT_REFLECTION_COUNTRY;
  const trpc = useTRPC();
  const decide = useMutation(trpc.identification.decide.mutationOptions());
  const form = useApiForm({
    schema: identificationDecideInput,
    defaultValues: {
      outcome: "confirm" as "confirm" | "overrule",
      status: "NotAVictimOfTrafficking" as TraffickingStatus,
      decidingOrganisation: "NGO" as DecidingOrganisation,
      reflectionCountry: DEFAULT_REFLECTION_COUNTRY as string,
      reason: "",
    },
    toInput: (values) => ({
      proposalId,
      outcome: values.outcome,
      status: values.outcome === "overrule" ? values.status : null,
      decidingOrganisation: values.decidingOrganisation,
      reason: values.reason,
      reflectionCountry: values.reflectionCountry,
    }),
    submit: (input) => decide.mutateAsync(input),
  });
  const { control } = form;
  const outcome = useWatch({ control, name: "outcome" });

  return (
    <Form onSubmit={form.onSubmit} aria-labelledby="identification-decide" className="flex flex-col gap-3">
      <h3 id="identification-decide" className="font-semibold">
        {t("decide.title")}
      </h3>
      <RecordRefusal refusal={form.refusal} />
      <FormRadioField
        control={control}
        name="outcome"
        label={t("decide.outcome")}
        options={[
          { id: "confirm", label: t("decide.confirm") },
          { id: "overrule", label: t("decide.overrule") },
        ]}
      />
      {outcome === "overrule" ? (
        <FormRadioField
          control={control}
          name="status"
          label={t("decide.status")}
          options={TRAFFICKING_STATUSES.map((s) => ({ id: s, label: t(`statuses.${s}`) }))}
        />
      ) : null}
      <FormSelectField
        control={control}
        name="decidingOrganisation"
        label={t("decide.organisation")}
        options={DECIDING_ORGANISATIONS.map((o) => ({ id: o, label: t(`organisations.${o}`) }))}
      />
      <FormSelectField
        control={control}
        name="reflectionCountry"
        label={t("decide.country")}
        placeholder={tReflection("placeholder", { country: officeCountry })}
        hint={tReflection("hint")}
        options={countries}
      />
      <FormTextAreaField
        control={control}
        name="reason"
        label={t("decide.reason")}
        maxLength={2000}
        isRequired
      />
      <div>
        <Button type="submit" isDisabled={decide.isPending}>
          {t("decide.submit")}
        </Button>
      </div>
    </Form>
  );
}
