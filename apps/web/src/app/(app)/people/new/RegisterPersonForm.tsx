"use client";

import { personCreateInput, SEXES } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Controller, type Resolver, useForm } from "react-hook-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { RadioField } from "@/components/ui/RadioField";
import { type Option, SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";
import { type FieldErrorCode, fieldCodes } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";

interface Values {
  givenName: string;
  familyName: string;
  birthMode: "exact" | "estimated";
  dateOfBirth: string;
  estimatedAge: string;
  sex: string;
  citizenship: string;
}

function toInput(values: Values) {
  const age = values.estimatedAge.trim();
  return {
    givenName: values.givenName,
    familyName: values.familyName,
    dateOfBirth: values.birthMode === "exact" ? values.dateOfBirth.trim() || null : null,
    estimatedAge: values.birthMode === "estimated" ? (/^\d+$/.test(age) ? Number(age) : Number.NaN) : null,
    sex: values.sex,
    citizenships: values.citizenship ? [values.citizenship] : [],
  };
}

/** Form fields named after the API's fields, so server and client errors land in the same place. */
function formField(apiField: string, mode: Values["birthMode"]): keyof Values {
  if (apiField === "citizenships") return "citizenship";
  if (apiField === "dateOfBirth" && mode === "estimated") return "estimatedAge";
  return apiField as keyof Values;
}

const resolver: Resolver<Values> = async (values) => {
  const parsed = personCreateInput.safeParse(toInput(values));
  if (parsed.success) return { values, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const [field, code] of Object.entries(fieldCodes(parsed.error))) {
    errors[formField(field, values.birthMode)] = { type: "validate", message: code };
  }
  return { values: {}, errors };
};

export function RegisterPersonForm({ countries }: { countries: Option[] }) {
  const t = useTranslations();
  const router = useRouter();
  const trpc = useTRPC();
  const [failed, setFailed] = useState(false);
  const { control, handleSubmit, watch, setError } = useForm<Values>({
    resolver,
    defaultValues: {
      givenName: "",
      familyName: "",
      birthMode: "exact",
      dateOfBirth: "",
      estimatedAge: "",
      sex: "",
      citizenship: "",
    },
  });
  const create = useMutation(trpc.person.create.mutationOptions());
  const birthMode = watch("birthMode");
  const message = (code: string | undefined) =>
    code ? t(`errors.field.${code as FieldErrorCode}`) : undefined;

  const onSubmit = handleSubmit(
    async (values) => {
      setFailed(false);
      try {
        const { id } = await create.mutateAsync(personCreateInput.parse(toInput(values)));
        router.push(`/people/${id}`);
      } catch (error) {
        setFailed(true);
        if (error instanceof TRPCClientError) {
          const codes = fieldCodes(error.data?.fieldErrors);
          for (const [field, code] of Object.entries(codes)) {
            setError(formField(field, values.birthMode), { type: "server", message: code });
          }
        }
      }
    },
    () => setFailed(true),
  );

  return (
    <Form onSubmit={onSubmit} className="mt-6 flex max-w-xl flex-col gap-5">
      {failed ? (
        <p
          role="alert"
          className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
        >
          {t("person.failed")}
        </p>
      ) : null}
      <Controller
        control={control}
        name="givenName"
        render={({ field, fieldState }) => (
          <TextField
            label={t("person.givenName")}
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
        name="familyName"
        render={({ field, fieldState }) => (
          <TextField
            label={t("person.familyName")}
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
        name="citizenship"
        render={({ field, fieldState }) => (
          <SelectField
            label={t("person.citizenship")}
            placeholder={t("person.chooseCountry")}
            isRequired
            options={countries}
            selectedKey={field.value || null}
            onSelectionChange={(key) => field.onChange(key == null ? "" : String(key))}
            errorMessage={message(fieldState.error?.message)}
          />
        )}
      />
      <div>
        <Button type="submit" isDisabled={create.isPending}>
          {create.isPending ? t("person.submitting") : t("person.submit")}
        </Button>
      </div>
    </Form>
  );
}
