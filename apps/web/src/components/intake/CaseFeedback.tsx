import { officeToday } from "@kelias/domain";
import { getFormatter, getTranslations } from "next-intl/server";
import { AddDisclosure } from "@/components/cases/AddDisclosure";
import { CaseSection } from "@/components/cases/CaseSection";
import { calendarDate, DAY_FORMAT } from "@/components/cases/record-format";
import { api, orPageError } from "@/trpc/server";
import { FeedbackEdit, FeedbackForm } from "./FeedbackForms";

/**
 * Feedback from the person the case serves (satisfaction, complaints, suggestions), newest first,
 * open ones marked; with forms to record one and to answer (resolve) it.
 */
export async function CaseFeedback({ caseId }: { caseId: string }) {
  const t = await getTranslations("intake.feedback");
  const format = await getFormatter();
  const { entries, mayWrite } = await orPageError((await api()).case.feedback.list({ caseId }));
  const today = officeToday(new Date());
  const day = (iso: string) => format.dateTime(calendarDate(iso), DAY_FORMAT);
  return (
    <CaseSection id="case-feedback" title={t("title")}>
      {entries.length === 0 ? (
        <p className="mt-3 text-sm">{t("none")}</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-3">
          {entries.map((f) => {
            const what = `${t(`kinds.${f.kind}`)}, ${f.topic}`;
            return (
              <li key={f.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
                <p className="font-medium">
                  {t(`kinds.${f.kind}`)} · {f.topic}{" "}
                  <span
                    className={
                      f.status === "open"
                        ? "ml-1 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-900 dark:bg-amber-900 dark:text-amber-100"
                        : "ml-1 rounded bg-emerald-100 px-1.5 py-0.5 text-xs text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100"
                    }
                  >
                    {t(`statuses.${f.status}`)}
                  </span>
                </p>
                <p>
                  {t("received", { date: day(f.receivedOn), channel: t(`channels.${f.channel}`) })}
                  {f.rating !== null ? ` · ${t("ratingShown", { rating: f.rating, max: 5 })}` : ""}
                </p>
                {f.detail ? <p className="mt-1 whitespace-pre-line">{f.detail}</p> : null}
                {f.resolvedOn ? (
                  <p className="mt-1">
                    <span className="font-medium">{t("resolvedShown", { date: day(f.resolvedOn) })}</span>{" "}
                    <span className="whitespace-pre-line">{f.resolution}</span>
                  </p>
                ) : null}
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {t("recordedBy", { name: f.createdByName })}
                </p>
                {mayWrite ? (
                  <FeedbackEdit
                    caseId={caseId}
                    today={today}
                    feedbackId={f.id}
                    version={f.version}
                    what={what}
                    values={{
                      kind: f.kind,
                      channel: f.channel,
                      receivedOn: f.receivedOn,
                      topic: f.topic,
                      detail: f.detail,
                      rating: f.rating === null ? "" : String(f.rating),
                      resolution: f.resolution,
                      resolvedOn: f.resolvedOn ?? "",
                    }}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {mayWrite ? (
        <AddDisclosure title={t("add")}>
          <FeedbackForm caseId={caseId} today={today} />
        </AddDisclosure>
      ) : null}
    </CaseSection>
  );
}
