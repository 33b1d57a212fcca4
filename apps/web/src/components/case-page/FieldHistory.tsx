"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useTRPC } from "@/trpc/client";
import { HistoryChange } from "./HistoryChange";

/** Whose history: a part of a case (sensitive notes, workflow facts, one service) or a person. */
export type HistorySource =
  | { kind: "case"; caseId: string; record: "sensitive_note" | "workflow_facts" }
  | { kind: "case"; caseId: string; record: "service"; recordId: string }
  | { kind: "person"; personId: string };

/**
 * A "History" disclosure: who changed which field, when, from what to what. Loaded when opened,
 * since reading a history is audited; values the reader may not see are marked withheld.
 */
export function FieldHistory({ source, inline = false }: { source: HistorySource; inline?: boolean }) {
  const t = useTranslations("casePage.history");
  const format = useFormatter();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const caseQuery = useQuery(
    trpc.case.history.queryOptions(
      source.kind === "case"
        ? {
            caseId: source.caseId,
            record: source.record,
            ...(source.record === "service" ? { recordId: source.recordId } : {}),
          }
        : { caseId: "", record: "workflow_facts" },
      { enabled: open && source.kind === "case" },
    ),
  );
  const personQuery = useQuery(
    trpc.person.history.queryOptions(
      { id: source.kind === "person" ? source.personId : "" },
      { enabled: open && source.kind === "person" },
    ),
  );
  const query = source.kind === "case" ? caseQuery : personQuery;
  const changes = query.data?.changes ?? [];
  // One write changed several fields: shown together, under who and when.
  const writes = new Map<string, typeof changes>();
  for (const change of changes) writes.set(change.changeId, [...(writes.get(change.changeId) ?? []), change]);
  const title =
    source.kind === "person" ? t("titlePerson") : t(`title_${source.record}` as "title_workflow_facts");
  return (
    <details
      className={
        inline ? "mt-4 text-sm" : "mt-4 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700"
      }
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary className="cursor-pointer font-medium text-brand-700 underline dark:text-brand-300">
        {title}
      </summary>
      {query.isPending && open ? <p className="mt-2">{t("loading")}</p> : null}
      {query.isError ? (
        <p role="alert" className="mt-2">
          {t("failed")}
        </p>
      ) : null}
      {query.isSuccess && changes.length === 0 ? <p className="mt-2">{t("none")}</p> : null}
      {writes.size > 0 ? (
        <ol className="mt-2 flex flex-col gap-2">
          {[...writes.values()].map((fields) => {
            const head = fields[0];
            if (!head) return null;
            return (
              <li key={head.changeId}>
                <p className="text-slate-600 dark:text-slate-400">
                  <time dateTime={head.at.toISOString()}>
                    {format.dateTime(head.at, { dateStyle: "medium", timeStyle: "short" })}
                  </time>{" "}
                  · {head.actorName ?? t("nobody")}
                  {head.record === "sensitive_note"
                    ? ` · ${t(`categories.${head.recordKey}` as "categories.health")}`
                    : ""}
                </p>
                <ul className="ml-4 list-disc">
                  {fields.map((change) => (
                    <li key={change.id}>
                      <HistoryChange change={change} />
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ol>
      ) : null}
    </details>
  );
}
