"use client";

import {
  CONTRACT_RED_FLAGS,
  type ContractRedFlag,
  type CountryCode,
  caseWorkflowFactsInput,
  DURABLE_SOLUTION_KINDS,
  type DurableSolutionKind,
  ELIGIBILITY_CRITERIA,
  type EligibilityCriterion,
  isOneOf,
  type RecordedWorkflowFacts,
  VULNERABILITY_CATEGORIES,
  type VulnerabilityCategory,
  type WorkflowFactField,
  type WorkflowFactsPatch,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { CheckboxField } from "@/components/ui/CheckboxField";
import { Form } from "@/components/ui/Form";
import { type Option, SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
import { refusalReason } from "@/lib/api-errors";
import { type FieldErrorCode, fieldCodes } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { WorkflowCheckboxGroup } from "./CaseWorkflowFields";

interface Props {
  caseId: string;
  version: number;
  fields: WorkflowFactField[];
  facts: RecordedWorkflowFacts;
  /** Countries in the reader's language, named on the server (the same names on both sides). */
  countries: Option[];
}

/** The key a select uses for "nothing recorded". */
const NONE = "none";

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Only what changed, so the record (and the audit) says which facts were touched. */
function changes(fields: WorkflowFactField[], before: RecordedWorkflowFacts, after: RecordedWorkflowFacts) {
  const patch: Record<string, unknown> = {};
  for (const field of fields) {
    const a = before[field];
    const b = after[field];
    const same = Array.isArray(a) && Array.isArray(b) ? sameList(a, b) : a === b;
    if (!same) patch[field] = b;
  }
  return patch as WorkflowFactsPatch;
}

/** The workflow facts of a case, as a form: each field with its label and its error next to it. */
export function CaseWorkflowFacts({ caseId, version, fields, facts, countries }: Props) {
  const t = useTranslations();
  const trpc = useTRPC();
  // What the page last saved: a save sends only what differs from it.
  const saved = useRef<RecordedWorkflowFacts>(facts);
  const [failure, setFailure] = useState<ReturnType<typeof refusalReason> | "invalid" | null>(null);
  const [done, setDone] = useState(false);
  const record = useMutation(trpc.case.workflow.setFacts.mutationOptions());
  const form = useApiForm({
    schema: caseWorkflowFactsInput,
    defaultValues: facts,
    toInput: (current) => ({
      caseId,
      version,
      ...changes(fields, saved.current, current as RecordedWorkflowFacts),
    }),
    submit: (input) => {
      setDone(false);
      return record.mutateAsync(input);
    },
    onInvalid: () => {
      setDone(false);
      setFailure("invalid");
    },
    onError: (error) => {
      const codes = error instanceof TRPCClientError ? fieldCodes(error.data?.fieldErrors) : {};
      setFailure(Object.keys(codes).length > 0 ? "invalid" : refusalReason(error));
    },
    onSuccess: () => {
      setFailure(null);
      saved.current = form.getValues() as RecordedWorkflowFacts;
      setDone(true);
    },
  });
  const values = useWatch({ control: form.control }) as RecordedWorkflowFacts;

  const set = <K extends WorkflowFactField>(field: K, value: RecordedWorkflowFacts[K]) => {
    form.setValue(field as never, value as never);
    setDone(false);
    form.clearErrors(field as never);
  };
  const message = (field: WorkflowFactField) => {
    const code = (form.formState.errors as Record<string, { message?: string } | undefined>)[field]?.message;
    return code ? t(`errors.field.${code as FieldErrorCode}`) : undefined;
  };
  const has = (field: WorkflowFactField) => fields.includes(field);

  const options = <T extends string>(codes: readonly T[], label: (code: T) => string): Option[] => [
    { id: NONE, label: t("workflow.facts.notRecorded") },
    ...codes.map((code) => ({ id: code, label: label(code) })),
  ];
  const pick = <T extends string>(codes: readonly T[], key: unknown): T | null =>
    isOneOf(codes, key) ? key : null;

  return (
    <Form onSubmit={form.onSubmit} className="mt-2 flex flex-col gap-4">
      {failure ? (
        <div
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p>{t("workflow.facts.failed")}</p>
          {failure === "invalid" ? null : <p>{t(`errors.reason.${failure}`)}</p>}
        </div>
      ) : null}
      {has("eligibilityCriterion") ? (
        <SelectField
          label={t("workflow.facts.eligibilityCriterion")}
          placeholder={t("workflow.facts.chooseCriterion")}
          options={options(ELIGIBILITY_CRITERIA, (code) => t(`workflow.criteria.${code}`))}
          selectedKey={values.eligibilityCriterion ?? NONE}
          onSelectionChange={(key) =>
            set("eligibilityCriterion", pick<EligibilityCriterion>(ELIGIBILITY_CRITERIA, key))
          }
          errorMessage={message("eligibilityCriterion")}
        />
      ) : null}
      {has("voluntaryDecisionRecorded") ? (
        <CheckboxField
          isSelected={values.voluntaryDecisionRecorded}
          onChange={(value) => set("voluntaryDecisionRecorded", value)}
        >
          {t("workflow.facts.voluntaryDecisionRecorded")}
        </CheckboxField>
      ) : null}
      {has("destinationCountry") ? (
        <SelectField
          label={t("workflow.facts.destinationCountry")}
          placeholder={t("workflow.facts.chooseCountry")}
          options={[{ id: NONE, label: t("workflow.facts.notRecorded") }, ...countries]}
          selectedKey={values.destinationCountry ?? NONE}
          onSelectionChange={(key) =>
            set("destinationCountry", key == null || key === NONE ? null : (String(key) as CountryCode))
          }
          errorMessage={message("destinationCountry")}
        />
      ) : null}
      {has("vulnerabilityCategories") ? (
        <WorkflowCheckboxGroup
          label={t("workflow.facts.vulnerabilityCategories")}
          hint={t("workflow.facts.vulnerabilityHint")}
          options={VULNERABILITY_CATEGORIES.map((code) => ({
            id: code,
            label: t(`workflow.vulnerability.${code}`),
          }))}
          value={values.vulnerabilityCategories}
          onChange={(value) =>
            set(
              "vulnerabilityCategories",
              VULNERABILITY_CATEGORIES.filter((code) => value.includes(code)) as VulnerabilityCategory[],
            )
          }
          errorMessage={message("vulnerabilityCategories")}
        />
      ) : null}
      {has("arrivalDate") ? (
        <TextField
          label={t("workflow.facts.arrivalDate")}
          hint={t("workflow.facts.arrivalDateHint")}
          type="date"
          value={values.arrivalDate ?? ""}
          onChange={(value) => set("arrivalDate", value.trim() === "" ? null : value.trim())}
          errorMessage={message("arrivalDate")}
        />
      ) : null}
      {has("durableSolutionKind") ? (
        <SelectField
          label={t("workflow.facts.durableSolutionKind")}
          placeholder={t("workflow.facts.chooseSolution")}
          options={options(DURABLE_SOLUTION_KINDS, (code) => t(`workflow.durableSolutions.${code}`))}
          selectedKey={values.durableSolutionKind ?? NONE}
          onSelectionChange={(key) =>
            set("durableSolutionKind", pick<DurableSolutionKind>(DURABLE_SOLUTION_KINDS, key))
          }
          errorMessage={message("durableSolutionKind")}
        />
      ) : null}
      {has("contractRedFlags") ? (
        <WorkflowCheckboxGroup
          label={t("workflow.facts.contractRedFlags")}
          options={CONTRACT_RED_FLAGS.map((code) => ({ id: code, label: t(`workflow.redFlags.${code}`) }))}
          value={values.contractRedFlags}
          onChange={(value) =>
            set(
              "contractRedFlags",
              CONTRACT_RED_FLAGS.filter((code) => value.includes(code)) as ContractRedFlag[],
            )
          }
          errorMessage={message("contractRedFlags")}
        />
      ) : null}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" isDisabled={record.isPending}>
          {t("workflow.facts.save")}
        </Button>
        {done ? (
          <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
            {t("workflow.facts.saved")}
          </span>
        ) : null}
      </div>
    </Form>
  );
}
