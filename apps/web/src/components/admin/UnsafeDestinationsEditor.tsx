"use client";

import { unsafeDestinationsSetInput } from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { BoundForm } from "@/components/forms/BoundForm";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { type Option, SelectField } from "@/components/ui/SelectField";
import { useTRPC } from "@/trpc/client";

/**
 * Edits the unsafe-destinations list as a whole: countries are added and removed here, then saved
 * together against the version shown (a stale save offers the latest list, keeping the edits).
 */
export function UnsafeDestinationsEditor({
  version,
  countries,
  options,
}: {
  version: number;
  countries: string[];
  options: Option[];
}) {
  const t = useTranslations("reference.unsafe");
  const trpc = useTRPC();
  // The countries chosen are the form's value; the country picker is only a way to add one.
  const [picked, setPicked] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const nameOf = (code: string) => options.find((o) => o.id === code)?.label ?? code;
  const save = useMutation(trpc.reference.unsafeDestination.set.mutationOptions());
  const form = useApiForm({
    schema: unsafeDestinationsSetInput,
    defaultValues: { countries },
    toInput: (values) => ({ version, countries: values.countries }),
    submit: (input) => {
      setSaved(false);
      return save.mutateAsync(input);
    },
    onSuccess: (result) => {
      form.setValue("countries", result.countries);
      setSaved(true);
    },
  });
  const list = useWatch({ control: form.control, name: "countries" });
  const setList = (next: (l: string[]) => string[]) => {
    setSaved(false);
    form.setValue("countries", next(form.getValues("countries")));
  };
  const changed = list.length !== countries.length || list.some((c) => !countries.includes(c));

  const sorted = [...list].sort((a, b) => nameOf(a).localeCompare(nameOf(b)));
  return (
    <BoundForm form={form} className="flex flex-col gap-4">
      {saved && !changed ? (
        <p role="status" className="text-sm">
          {t("saved")}
        </p>
      ) : null}
      {sorted.length === 0 ? (
        <p className="text-sm">{t("empty")}</p>
      ) : (
        <ul className="flex flex-col gap-1" aria-label={t("title")}>
          {sorted.map((code) => (
            <li
              key={code}
              className="flex items-center justify-between gap-3 rounded-md border border-slate-200 px-3 py-1 text-sm dark:border-slate-800"
            >
              <span>
                {nameOf(code)} <span className="font-mono text-slate-600 dark:text-slate-400">({code})</span>
              </span>
              <Button
                variant="ghost"
                className="px-2 py-1"
                aria-label={t("removeLabel", { country: nameOf(code) })}
                onPress={() => setList((l) => l.filter((c) => c !== code))}
              >
                {t("remove")}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <div className="flex flex-wrap items-end gap-3">
        <div className="min-w-64">
          <SelectField
            label={t("country")}
            placeholder={t("chooseCountry")}
            options={options.filter((o) => !list.includes(o.id))}
            selectedKey={picked}
            onSelectionChange={(key) => setPicked(key == null ? null : String(key))}
          />
        </div>
        <Button
          variant="secondary"
          isDisabled={picked === null}
          onPress={() => {
            if (picked === null) return;
            setList((l) => (l.includes(picked) ? l : [...l, picked]));
            setPicked(null);
          }}
        >
          {t("add")}
        </Button>
      </div>
      {changed ? (
        <p role="status" className="text-sm text-amber-800 dark:text-amber-300">
          {t("unsaved")}
        </p>
      ) : null}
      <div>
        <Button type="submit" isDisabled={save.isPending || !changed}>
          {t("save")}
        </Button>
      </div>
    </BoundForm>
  );
}
