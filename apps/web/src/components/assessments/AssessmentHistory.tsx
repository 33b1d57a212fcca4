"use client";

import { useQuery } from "@tanstack/react-query";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { calendarDate, DAY_FORMAT, MOMENT_FORMAT } from "@/components/cases/record-format";
import { useTRPC } from "@/trpc/client";

/**
 * An assessment's revisions, newest first: loaded when the disclosure is opened, since reading
 * them is audited.
 */
export function AssessmentHistory({ caseId, assessmentId }: { caseId: string; assessmentId: string }) {
  const t = useTranslations("assessments");
  const format = useFormatter();
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const query = useQuery(trpc.case.assessment.get.queryOptions({ caseId, assessmentId }, { enabled: open }));
  return (
    <details
      className="mt-2 text-sm"
      onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
    >
      <summary className="cursor-pointer font-medium text-brand-700 underline dark:text-brand-300">
        {t("history")}
      </summary>
      {query.isPending && open ? <p className="mt-2">{t("historyLoading")}</p> : null}
      {query.isError ? (
        <p role="alert" className="mt-2">
          {t("historyFailed")}
        </p>
      ) : null}
      {query.data ? (
        <ol className="mt-2 flex flex-col gap-2">
          {query.data.revisions.map((r) => (
            <li key={r.version}>
              <p className="text-slate-700 dark:text-slate-300">
                {t("revision", {
                  version: r.version,
                  level: t(`risk.${r.riskLevel}`),
                  date: format.dateTime(calendarDate(r.assessedOn), DAY_FORMAT),
                  name: r.recordedByName,
                  at: format.dateTime(r.recordedAt, MOMENT_FORMAT),
                })}
              </p>
              {r.summary ? <p className="mt-1 whitespace-pre-line">{r.summary}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </details>
  );
}
