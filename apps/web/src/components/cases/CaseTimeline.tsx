import { TIMELINE_KINDS, type TimelineKind } from "@kelias/domain";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { HistoryChange } from "@/components/case-page/HistoryChange";
import { RecordLink } from "@/components/RecordLink";
import { serviceTypeLabel } from "@/lib/service-types";
import { api, orPageError } from "@/trpc/server";
import { CaseSection } from "./CaseSection";
import { MOMENT_FORMAT } from "./record-format";

/** Audit actions the timeline describes in words; any other is shown by its code. */
const DESCRIBED = new Set([
  "case.create",
  "case.read",
  "case.timeline",
  "case.history",
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
  "case.task.assign",
  "case.appointment.add",
  "case.appointment.edit",
  "case.appointment.cancel",
  "case.workflow.setFacts",
  "case.workflow.transition",
  "case.workflow.decideApproval",
  "case.workflow.withdrawApproval",
  "document.upload",
  "document.replace",
  "document.read",
  "case.document.edit",
  "case.document.delete",
  "accessRequest.decide",
  "case.assessment.record",
  "case.assessment.read",
  "case.assessment.history.read",
  "case.source.set",
  "case.feedback.add",
  "case.feedback.edit",
  "case.handover.create",
  "case.handover.list",
  "case.handover.download",
]);

type Detail = Record<string, string | boolean | number>;

interface Props {
  caseId: string;
  include: "changes" | "all";
  /** Only the events of this kind; every kind when undefined. */
  kind?: TimelineKind | undefined;
  before: number | undefined;
}

/**
 * Every event of the case from the audit trail, newest first: who did what, when, and for the
 * writes that keep a field history, what changed (old → new, where the reader may see the values).
 * Narrowed by kind with links (each view has its own address).
 */
export async function CaseTimeline({ caseId, include, kind, before }: Props) {
  const { entries, earlier } = await orPageError(
    (await api()).case.timeline({ caseId, include, before, kind, limit: 100 }),
  );
  const t = await getTranslations("timeline");
  const tAll = await getTranslations();
  const tPage = await getTranslations("casePage.timeline");
  const format = await getFormatter();
  const tWithdrawal = await getTranslations("approvalWithdrawal");
  const locale = await getLocale();
  // Service types are reference data: an administrator's own types have names, not catalog keys.
  const types = entries.some((e) => e.action === "case.service.add" || e.action === "case.service.edit")
    ? await (await api()).serviceType.list({ includeInactive: true })
    : [];
  const byCode = new Map(types.map((type) => [type.code, type]));
  const serviceType = (code: string) =>
    serviceTypeLabel(code, byCode.get(code), locale, (builtIn) => tAll(`record.serviceTypes.${builtIn}`));
  const href = (params: { include: "changes" | "all"; kind?: TimelineKind | undefined; before?: number }) => {
    const query = new URLSearchParams({ include: params.include });
    if (params.kind) query.set("kind", params.kind);
    if (params.before) query.set("before", String(params.before));
    return `/cases/${caseId}/timeline?${query.toString()}`;
  };
  const kindLink = "rounded-md border px-2 py-1 text-sm";

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
        return t(`actions.${key}`, { type: text("type") ? serviceType(text("type")) : "" });
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
      case "case.workflow.withdrawApproval":
        return tWithdrawal("timeline", { state: text("to") ? tAll(`states.${text("to")}`) : "" });
      case "accessRequest.decide":
        // Worded with the access requests (their own catalog namespace).
        return tAll(
          detail.grant === true ? "accessRequests.timeline.granted" : "accessRequests.timeline.decided",
        );
      // Worded with the assessments (their own catalog namespace).
      case "case.assessment.record":
        // A refusal names no assessment.
        if (!text("kind")) return tAll("assessments.timeline.record");
        return tAll("assessments.timeline.recorded", {
          kind: tAll(`assessments.kinds.${text("kind") as "needs"}`),
          version: typeof detail.version === "number" ? detail.version : 1,
          task: detail.reviewTaskId ? "yes" : "no",
        });
      case "case.assessment.read":
        return tAll("assessments.timeline.read");
      case "case.assessment.history.read":
        return tAll("assessments.timeline.historyRead");
      case "case.source.set":
        // Worded with the entry point and feedback (their own catalog namespace).
        return tAll("intake.timeline.sourceSet");
      case "case.feedback.add":
      case "case.feedback.edit":
        return tAll(
          action === "case.feedback.add" ? "intake.timeline.feedbackAdded" : "intake.timeline.feedbackEdited",
          {
            kind: text("kind") ? tAll(`intake.feedback.kinds.${text("kind") as "complaint"}`) : "",
          },
        );
      default:
        return t(`actions.${key}`);
    }
  };

  return (
    <CaseSection id="case-timeline" title={t("title")}>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        {tPage("newestFirst")} {include === "all" ? t("showingAll") : t("showingChanges")}{" "}
        <RecordLink
          className="text-brand-700 underline dark:text-brand-300"
          href={href({ include: include === "all" ? "changes" : "all", kind })}
        >
          {include === "all" ? t("showChanges") : t("showAll")}
        </RecordLink>
      </p>
      <nav aria-label={tPage("kindsLabel")} className="mt-3">
        <ul className="flex flex-wrap gap-2">
          {[undefined, ...TIMELINE_KINDS].map((k) => (
            <li key={k ?? "all"}>
              <RecordLink
                href={href({ include, kind: k })}
                aria-current={k === kind ? "page" : undefined}
                className={
                  k === kind
                    ? `${kindLink} border-brand-700 bg-brand-700 text-white dark:border-brand-300 dark:bg-brand-300 dark:text-slate-950`
                    : `${kindLink} border-slate-300 text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800`
                }
              >
                {k ? tPage(`kinds.${k}`) : tPage("allKinds")}
              </RecordLink>
            </li>
          ))}
        </ul>
      </nav>
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
              {e.changes.length > 0 ? (
                <ul className="ml-4 w-full list-disc" aria-label={tPage("whatChanged")}>
                  {e.changes.map((change) => (
                    <li key={`${change.recordKey}-${change.field}`}>
                      <HistoryChange change={change} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      )}
      {earlier ? (
        <p className="mt-3 text-sm">
          <RecordLink
            className="text-brand-700 underline dark:text-brand-300"
            href={href({ include, kind, before: earlier })}
          >
            {t("earlier")}
          </RecordLink>
        </p>
      ) : null}
      {before ? (
        <p className="mt-3 text-sm">
          <RecordLink className="text-brand-700 underline dark:text-brand-300" href={href({ include, kind })}>
            {t("latest")}
          </RecordLink>
        </p>
      ) : null}
    </CaseSection>
  );
}
