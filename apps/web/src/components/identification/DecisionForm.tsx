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
import { type FormEvent, useState } from "react";
import { RecordRefusal, useRecordForm } from "@/components/cases/RecordForm";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { RadioField } from "@/components/ui/RadioField";
import { SelectField } from "@/components/ui/SelectField";
import { TextAreaField } from "@/components/ui/TextAreaField";
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
  const trpc = useTRPC();
  const form = useRecordForm();
  const [outcome, setOutcome] = useState<"confirm" | "overrule">("confirm");
  const [status, setStatus] = useState<TraffickingStatus>("NotAVictimOfTrafficking");
  const [organisation, setOrganisation] = useState<DecidingOrganisation>("NGO");
  const [country, setCountry] = useState<string>(DEFAULT_REFLECTION_COUNTRY);
  const [reason, setReason] = useState("");
  const decide = useMutation(
    trpc.identification.decide.mutationOptions({ onError: form.fail, onSuccess: () => form.succeed() }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = form.check(identificationDecideInput, {
      proposalId,
      outcome,
      status: outcome === "overrule" ? status : null,
      decidingOrganisation: organisation,
      reason,
      reflectionCountry: country,
    });
    if (input) decide.mutate(input);
  }

  return (
    <Form onSubmit={submit} aria-labelledby="identification-decide" className="flex flex-col gap-3">
      <h3 id="identification-decide" className="font-semibold">
        {t("decide.title")}
      </h3>
      <RecordRefusal form={form} />
      <RadioField
        label={t("decide.outcome")}
        value={outcome}
        onChange={(v) => setOutcome(v as "confirm" | "overrule")}
        options={[
          { id: "confirm", label: t("decide.confirm") },
          { id: "overrule", label: t("decide.overrule") },
        ]}
      />
      {outcome === "overrule" ? (
        <RadioField
          label={t("decide.status")}
          value={status}
          onChange={(v) => setStatus(v as TraffickingStatus)}
          options={TRAFFICKING_STATUSES.map((s) => ({ id: s, label: t(`statuses.${s}`) }))}
          errorMessage={form.message("status")}
        />
      ) : null}
      <SelectField
        label={t("decide.organisation")}
        options={DECIDING_ORGANISATIONS.map((o) => ({ id: o, label: t(`organisations.${o}`) }))}
        selectedKey={organisation}
        onSelectionChange={(key) => setOrganisation(key as DecidingOrganisation)}
      />
      <SelectField
        label={t("decide.country")}
        options={countries}
        selectedKey={country}
        onSelectionChange={(key) => setCountry(String(key))}
      />
      <TextAreaField
        label={t("decide.reason")}
        value={reason}
        onChange={setReason}
        maxLength={2000}
        isRequired
        errorMessage={form.message("reason")}
      />
      <div>
        <Button type="submit" isDisabled={decide.isPending}>
          {t("decide.submit")}
        </Button>
      </div>
    </Form>
  );
}
