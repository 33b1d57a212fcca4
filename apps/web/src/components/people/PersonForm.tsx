"use client";

import {
  GENDERS,
  HOUSEHOLD_RELATIONSHIPS,
  IDENTITY_DOCUMENT_TYPES,
  personCreateInput,
  personUpdateInput,
  SEXES,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useRef, useState } from "react";
import {
  type Control,
  Controller,
  type FieldPath,
  type Resolver,
  useFieldArray,
  useForm,
  useFormState,
} from "react-hook-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { RadioField } from "@/components/ui/RadioField";
import { type Option, SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
import { type RefusalReason, refusalReason } from "@/lib/api-errors";
import { type FieldErrorCode, fieldCodes } from "@/lib/field-errors";
import { useIdempotencyKey } from "@/lib/idempotency-key";
import { useTRPC } from "@/trpc/client";
import { type Duplicates, DuplicateWarning } from "./DuplicateWarning";
import { PersonPicker } from "./PersonPicker";
import {
  EMPTY_PERSON,
  formErrors,
  formPath,
  type PersonFormValues,
  setPath,
  toPersonInput,
} from "./person-form-values";

type Values = PersonFormValues;

const resolver: Resolver<Values> = async (values) => {
  const parsed = personCreateInput.safeParse(toPersonInput(values));
  if (parsed.success) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const [path, code] of Object.entries(formErrors(parsed.error, values.birthMode))) {
    setPath(errors, path, { type: "validate", message: code });
  }
  return { values: {}, errors: errors as never };
};

interface Props {
  countries: Option[];
  languages: Option[];
  /** Absent: registration. Present: the person being edited, as read. */
  person?: { id: string; version: number; documentsWithheld: boolean; values: Values };
}

const groupClass =
  "m-0 flex min-w-0 flex-col gap-3 rounded-md border border-slate-200 p-4 dark:border-slate-700";
const legendClass = "px-1 text-base font-semibold text-slate-900 dark:text-slate-100";

