"use client";

import { PROGRAMMES, ROLES, userListInput } from "@kelias/domain";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextField } from "@/components/forms/FormTextField";
import { issueCode } from "@/components/forms/input-resolver";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";

export interface UserSearchValues {
  q: string;
  role: string;
  programme: string;
  status: string;
}

const ANY = "any";
const CLEAR: UserSearchValues = { q: "", role: ANY, programme: ANY, status: ANY };
const chosen = (value: string) => (value === ANY || value === "" ? null : value);

/** The users list's search: kept in the address, so a search can be reloaded and shared. */
export function UserSearch({ initial }: { initial: UserSearchValues }) {
  const t = useTranslations();
  const router = useRouter();
  // Searching is going to the address of the search: the page reads it and asks the API.
  const form = useApiForm({
    schema: userListInput,
    defaultValues: initial,
    toInput: (values) => ({
      query: values.q.trim(),
      role: chosen(values.role),
      programme: chosen(values.programme),
      active: chosen(values.status) === null ? null : values.status === "active",
    }),
    place: (issue) => ({
      name: issue.path[0] === "query" ? "q" : (issue.path[0] ?? "q"),
      code: issueCode(issue),
    }),
    refresh: false,
    submit: async () => {
      const values = form.getValues();
      const params = new URLSearchParams();
      if (values.q.trim() !== "") params.set("q", values.q.trim());
      for (const key of ["role", "programme", "status"] as const) {
        if (values[key] !== ANY) params.set(key, values[key]);
      }
      router.push(`/admin/users${params.size > 0 ? `?${params}` : ""}`);
    },
  });
  const { control } = form;

  const any = { id: ANY, label: t("users.search.any") };
  return (
    <Form
      onSubmit={form.onSubmit}
      aria-label={t("users.search.title")}
      className="grid items-end gap-3 sm:grid-cols-5"
    >
      <FormTextField control={control} name="q" label={t("users.search.query")} maxLength={200} />
      <FormSelectField
        control={control}
        name="role"
        label={t("users.search.role")}
        options={[any, ...ROLES.map((r) => ({ id: r, label: t(`roles.${r}`) }))]}
      />
      <FormSelectField
        control={control}
        name="programme"
        label={t("users.search.programme")}
        options={[any, ...PROGRAMMES.map((p) => ({ id: p, label: t(`programmesShort.${p}`) }))]}
      />
      <FormSelectField
        control={control}
        name="status"
        label={t("users.search.status")}
        options={[
          any,
          { id: "active", label: t("users.active") },
          { id: "inactive", label: t("users.inactive") },
        ]}
      />
      <div className="flex gap-2">
        <Button type="submit">{t("users.search.submit")}</Button>
        <Button
          variant="secondary"
          onPress={() => {
            form.reset(CLEAR);
            router.push("/admin/users");
          }}
        >
          {t("users.search.clear")}
        </Button>
      </div>
    </Form>
  );
}
