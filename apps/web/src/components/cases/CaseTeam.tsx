"use client";

import { caseAssignInput, type Programme } from "@kelias/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { FormRadioField } from "@/components/forms/FormRadioField";
import { FormSelectField } from "@/components/forms/FormSelectField";
import { FormTextAreaField } from "@/components/forms/FormTextAreaField";
import { useApiForm } from "@/components/forms/use-api-form";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { Switch } from "@/components/ui/Switch";
import type { RefusalReason } from "@/lib/api-errors";
import { useTRPC } from "@/trpc/client";

interface Props {
  caseId: string;
  version: number;
  programme: Programme;
  ownerId: string;
  assignees: { id: string; name: string; kind: "owner" | "co" }[];
  restricted: boolean;
  alwaysRestricted: boolean;
  canAssign: boolean;
  canRestrict: boolean;
}

function Refusal({ reason }: { reason: RefusalReason | null }) {
  const t = useTranslations("errors.reason");
  if (!reason) return null;
  return (
    <p
      role="alert"
      className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-100"
    >
      {t(reason)}
    </p>
  );
}

/** The manager's controls of who works on a case, and whether it is restricted. */
export function CaseTeam(props: Props) {
  const t = useTranslations("team");
  const trpc = useTRPC();
  const staff = useQuery({
    ...trpc.staff.caseworkers.queryOptions({ programme: props.programme }),
    enabled: props.canAssign,
  });
  const assign = useMutation(trpc.case.team.assign.mutationOptions());
  const form = useApiForm({
    schema: caseAssignInput,
    defaultValues: { userId: "", as: "owner" as "owner" | "co", note: "" },
    toInput: (values) => ({
      caseId: props.caseId,
      version: props.version,
      userId: values.userId || null,
      as: values.as,
      note: values.note,
    }),
    submit: (input) => assign.mutateAsync(input),
    onSuccess: () => clearChoice(),
  });
  const { control, refusal } = form;
  const as = useWatch({ control, name: "as" });
  // Every change of the team starts the next one afresh, whichever control made it.
  const clearChoice = () => form.reset({ ...form.getValues(), userId: "", note: "" });
  const onError = refusal.fail;
  const onSuccess = () => {
    clearChoice();
    refusal.succeed();
  };
  const unassign = useMutation(trpc.case.team.unassign.mutationOptions({ onError, onSuccess }));
  const restrict = useMutation(trpc.case.restriction.set.mutationOptions({ onError, onSuccess }));
  const pending = assign.isPending || unassign.isPending || restrict.isPending;

  const candidates = (staff.data ?? []).filter((s) => !props.assignees.some((a) => a.id === s.id));
  return (
    <div className="flex flex-col gap-5">
      <Refusal reason={refusal.reason} />
      {props.canRestrict ? (
        <div>
          <Switch
            isSelected={props.restricted}
            isDisabled={props.alwaysRestricted || pending}
            onChange={(restricted) =>
              restrict.mutate({ caseId: props.caseId, version: props.version, restricted })
            }
          >
            {t("restricted")}
          </Switch>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {props.alwaysRestricted ? t("alwaysRestricted") : t("restrictedHint")}
          </p>
        </div>
      ) : null}
      {props.canAssign ? (
        <>
          <ul className="flex flex-col gap-2">
            {props.assignees.map((a) => (
              <li key={a.id} className="flex items-center justify-between gap-3 text-sm">
                <span>
                  {a.name} ({a.kind === "owner" ? t("owner") : t("coWorker")})
                </span>
                {a.kind === "co" ? (
                  <Button
                    variant="secondary"
                    className="px-2 py-1"
                    isDisabled={pending}
                    aria-label={t("removeNamed", { name: a.name })}
                    onPress={() =>
                      unassign.mutate({ caseId: props.caseId, version: props.version, userId: a.id })
                    }
                  >
                    {t("remove")}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
          <Form onSubmit={form.onSubmit} className="flex flex-col gap-4">
            <FormRadioField
              control={control}
              name="as"
              label={t("change")}
              options={[
                { id: "owner", label: t("handOver") },
                { id: "co", label: t("addCoWorker") },
              ]}
            />
            <FormSelectField
              control={control}
              name="userId"
              label={t("caseworker")}
              placeholder={t("chooseCaseworker")}
              isRequired
              options={candidates.map((s) => ({ id: s.id, label: s.name }))}
              messages={{ required: t("chooseCaseworker"), invalid: t("chooseCaseworker") }}
            />
            <FormTextAreaField
              control={control}
              name="note"
              label={t("note")}
              hint={t("noteHint")}
              maxLength={2000}
            />
            <div>
              <Button type="submit" isDisabled={pending}>
                {as === "owner" ? t("submitHandOver") : t("submitAdd")}
              </Button>
            </div>
          </Form>
        </>
      ) : null}
    </div>
  );
}
