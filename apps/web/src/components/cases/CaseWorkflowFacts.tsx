"use client";

import {
  CONTRACT_RED_FLAGS,
  type ContractRedFlag,
  type CountryCode,
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
  workflowFactsPatch,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { type Option, SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
import { refusalReason } from "@/lib/api-errors";
import { type FieldErrorCode, fieldCodes } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { WorkflowCheckbox, WorkflowCheckboxGroup } from "./CaseWorkflowFields";

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
  const router = useRouter();
  const trpc = useTRPC();
  const [values, setValues] = useState<RecordedWorkflowFacts>(facts);
  const [saved, setSaved] = useState<RecordedWorkflowFacts>(facts);
  const [errors, setErrors] = useState<Record<string, FieldErrorCode>>({});
  const [failure, setFailure] = useState<ReturnType<typeof refusalReason> | "invalid" | null>(null);
  const [done, setDone] = useState(false);
  const record = useMutation(trpc.case.workflow.setFacts.mutationOptions());

  const set = <K extends WorkflowFactField>(field: K, value: RecordedWorkflowFacts[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setDone(false);
    setErrors(({ [field]: _removed, ...rest }) => rest);
  };
  const message = (field: WorkflowFactField) =>
    errors[field] ? t(`errors.field.${errors[field] as FieldErrorCode}`) : undefined;
  const has = (field: WorkflowFactField) => fields.includes(field);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(false);
    const patch = changes(fields, saved, values);
    const parsed = workflowFactsPatch.safeParse(patch);
    if (!parsed.success) {
      setErrors(fieldCodes(parsed.error));
      setFailure("invalid");
      return;
    }
    try {
      await record.mutateAsync({ caseId, version, ...parsed.data });
      setErrors({});
      setFailure(null);
      setSaved(values);
      setDone(true);
      router.refresh();
    } catch (error) {
      const codes = error instanceof TRPCClientError ? fieldCodes(error.data?.fieldErrors) : {};
      setErrors(codes);
      setFailure(Object.keys(codes).length > 0 ? "invalid" : refusalReason(error));
    }
  }

  const options = <T extends string>(codes: readonly T[], label: (code: T) => string): Option[] => [
    { id: NONE, label: t("workflow.facts.notRecorded") },
    ...codes.map((code) => ({ id: code, label: label(code) })),
  ];
  const pick = <T extends string>(codes: readonly T[], key: unknown): T | null =>
    isOneOf(codes, key) ? key : null;

  return (
    <Form onSubmit={submit} className="mt-2 flex flex-col gap-4">
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
        <WorkflowCheckbox
          isSelected={values.voluntaryDecisionRecorded}
          onChange={(value) => set("voluntaryDecisionRecorded", value)}
        >
          {t("workflow.facts.voluntaryDecisionRecorded")}
        </WorkflowCheckbox>
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
      {has("travelDocumentsRecorded") ? (
        <WorkflowCheckbox
          isSelected={values.travelDocumentsRecorded}
          onChange={(value) => set("travelDocumentsRecorded", value)}
        >
          {t("workflow.facts.travelDocumentsRecorded")}
        </WorkflowCheckbox>
      ) : null}
      {has("ticketRecorded") ? (
        <WorkflowCheckbox
          isSelected={values.ticketRecorded}
          onChange={(value) => set("ticketRecorded", value)}
        >
          {t("workflow.facts.ticketRecorded")}
        </WorkflowCheckbox>
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
