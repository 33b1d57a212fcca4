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
import { useState } from "react";
import type { Control } from "react-hook-form";
import { BoundForm } from "@/components/forms/BoundForm";
import { FormCheckboxList } from "@/components/forms/FormCheckboxList";
import { FormTextField } from "@/components/forms/FormTextField";
import { RecordRefusal } from "@/components/forms/RecordRefusal";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { fieldLabel } from "@/components/ui/styles";
import { useTRPC } from "@/trpc/client";
import { type IssuedLink, SetPasswordLinkNotice } from "./SetPasswordLinkNotice";

interface Access {
  roles: Role[];
  programmes: Programme[];
}

/** Roles and programmes as two groups of checkboxes. */
function AccessFields<V extends Access, T>({ control }: { control: Control<V, unknown, T> }) {
  const t = useTranslations();
  const c = control as unknown as Control<Access, unknown, T>;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <fieldset className="flex flex-col gap-1">
        <legend className={fieldLabel}>{t("users.create.rolesLegend")}</legend>
        <FormCheckboxList
          control={c}
          name="roles"
          className="flex flex-col gap-1"
          options={ROLES.map((role) => ({ id: role, label: t(`roles.${role}`) }))}
        />
      </fieldset>
      <fieldset className="flex flex-col gap-1">
        <legend className={fieldLabel}>{t("users.create.programmesLegend")}</legend>
        <FormCheckboxList
          control={c}
          name="programmes"
          className="flex flex-col gap-1"
          options={PROGRAMMES.map((programme) => ({ id: programme, label: t(`programmes.${programme}`) }))}
        />
      </fieldset>
    </div>
  );
}

const EMPTY = { name: "", email: "", team: "", roles: [] as Role[], programmes: [] as Programme[] };

/** Opens an account and shows the one-time set-password link to pass on. */
export function UserCreateForm() {
  const t = useTranslations("users");
  const trpc = useTRPC();
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const create = useMutation(trpc.user.create.mutationOptions());
  const form = useApiForm({
    schema: userCreateInput,
    defaultValues: EMPTY,
    toInput: (values) => values,
    submit: (input) => {
      setIssued(null);
      return create.mutateAsync(input);
    },
    onSuccess: (result, input) => {
      setIssued({ name: input.name, ...result });
      form.reset(EMPTY);
    },
  });
  const { control } = form;

  return (
    <div className="flex flex-col gap-4">
      {issued ? <SetPasswordLinkNotice link={issued} /> : null}
      <BoundForm form={form} className="flex flex-col gap-4">
        <div className="grid gap-4 sm:grid-cols-3">
          <FormTextField control={control} name="name" label={t("name")} isRequired maxLength={200} />
          <FormTextField
            control={control}
            name="email"
            label={t("email")}
            type="email"
            isRequired
            maxLength={254}
          />
          <FormTextField control={control} name="team" label={t("team")} maxLength={100} />
        </div>
        <AccessFields control={control} />
        <div>
          <Button type="submit" isDisabled={create.isPending}>
            {t("create.submit")}
          </Button>
        </div>
      </BoundForm>
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
  const [editing, setEditing] = useState(false);
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const update = useMutation(trpc.user.update.mutationOptions());
  // The buttons beside the form share its refusal: whichever was refused last says why.
  const form = useApiForm({
    schema: userUpdateInput,
    defaultValues: { name: user.name, team: user.team ?? "", roles: user.roles, programmes: user.programmes },
    toInput: (values) => ({ id: user.id, version: user.version, ...values }),
    submit: (input) => {
      setNotice(null);
      return update.mutateAsync(input);
    },
    onSuccess: () => {
      setNotice(t("done"));
      setEditing(false);
    },
  });
  const refusal = form.refusal;
  const done = (message: string | null) => {
    setNotice(message);
    setEditing(false);
    refusal.succeed();
  };
  const toggleActive = useMutation(
    trpc.user.update.mutationOptions({ onError: refusal.fail, onSuccess: () => done(t("done")) }),
  );
  const reset = useMutation(
    trpc.user.resetPassword.mutationOptions({
      onError: refusal.fail,
      onSuccess: (result) => {
        setIssued({ name: user.name, ...result });
        done(t("resetDone", { name: user.name }));
      },
    }),
  );
  const signOut = useMutation(
    trpc.security.user.signOut.mutationOptions({
      onError: refusal.fail,
      onSuccess: () => done(t("signedOut", { name: user.name })),
    }),
  );
  const confirm = useMutation(
    trpc.user.confirmHandover.mutationOptions({
      onError: refusal.fail,
      onSuccess: () => done(t("handover.confirmed", { name: user.name })),
    }),
  );
  const busy =
    update.isPending || toggleActive.isPending || reset.isPending || signOut.isPending || confirm.isPending;

  return (
    <div className="flex flex-col gap-2">
      <RecordRefusal refusal={refusal} />
      {notice ? (
        <p role="status" className="text-sm">
          {notice}
        </p>
      ) : null}
      {issued ? <SetPasswordLinkNotice link={issued} /> : null}
      {editing ? (
        <Form onSubmit={form.onSubmit} className="flex flex-col gap-3">
          <div className="grid gap-3 sm:grid-cols-2">
            <FormTextField control={form.control} name="name" label={t("name")} isRequired maxLength={200} />
            <FormTextField control={form.control} name="team" label={t("team")} maxLength={100} />
          </div>
          <AccessFields control={form.control} />
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
                  toggleActive.mutate({ id: user.id, version: user.version, active: !user.active });
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
