"use client";

import type { Programme } from "@kelias/domain";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type FormEvent, useState } from "react";
import { Button } from "@/components/ui/Button";
import { fieldInput, fieldLabel } from "@/components/ui/styles";
import { TextAreaField } from "@/components/ui/TextAreaField";
import { refusalReason } from "@/lib/api-errors";
import { useTRPC } from "@/trpc/client";

/**
 * Moves cases from one caseworker to another in one go (a leave, a change of team): pick the
 * programme and the two people, tick the cases, leave a handover note. All or nothing.
 */
export function BulkReassign({ programmes }: { programmes: readonly Programme[] }) {
  const t = useTranslations();
  const a = useTranslations("approvals.reassign");
  const trpc = useTRPC();
  const router = useRouter();
  const [programme, setProgramme] = useState<Programme | "">(
    programmes.length === 1 ? (programmes[0] ?? "") : "",
  );
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const staff = useQuery({
    ...trpc.staff.caseworkers.queryOptions({ programme: programme as Programme }),
    enabled: programme !== "",
  });
  const caseload = useQuery({
    ...trpc.case.list.queryOptions({
      view: "all",
      programme: programme as Programme,
      assigneeId: from,
      open: true,
      limit: 200,
    }),
    enabled: programme !== "" && from !== "",
  });
  const move = useMutation(
    trpc.approvals.bulkReassign.mutationOptions({
      onSuccess: (result) => {
        setMessage({ ok: true, text: a("done", { count: result.cases.length }) });
        setChosen(new Set());
        setNote("");
        void caseload.refetch();
        router.refresh();
      },
      onError: (error) => setMessage({ ok: false, text: t(`errors.reason.${refusalReason(error)}`) }),
    }),
  );
  const items = caseload.data?.items ?? [];
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cases = items.filter((c) => chosen.has(c.id)).map((c) => ({ caseId: c.id, version: c.version }));
    if (cases.length === 0 || to === "" || to === from) {
      setMessage({ ok: false, text: a("incomplete") });
      return;
    }
    move.mutate({ fromUserId: from, toUserId: to, cases, note });
  };
  return (
    <form onSubmit={submit} className="mt-3 flex flex-col gap-4" aria-labelledby="bulk-reassign">
      <div className="grid gap-3 sm:grid-cols-3">
        <Choice
          id="reassign-programme"
          label={a("programme")}
          choose={a("choose")}
          value={programme}
          onChange={(value) => {
            setProgramme(value as Programme | "");
            setFrom("");
            setTo("");
            setChosen(new Set());
          }}
          options={programmes.map((p) => ({ value: p, label: t(`programmes.${p}`) }))}
        />
        <Choice
          id="reassign-from"
          label={a("from")}
          choose={a("choose")}
          value={from}
          disabled={!staff.data}
          onChange={(value) => {
            setFrom(value);
            setChosen(new Set());
          }}
          options={(staff.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        />
        <Choice
          id="reassign-to"
          label={a("to")}
          choose={a("choose")}
          value={to}
          disabled={!staff.data}
          onChange={setTo}
          options={(staff.data ?? [])
            .filter((u) => u.id !== from)
            .map((u) => ({ value: u.id, label: u.name }))}
        />
      </div>
      {from !== "" ? (
        <fieldset className="rounded-md border border-slate-200 p-3 dark:border-slate-800">
          <legend className="px-1 text-sm font-medium">{a("cases", { count: items.length })}</legend>
          {items.length === 0 ? (
            <p className="text-sm">{caseload.isLoading ? a("loading") : a("noCases")}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {items.map((c) => (
                <li key={c.id}>
                  <label className="flex items-center gap-2 text-sm">
                    <input
                      type="checkbox"
                      className="h-4 w-4 rounded border-slate-400"
                      checked={chosen.has(c.id)}
                      onChange={(e) => {
                        const next = new Set(chosen);
                        if (e.target.checked) next.add(c.id);
                        else next.delete(c.id);
                        setChosen(next);
                      }}
                    />
                    {c.reference} · {c.personGivenName} {c.personFamilyName} ·{" "}
                    {t(`states.${c.state as "closed"}`)}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      ) : null}
      <TextAreaField
        label={a("note")}
        hint={a("noteHint")}
        value={note}
        onChange={setNote}
        maxLength={2000}
      />
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={
            message.ok
              ? "text-sm text-green-800 dark:text-green-300"
              : "text-sm text-red-700 dark:text-red-400"
          }
        >
          {message.text}
        </p>
      ) : null}
      <div>
        <Button type="submit" isDisabled={move.isPending}>
          {a("submit")}
        </Button>
      </div>
    </form>
  );
}

interface ChoiceProps {
  id: string;
  label: string;
  /** The empty first option, asking for a choice. */
  choose: string;
  value: string;
  disabled?: boolean;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
}

/** A labelled native choice of the reassignment, starting empty. */
function Choice({ id, label, choose, value, disabled, onChange, options }: ChoiceProps) {
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <select
        id={id}
        className={fieldInput}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{choose}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
