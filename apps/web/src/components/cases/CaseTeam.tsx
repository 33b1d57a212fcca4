"use client";

import type { Programme } from "@kelias/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Form } from "@/components/ui/Form";
import { RadioField } from "@/components/ui/RadioField";
import { SelectField } from "@/components/ui/SelectField";
import { Switch } from "@/components/ui/Switch";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { type RefusalReason, refusalReason } from "@/lib/api-errors";
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
  const router = useRouter();
  const trpc = useTRPC();
  const [userId, setUserId] = useState<string | null>(null);
  const [as, setAs] = useState<"owner" | "co">("owner");
  const [note, setNote] = useState("");
  const [missing, setMissing] = useState(false);
  const [reason, setReason] = useState<RefusalReason | null>(null);
  const staff = useQuery({
    ...trpc.staff.caseworkers.queryOptions({ programme: props.programme }),
    enabled: props.canAssign,
  });
  const onError = (error: unknown) => setReason(refusalReason(error));
  const onSuccess = () => {
    setReason(null);
    setUserId(null);
    setNote("");
    router.refresh();
  };
  const assign = useMutation(trpc.case.team.assign.mutationOptions({ onError, onSuccess }));
  const unassign = useMutation(trpc.case.team.unassign.mutationOptions({ onError, onSuccess }));
  const restrict = useMutation(trpc.case.restriction.set.mutationOptions({ onError, onSuccess }));
  const pending = assign.isPending || unassign.isPending || restrict.isPending;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!userId) {
      setMissing(true);
      return;
    }
    assign.mutate({ caseId: props.caseId, version: props.version, userId, as, note });
  }

  const candidates = (staff.data ?? []).filter((s) => !props.assignees.some((a) => a.id === s.id));
  return (
    <div className="flex flex-col gap-5">
      <Refusal reason={reason} />
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
          <Form onSubmit={submit} className="flex flex-col gap-4">
            <RadioField
              label={t("change")}
              value={as}
              onChange={(value) => setAs(value === "co" ? "co" : "owner")}
              options={[
                { id: "owner", label: t("handOver") },
                { id: "co", label: t("addCoWorker") },
              ]}
            />
            <SelectField
              label={t("caseworker")}
              placeholder={t("chooseCaseworker")}
              isRequired
              options={candidates.map((s) => ({ id: s.id, label: s.name }))}
              selectedKey={userId}
              onSelectionChange={(key) => {
                setUserId(key == null ? null : String(key));
                setMissing(key == null);
              }}
              errorMessage={missing ? t("chooseCaseworker") : undefined}
            />
            <TextAreaField
              label={t("note")}
              hint={t("noteHint")}
              value={note}
              onChange={setNote}
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
