"use client";

import { PROGRAMMES, ROLES } from "@kelias/domain";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { SelectField } from "@/components/ui/SelectField";
import { TextField } from "@/components/ui/TextField";

export interface UserSearchValues {
  q: string;
  role: string;
  programme: string;
  status: string;
}

const ANY = "any";

/** The users list's search: kept in the address, so a search can be reloaded and shared. */
export function UserSearch({ initial }: { initial: UserSearchValues }) {
  const t = useTranslations();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const set = (key: keyof UserSearchValues) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = new URLSearchParams();
    if (values.q.trim() !== "") params.set("q", values.q.trim());
    for (const key of ["role", "programme", "status"] as const) {
      if (values[key] !== ANY) params.set(key, values[key]);
    }
    router.push(`/admin/users${params.size > 0 ? `?${params}` : ""}`);
  }

  const any = { id: ANY, label: t("users.search.any") };
  return (
    <Form
      onSubmit={submit}
      aria-label={t("users.search.title")}
      className="grid items-end gap-3 sm:grid-cols-5"
    >
      <TextField label={t("users.search.query")} value={values.q} onChange={set("q")} maxLength={200} />
      <SelectField
        label={t("users.search.role")}
        options={[any, ...ROLES.map((r) => ({ id: r, label: t(`roles.${r}`) }))]}
        selectedKey={values.role}
        onSelectionChange={(key) => set("role")(String(key ?? ANY))}
      />
      <SelectField
        label={t("users.search.programme")}
        options={[any, ...PROGRAMMES.map((p) => ({ id: p, label: t(`programmesShort.${p}`) }))]}
        selectedKey={values.programme}
        onSelectionChange={(key) => set("programme")(String(key ?? ANY))}
      />
      <SelectField
        label={t("users.search.status")}
        options={[
          any,
          { id: "active", label: t("users.active") },
          { id: "inactive", label: t("users.inactive") },
        ]}
        selectedKey={values.status}
        onSelectionChange={(key) => set("status")(String(key ?? ANY))}
      />
      <div className="flex gap-2">
        <Button type="submit">{t("users.search.submit")}</Button>
        <Button
          variant="secondary"
          onPress={() => {
            setValues({ q: "", role: ANY, programme: ANY, status: ANY });
            router.push("/admin/users");
          }}
        >
          {t("users.search.clear")}
        </Button>
      </div>
    </Form>
  );
}
