"use client";

import {
  PROGRAMMES,
  type Programme,
  ROLES,
  type Role,
  userCreateInput,
  userUpdateInput,
} from "@kelias/domain";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { CheckboxField, RecordRefusal, useRecordForm } from "@/components/cases/RecordForm";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { fieldError, fieldLabel } from "@/components/ui/styles";
import { TextField } from "@/components/ui/TextField";
import { useTRPC } from "@/trpc/client";
import { type IssuedLink, SetPasswordLinkNotice } from "./SetPasswordLinkNotice";

interface Access {
  roles: Role[];
  programmes: Programme[];
}

const toggle = <T,>(list: T[], item: T, on: boolean) =>
  on ? [...list, item] : list.filter((x) => x !== item);

/** Roles and programmes as two groups of checkboxes. */
function AccessFields({
  value,
  onChange,
  errors,
}: {
  value: Access;
  onChange: (value: Access) => void;
  errors: { roles?: string | undefined; programmes?: string | undefined };
}) {
  const t = useTranslations();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <fieldset className="flex flex-col gap-1">
        <legend className={fieldLabel}>{t("users.create.rolesLegend")}</legend>
        {ROLES.map((role) => (
          <CheckboxField
            key={role}
            isSelected={value.roles.includes(role)}
            onChange={(on) => onChange({ ...value, roles: toggle(value.roles, role, on) })}
          >
            {t(`roles.${role}`)}
          </CheckboxField>
        ))}
        {errors.roles ? <p className={fieldError}>{errors.roles}</p> : null}
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className={fieldLabel}>{t("users.create.programmesLegend")}</legend>
        {PROGRAMMES.map((programme) => (
          <CheckboxField
            key={programme}
            isSelected={value.programmes.includes(programme)}
            onChange={(on) => onChange({ ...value, programmes: toggle(value.programmes, programme, on) })}
          >
            {t(`programmes.${programme}`)}
          </CheckboxField>
        ))}
        {errors.programmes ? <p className={fieldError}>{errors.programmes}</p> : null}
      </fieldset>
    </div>
  );
}

const EMPTY = { name: "", email: "", team: "", roles: [] as Role[], programmes: [] as Programme[] };

/** Opens an account and shows the one-time set-password link to pass on. */
export function UserCreateForm() {
  const t = useTranslations("users");
  const trpc = useTRPC();
  const form = useRecordForm();
  const [values, setValues] = useState(EMPTY);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const create = useMutation(
    trpc.user.create.mutationOptions({
      onError: form.fail,
      onSuccess: (result) => {
        setIssued({ name: values.name, ...result });
        setValues(EMPTY);
        form.succeed();
      },
    }),
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIssued(null);
    const input = form.check(userCreateInput, values);
    if (input) create.mutate(input);
  }

  return (
    <div className="flex flex-col gap-4">
      {issued ? <SetPasswordLinkNotice link={issued} /> : null}
      <Form onSubmit={submit} className="flex flex-col gap-4">
        <RecordRefusal form={form} />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField
            label={t("name")}
            isRequired
            value={values.name}
            onChange={(name) => setValues((v) => ({ ...v, name }))}
            maxLength={200}
            errorMessage={form.message("name")}
          />
          <TextField
            label={t("email")}
            type="email"
            isRequired
            value={values.email}
            onChange={(email) => setValues((v) => ({ ...v, email }))}
            maxLength={254}
            errorMessage={form.message("email")}
          />
          <TextField
            label={t("team")}
            value={values.team}
            onChange={(team) => setValues((v) => ({ ...v, team }))}
            maxLength={100}
            errorMessage={form.message("team")}
          />
        </div>
        <AccessFields
          value={values}
          onChange={(access) => setValues((v) => ({ ...v, ...access }))}
          errors={{ roles: form.message("roles"), programmes: form.message("programmes") }}
        />
        <div>
          <Button type="submit" isDisabled={create.isPending}>
            {t("create.submit")}
          </Button>
        </div>
      </Form>
    </div>
  );
}

export interface UserRow {
  id: string;
  name: string;
  team: string | null;
  roles: Role[];
  programmes: Programme[];
  active: boolean;
  version: number;
}

/** A handover waiting for a second administrator, as the admin looking at the account sees it. */
export interface PendingHandover {
  /** The admin looking at it saw the link: they may not confirm. */
  shownToViewer: boolean;
  passwordSet: boolean;
}

/**
 * What an admin does to one account: edit it, deactivate or reactivate it, reset its password,
 * sign it out everywhere. Each names the version shown; a stale one offers the latest.
 */