/** Registration and edit of a person: the same fields, checked by the same domain schema. */
export function PersonForm({ countries, languages, person }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const trpc = useTRPC();
  const editing = person !== undefined;
  const [failed, setFailed] = useState(false);
  const [reason, setReason] = useState<RefusalReason | null>(null);
  const [duplicates, setDuplicates] = useState<{ key: string; result: Duplicates } | null>(null);
  const [checking, setChecking] = useState(false);
  const acknowledged = useRef(false);
  const warningHeading = useRef<HTMLHeadingElement>(null);
  const { control, handleSubmit, watch, setError, getValues, setValue } = useForm<Values>({
    resolver,
    defaultValues: person?.values ?? EMPTY_PERSON,
  });
  const submission = useIdempotencyKey();
  const create = useMutation(trpc.person.create.mutationOptions());
  const update = useMutation(trpc.person.update.mutationOptions());
  const checkDuplicates = useMutation(trpc.person.checkDuplicates.mutationOptions());
  const birthMode = watch("birthMode");
  // A new warning takes the focus, so that it is read out and the next Tab reaches its links.
  useEffect(() => {
    if (duplicates) warningHeading.current?.focus();
  }, [duplicates]);
  const message = (code: string | undefined) =>
    code ? t(`errors.field.${code as FieldErrorCode}`) : undefined;

  function showServerErrors(error: unknown, mode: Values["birthMode"]) {
    if (!(error instanceof TRPCClientError)) return;
    for (const [field, code] of Object.entries(fieldCodes(error.data?.fieldErrors))) {
      setError(formPath([field], mode) as FieldPath<Values>, { type: "server", message: code });
    }
  }

  const onSubmit = handleSubmit(
    async (values) => {
      setFailed(false);
      setReason(null);
      const input = toPersonInput(values);
      try {
        if (person) {
          const { documents, ...rest } = personUpdateInput.parse({
            ...input,
            id: person.id,
            version: person.version,
          });
          // Documents withheld from the editor are left out, so the update keeps them as they are.
          await update.mutateAsync(person.documentsWithheld ? rest : { ...rest, documents });
          router.push(`/people/${person.id}`);
          router.refresh();
          return;
        }
        const checked = personCreateInput.parse(input);
        const key = JSON.stringify(checked);
        if (!(acknowledged.current && duplicates?.key === key)) {
          setChecking(true);
          const result = await checkDuplicates.mutateAsync(checked).finally(() => setChecking(false));
          if (result.matches.length > 0 || result.outOfScope) {
            setDuplicates({ key, result });
            return;
          }
        }
        const { id } = await create.mutateAsync({ ...checked, idempotencyKey: submission.key });
        submission.renew();
        router.push(`/people/${id}`);
      } catch (error) {
        const refused = refusalReason(error);
        if (refused !== "generic") setReason(refused);
        else setFailed(true);
        showServerErrors(error, values.birthMode);
      } finally {
        acknowledged.current = false;
      }
    },
    () => setFailed(true),
  );

  const pending = create.isPending || update.isPending || checking;
  let submitLabel = editing ? t("person.save") : t("person.submit");
  if (checking) submitLabel = t("duplicates.checking");
  else if (pending) submitLabel = t("person.submitting");

  return (
    <Form onSubmit={onSubmit} className="mt-6 flex max-w-2xl flex-col gap-6">
      {failed ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {editing ? t("person.saveFailed") : t("person.failed")}
        </p>
      ) : null}
      {reason ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {t(`errors.reason.${reason}`)}
        </p>
      ) : null}

      <fieldset className={groupClass}>
        <legend className={legendClass}>{t("person.nameSection")}</legend>
        {(["givenName", "familyName"] as const).map((name) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field, fieldState }) => (
              <TextField
                label={t(`person.${name}`)}
                isRequired
                autoComplete="off"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                errorMessage={message(fieldState.error?.message)}
              />
            )}
          />
        ))}
        {(["givenNameLatin", "familyNameLatin"] as const).map((name) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field, fieldState }) => (
              <TextField
                label={t(`person.${name}`)}
                hint={t("person.latinHint")}
                autoComplete="off"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                errorMessage={message(fieldState.error?.message)}
              />
            )}
          />
        ))}
      </fieldset>

      <fieldset className={groupClass}>
        <legend className={legendClass}>{t("person.details")}</legend>
        <Controller
          control={control}
          name="birthMode"
          render={({ field }) => (
            <RadioField
              label={t("person.birthKnown")}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              options={[
                { id: "exact", label: t("person.birthExact") },
                { id: "estimated", label: t("person.birthEstimated") },
              ]}
            />
          )}
        />
        {birthMode === "exact" ? (
          <Controller
            control={control}
            name="dateOfBirth"
            render={({ field, fieldState }) => (
              <TextField
                label={t("person.dateOfBirth")}
                hint={t("person.dateOfBirthHint")}
                type="date"
                isRequired
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                errorMessage={message(fieldState.error?.message)}
              />
            )}
          />
        ) : (
          <Controller
            control={control}
            name="estimatedAge"
            render={({ field, fieldState }) => (
              <TextField
                label={t("person.estimatedAge")}
                hint={t("person.estimatedAgeHint")}
                inputMode="numeric"
                isRequired
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                errorMessage={message(fieldState.error?.message)}
              />
            )}
          />
        )}
        <Controller
          control={control}
          name="sex"
          render={({ field, fieldState }) => (
            <RadioField
              label={t("person.sex")}
              isRequired
              value={field.value}
              onChange={(value) => field.onChange(value)}
              options={SEXES.map((s) => ({ id: s, label: t(`sex.${s}`) }))}
              errorMessage={message(fieldState.error?.message)}
            />
          )}
        />
        <Controller
          control={control}
          name="gender"
          render={({ field, fieldState }) => (
            <RadioField
              label={t("person.gender")}
              value={field.value}
              onChange={(value) => field.onChange(value)}
              options={GENDERS.map((g) => ({ id: g, label: t(`gender.${g}`) }))}
              errorMessage={message(fieldState.error?.message)}
            />
          )}
        />
      </fieldset>

      <RowGroup
        control={control}
        name="citizenships"
        legend={t("person.citizenships")}
        addLabel={t("person.addCitizenship")}
        removeLabel={(n) => t("person.removeCitizenship", { n })}
        minRows={1}
        newRow={() => ({ code: "" })}
        message={message}
        renderRow={(index) => (
          <Controller
            control={control}
            name={`citizenships.${index}.code`}
            render={({ field, fieldState }) => (
              <SelectField
                label={t("person.citizenshipN", { n: index + 1 })}
                placeholder={t("person.chooseCountry")}
                isRequired
                options={countries}
                selectedKey={field.value || null}
                onSelectionChange={(key) => field.onChange(key == null ? "" : String(key))}
                errorMessage={message(fieldState.error?.message)}
              />
            )}
          />
        )}
      />

      <RowGroup
        control={control}
        name="languages"
        legend={t("person.languages")}
        addLabel={t("person.addLanguage")}
        removeLabel={(n) => t("person.removeLanguage", { n })}
        newRow={() => ({ code: "" })}
        message={message}
        renderRow={(index) => (
          <Controller
            control={control}
            name={`languages.${index}.code`}
            render={({ field, fieldState }) => (
              <SelectField
                label={t("person.languageN", { n: index + 1 })}
                placeholder={t("person.chooseLanguage")}
                isRequired
                options={languages}
                selectedKey={field.value || null}
                onSelectionChange={(key) => field.onChange(key == null ? "" : String(key))}
                errorMessage={message(fieldState.error?.message)}
              />
            )}
          />
        )}
      />

      <RowGroup
        control={control}
        name="phones"
        legend={t("person.phones")}
        hint={t("person.phoneHint")}
        addLabel={t("person.addPhone")}
        removeLabel={(n) => t("person.removePhone", { n })}
        newRow={() => ({ number: "" })}
        message={message}
        renderRow={(index) => (
          <Controller
            control={control}
            name={`phones.${index}.number`}
            render={({ field, fieldState }) => (
              <TextField
                label={t("person.phoneN", { n: index + 1 })}
                type="tel"
                autoComplete="off"
                isRequired
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                errorMessage={message(fieldState.error?.message)}
              />
            )}
          />
        )}
      />

      <fieldset className={groupClass}>
        <legend className={legendClass}>{t("person.address")}</legend>
        {(
          [
            ["addressStreet", undefined],
            ["addressCity", undefined],
            ["addressPostalCode", t("person.addressPostalCodeHint")],
          ] as const
        ).map(([name, hint]) => (
          <Controller
            key={name}
            control={control}
            name={name}
            render={({ field, fieldState }) => (
              <TextField
                label={t(`person.${name}`)}
                {...(hint ? { hint } : {})}
                autoComplete="off"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                errorMessage={message(fieldState.error?.message)}
              />
            )}
          />
        ))}
      </fieldset>

      {person?.documentsWithheld ? (
        <fieldset className={groupClass}>
          <legend className={legendClass}>{t("person.documents")}</legend>
          <p className="text-sm text-slate-700 dark:text-slate-300">{t("person.documentsWithheldEdit")}</p>
        </fieldset>
      ) : (
        <RowGroup
          control={control}
          name="documents"
          legend={t("person.documents")}
          addLabel={t("person.addDocument")}
          removeLabel={(n) => t("person.removeDocument", { n })}
          newRow={() => ({ type: "", number: "", issuingCountry: "", expiresOn: "" })}
          message={message}
          renderRow={(index) => (
            <fieldset className="m-0 grid min-w-0 gap-3 border-0 p-0 sm:grid-cols-2">
              <legend className="mb-2 text-sm font-semibold">
                {t("person.documentN", { n: index + 1 })}
              </legend>
              <Controller
                control={control}
                name={`documents.${index}.type`}
                render={({ field, fieldState }) => (
                  <SelectField
                    label={t("person.documentType")}
                    placeholder={t("person.chooseDocumentType")}
                    isRequired
                    options={IDENTITY_DOCUMENT_TYPES.map((d) => ({ id: d, label: t(`documentTypes.${d}`) }))}
                    selectedKey={field.value || null}
                    onSelectionChange={(key) => field.onChange(key == null ? "" : String(key))}
                    errorMessage={message(fieldState.error?.message)}
                  />
                )}
              />
              <Controller
                control={control}
                name={`documents.${index}.number`}
                render={({ field, fieldState }) => (
                  <TextField
                    label={t("person.documentNumber")}
                    isRequired
                    autoComplete="off"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    errorMessage={message(fieldState.error?.message)}
                  />
                )}
              />
              <Controller
                control={control}
                name={`documents.${index}.issuingCountry`}
                render={({ field, fieldState }) => (
                  <SelectField
                    label={t("person.documentIssuingCountry")}
                    placeholder={t("person.chooseCountry")}
                    isRequired
                    options={countries}
                    selectedKey={field.value || null}
                    onSelectionChange={(key) => field.onChange(key == null ? "" : String(key))}
                    errorMessage={message(fieldState.error?.message)}
                  />
                )}
              />
              <Controller
                control={control}
                name={`documents.${index}.expiresOn`}
                render={({ field, fieldState }) => (
                  <TextField
                    label={t("person.documentExpiresOn")}
                    hint={t("person.documentExpiresOnHint")}
                    type="date"
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    errorMessage={message(fieldState.error?.message)}
                  />
                )}
              />
            </fieldset>
          )}
        />
      )}

      <RowGroup
        control={control}
        name="household"
        legend={t("person.householdMembers")}
        hint={t("person.householdHint")}
        addLabel={t("person.addHouseholdMember")}
        removeLabel={(n) => t("person.removeHouseholdMember", { n })}
        newRow={() => ({ personId: "", name: "", relationship: "" })}
        message={message}
        renderRow={(index) => (
          <div className="grid gap-3 sm:grid-cols-2">
            <Controller
              control={control}
              name={`household.${index}.personId`}
              render={({ field, fieldState }) => (
                <PersonPicker
                  label={t("person.householdMemberN", { n: index + 1 })}
                  hint={t("person.searchPerson")}
                  value={field.value ? { id: field.value, name: getValues(`household.${index}.name`) } : null}
                  onChange={(picked) => {
                    setValue(`household.${index}.name`, picked?.name ?? "");
                    field.onChange(picked?.id ?? "");
                  }}
                  onBlur={field.onBlur}
                  excludeId={person?.id}
                  errorMessage={message(fieldState.error?.message)}
                />
              )}
            />
            <Controller
              control={control}
              name={`household.${index}.relationship`}
              render={({ field, fieldState }) => (
                <SelectField
                  label={t("person.relationshipN", { n: index + 1 })}
                  hint={t("person.relationshipHint")}
                  placeholder={t("person.chooseRelationship")}
                  isRequired
                  options={HOUSEHOLD_RELATIONSHIPS.map((r) => ({ id: r, label: t(`relationships.${r}`) }))}
                  selectedKey={field.value || null}
                  onSelectionChange={(key) => field.onChange(key == null ? "" : String(key))}
                  errorMessage={message(fieldState.error?.message)}
                />
              )}
            />
          </div>
        )}
      />

      {duplicates ? (
        <DuplicateWarning
          result={duplicates.result}
          headingRef={warningHeading}
          isPending={pending}
          onContinue={() => {
            acknowledged.current = true;
            void onSubmit();
          }}
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

type RowGroupName = "citizenships" | "languages" | "phones" | "documents" | "household";

interface RowGroupProps<N extends RowGroupName> {
  control: Control<Values>;
  name: N;
  legend: string;
  hint?: string;
  addLabel: string;
  removeLabel: (n: number) => string;
  minRows?: number;
  newRow: () => Values[N][number];
  message: (code: string | undefined) => string | undefined;
  renderRow: (index: number) => ReactNode;
}

/** A repeated group of fields: one row per entry, each removable, and a button to add one. */
function RowGroup<N extends RowGroupName>({
  control,
  name,
  legend,
  hint,
  addLabel,
  removeLabel,
  minRows = 0,
  newRow,
  message,
  renderRow,
}: RowGroupProps<N>) {
  const { fields, append, remove } = useFieldArray({ control, name: name as "phones" });
  const removable = fields.length > minRows;
  const { errors } = useFormState({ control, name });
  const listError = (errors[name] as { root?: { message?: string } } | undefined)?.root?.message;
  const hintId = `${name}-hint`;
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={groupClass}
      aria-describedby={[hint ? hintId : "", listError ? errorId : ""].filter(Boolean).join(" ") || undefined}
    >
      <legend className={legendClass}>{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {fields.map((row, index) => (
        <div key={row.id} className="flex flex-col gap-2 sm:flex-row sm:items-start">
          <div className="min-w-0 flex-1">{renderRow(index)}</div>
          {removable ? (
            <Button
              type="button"
              variant="ghost"
              className="self-start sm:mt-6"
              onPress={() => remove(index)}
            >
              {removeLabel(index + 1)}
            </Button>
          ) : null}
        </div>
      ))}
      {listError ? (
        <p id={errorId} className="text-sm text-red-700 dark:text-red-400">
          {message(listError)}
        </p>
      ) : null}
      <div>
        <Button
          type="button"
          variant="secondary"
          onPress={() => (append as (row: Values[N][number]) => void)(newRow())}
        >
          {addLabel}
        </Button>
      </div>
    </fieldset>
  );
}
