import { getFormatter, getTranslations } from "next-intl/server";
import { RecordLink } from "@/components/RecordLink";
import { api, orPageError } from "@/trpc/server";
import { CaseSection } from "./CaseSection";
import { MOMENT_FORMAT } from "./record-format";

/** Audit actions the timeline describes in words; any other is shown by its code. */
const DESCRIBED = new Set([
  "case.create",
  "case.read",
  "case.timeline",
  "case.workflow.get",
  "case.team.assign",
  "case.team.unassign",
  "approvals.bulkReassign",
  "case.restriction.set",
  "case.sensitive.set",
  "case.note.add",
  "case.note.edit",
  "case.service.add",
  "case.service.edit",
  "case.consent.record",
  "case.consent.withdraw",
  "case.referral.add",
  "case.referral.setStatus",
  "case.task.add",
  "case.task.edit",
  "case.task.setDone",
  "case.workflow.setFacts",
  "case.workflow.transition",
  "case.workflow.decideApproval",
  "document.upload",
  "document.read",
  "accessRequest.decide",
]);

type Detail = Record<string, string | boolean | number>;

interface Props {
  caseId: string;
  include: "changes" | "all";
  before: number | undefined;
}

/** Every event of the case from the audit trail, oldest first: who did what, and when. */
export async function CaseTimeline({ caseId, include, before }: Props) {
  const { entries, earlier } = await orPageError(
    (await api()).case.timeline({ caseId, include, before, limit: 100 }),
  );
  const t = await getTranslations("timeline");
  const tAll = await getTranslations();
  const format = await getFormatter();
  const href = (params: { include: "changes" | "all"; before?: number }) => {
    const query = new URLSearchParams({ timeline: params.include });
    if (params.before) query.set("timelineBefore", String(params.before));
    return `/cases/${caseId}?${query.toString()}#case-timeline`;
  };

  /** What happened, in words, with the details that say which kind of thing changed. */
  const describe = (action: string, detail: Detail): string => {
    if (!DESCRIBED.has(action)) return t("actions.other", { action });
    const key = action.replaceAll(".", "_");
    const text = (name: string) => (typeof detail[name] === "string" ? (detail[name] as string) : "");
    switch (action) {
      case "case.consent.record":
      case "case.consent.withdraw":
        return t(`actions.${key}`, {
          purpose: tAll(`record.consents.purposes.${text("purpose") || "assistance"}`),
        });
      case "case.service.add":
      case "case.service.edit":
        return t(`actions.${key}`, { type: text("type") ? tAll(`record.serviceTypes.${text("type")}`) : "" });
      case "case.referral.add":
        return t("actions.case_referral_add");
      case "case.referral.setStatus":
        return t("actions.case_referral_setStatus", {
          status: text("status") ? tAll(`record.referrals.statuses.${text("status")}`) : "",
        });
      case "case.task.setDone": {
        // A refusal does not say which way the task was to go.
        const done = detail.done;
        if (done === true) return t("actions.case_task_setDone_done");
        if (done === false) return t("actions.case_task_setDone_reopened");
        return t("actions.case_task_setDone");
      }
      case "case.sensitive.set":
        return t(`actions.${key}`, {
          category: text("category") ? tAll(`sensitive.categories.${text("category")}`) : "",
        });
      case "case.workflow.transition":
        return t(detail.pending === true ? "actions.case_workflow_transition_requested" : `actions.${key}`, {
          state: text("to") ? tAll(`states.${text("to")}`) : "",
        });
      case "case.workflow.decideApproval":
        return t(
          detail.approve === true
            ? "actions.case_workflow_decideApproval_approved"
            : "actions.case_workflow_decideApproval_rejected",
          {
            state: text("to") ? tAll(`states.${text("to")}`) : "",
          },
        );
      case "accessRequest.decide":
        // Worded with the access requests (their own catalog namespace).
        return tAll(
          detail.grant === true ? "accessRequests.timeline.granted" : "accessRequests.timeline.decided",
        );
      default:
        return t(`actions.${key}`);
    }
  };

  return (
    <CaseSection id="case-timeline" title={t("title")}>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {include === "all" ? t("showingAll") : t("showingChanges")}{" "}
        <RecordLink
          className="text-brand-700 underline dark:text-brand-300"
          href={href({ include: include === "all" ? "changes" : "all" })}
        >
          {include === "all" ? t("showChanges") : t("showAll")}
        </RecordLink>
      </p>
      {earlier ? (
        <p className="mt-2 text-sm">
          <RecordLink
            className="text-brand-700 underline dark:text-brand-300"
            href={href({ include, before: earlier })}
          >
            {t("earlier")}
          </RecordLink>
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p className="mt-3 text-sm">{t("none")}</p>
      ) : (
        <ol className="mt-3 flex flex-col gap-2 text-sm">
          {entries.map((e) => (
            <li key={e.seq} className="flex flex-wrap gap-x-2">
              <time dateTime={e.at.toISOString()} className="text-slate-600 dark:text-slate-400">
                {format.dateTime(e.at, MOMENT_FORMAT)}
              </time>
              <span>
                {t("entry", {
                  who: e.actorName ?? t("nobody"),
                  what: describe(e.action, e.detail),
                })}{" "}
                {e.outcome === "allowed" ? null : (
                  <span className="ml-1 rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900 dark:bg-red-900 dark:text-red-50">
                    {typeof e.detail.reason === "string" && e.detail.reason === "stale_version"
                      ? t("refusedStale")
                      : t("refused")}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
      {before ? (
        <p className="mt-3 text-sm">
          <RecordLink className="text-brand-700 underline dark:text-brand-300" href={href({ include })}>
            {t("latest")}
          </RecordLink>
        </p>
      ) : null}
    </CaseSection>
  );
}