export function UserActions({
  user,
  isSelf,
  handover,
}: {
  user: UserRow;
  isSelf: boolean;
  handover: PendingHandover | null;
}) {
  const t = useTranslations("users");
  const trpc = useTRPC();
  const form = useRecordForm();
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState({
    name: user.name,
    team: user.team ?? "",
    roles: user.roles,
    programmes: user.programmes,
  });
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (message: string | null) => {
    setNotice(message);
    setEditing(false);
    form.succeed();
  };
  const update = useMutation(
    trpc.user.update.mutationOptions({ onError: form.fail, onSuccess: () => done(t("done")) }),
  );
  const reset = useMutation(
    trpc.user.resetPassword.mutationOptions({
      onError: form.fail,
      onSuccess: (result) => {
        setIssued({ name: user.name, ...result });
        done(t("resetDone", { name: user.name }));
      },
    }),
  );
  const signOut = useMutation(
    trpc.security.user.signOut.mutationOptions({
      onError: form.fail,
      onSuccess: () => done(t("signedOut", { name: user.name })),
    }),
  );
  const confirm = useMutation(
    trpc.user.confirmHandover.mutationOptions({
      onError: form.fail,
      onSuccess: () => done(t("handover.confirmed", { name: user.name })),
    }),
  );
  const busy = update.isPending || reset.isPending || signOut.isPending || confirm.isPending;

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    const input = form.check(userUpdateInput, { id: user.id, version: user.version, ...values });
    if (input) update.mutate(input);
  }

  return (
    <div className="flex flex-col gap-2">
      <RecordRefusal form={form} />
      {notice ? (
        <p role="status" className="text-sm">
          {notice}
        </p>
      ) : null}
      {issued ? <SetPasswordLinkNotice link={issued} /> : null}
      {editing ? (
        <Form onSubmit={save} className="flex flex-col gap-3">
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              label={t("name")}
              isRequired
              value={values.name}
              onChange={(name) => setValues((v) => ({ ...v, name }))}
              maxLength={200}
              errorMessage={form.message("name")}
            />
            <TextField
              label={t("team")}
              value={values.team}
              onChange={(team) => setValues((v) => ({ ...v, team }))}
              maxLength={100}
              errorMessage={form.message("team")}
            />
          </div>
          <AccessFields
            value={values}
            onChange={(access) => setValues((v) => ({ ...v, ...access }))}
            errors={{ roles: form.message("roles"), programmes: form.message("programmes") }}
          />
          <div className="flex gap-2">
            <Button type="submit" isDisabled={busy}>
              {t("save")}
            </Button>
            <Button variant="secondary" onPress={() => setEditing(false)}>
              {t("cancel")}
            </Button>
          </div>
        </Form>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button
            variant="secondary"
            className="px-3 py-1"
            aria-label={t("editLabel", { name: user.name })}
            onPress={() => setEditing(true)}
          >
            {t("edit")}
          </Button>
          {isSelf ? null : (
            <>
              <Button
                variant="secondary"
                className="px-3 py-1"
                isDisabled={busy}
                aria-label={t(user.active ? "deactivateLabel" : "reactivateLabel", { name: user.name })}
                onPress={() => {
                  setNotice(null);
                  update.mutate({ id: user.id, version: user.version, active: !user.active });
                }}
              >
                {t(user.active ? "deactivate" : "reactivate")}
              </Button>
              <Button
                variant="secondary"
                className="px-3 py-1"
                isDisabled={busy}
                aria-label={t("resetPasswordLabel", { name: user.name })}
                onPress={() => {
                  setNotice(null);
                  reset.mutate({ id: user.id, version: user.version });
                }}
              >
                {t("resetPassword")}
              </Button>
              <Button
                variant="secondary"
                className="px-3 py-1"
                isDisabled={busy}
                aria-label={t("signOutAllLabel", { name: user.name })}
                onPress={() => {
                  setNotice(null);
                  signOut.mutate({ userId: user.id });
                }}
              >
                {t("signOutAll")}
              </Button>
            </>
          )}
        </div>
      )}
      {handover && !isSelf ? (
        <div className="flex flex-col gap-1 text-sm">
          {handover.shownToViewer ? (
            <p>{t("handover.shownToYou")}</p>
          ) : !handover.passwordSet ? (
            <p>{t("handover.passwordNotSet")}</p>
          ) : (
            <>
              <p>{t("handover.confirmHint", { name: user.name })}</p>
              <div>
                <Button
                  className="px-3 py-1"
                  isDisabled={busy}
                  aria-label={t("handover.confirmLabel", { name: user.name })}
                  onPress={() => {
                    setNotice(null);
                    confirm.mutate({ id: user.id, version: user.version });
                  }}
                >
                  {t("handover.confirm")}
                </Button>
              </div>
            </>
          )}
        </div>
      ) : null}
    </div>
  );
}
