import type { RecordedWorkflowFacts, WorkflowFactField } from "@kelias/domain";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FieldHistory } from "@/components/case-page/FieldHistory";
import { countryName, countryOptions } from "@/lib/countries";
import { api, orPageError } from "@/trpc/server";
import { AddDisclosure } from "./AddDisclosure";
import { CaseSection } from "./CaseSection";
import { CaseWorkflowApproval } from "./CaseWorkflowApproval";
import { CaseWorkflowFacts } from "./CaseWorkflowFacts";
import { GuardList, isGuardCode } from "./CaseWorkflowReasons";
import { CaseWorkflowScreening } from "./CaseWorkflowScreening";
import { CaseWorkflowTransitions } from "./CaseWorkflowTransitions";
import { CaseWorkflowWithdraw } from "./CaseWorkflowWithdraw";

/** ISO calendar date (a due date, an arrival) as a date in the reader's language, without time zone shifts. */
function calendarDate(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/**
 * The case's workflow: where it stands, the approval it waits for, the next steps and what blocks
 * them, the facts they depend on, and how it got here.
 */
export async function CaseWorkflow({ caseId }: { caseId: string }) {
  const w = await orPageError((await api()).case.workflow.get({ caseId }));
  const t = await getTranslations("workflow");
  const tPage = await getTranslations("casePage.forms");
  const tWithdraw = await getTranslations("approvalWithdrawal");
  const tState = await getTranslations("states");
  const format = await getFormatter();
  const locale = await getLocale();
  const state = (s: string) => tState(s as "closed");
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const day = (iso: string) => format.dateTime(calendarDate(iso), { dateStyle: "long", timeZone: "UTC" });
  const pendingBlocked = w.pending?.blocked.filter(isGuardCode) ?? [];
  const suggestion = w.suggestions[0];

  const factValue = (field: WorkflowFactField, facts: RecordedWorkflowFacts): string => {
    const none = t("facts.notRecorded");
    switch (field) {
      case "eligibilityCriterion":
        return facts.eligibilityCriterion ? t(`criteria.${facts.eligibilityCriterion}`) : none;
      case "destinationCountry":
        return facts.destinationCountry ? countryName(facts.destinationCountry, locale) : none;
      case "arrivalDate":
        return facts.arrivalDate ? day(facts.arrivalDate) : none;
      case "durableSolutionKind":
        return facts.durableSolutionKind ? t(`durableSolutions.${facts.durableSolutionKind}`) : none;
      case "vulnerabilityCategories":
        return facts.vulnerabilityCategories.map((c) => t(`vulnerability.${c}`)).join(", ") || none;
      case "contractRedFlags":
        return facts.contractRedFlags.map((c) => t(`redFlags.${c}`)).join(", ") || none;
      case "voluntaryDecisionRecorded":
        return facts[field] ? t("facts.yes") : t("facts.no");
    }
  };

  return (
    <CaseSection id="case-workflow" title={t("title")}>
      <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-600 dark:text-slate-400">{t("currentState")}</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <span>{state(w.state)}</span>
          {w.pending ? (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900 dark:text-amber-100">
              {t("pendingBadge")}
            </span>
          ) : null}
        </dd>
      </dl>

      {w.pending ? (
        <div className="mt-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <p className="font-semibold">{t("pendingBadge")}</p>
          <p className="mt-1">
            {t("pending", {
              name: w.pending.requestedByName,
              date: when(w.pending.requestedAt),
              state: state(w.pending.toState),
            })}
          </p>
          {w.pending.reason ? (
            <p className="mt-1">{t("pendingReason", { reason: w.pending.reason })}</p>
          ) : null}
          {w.permissions.ownRequest ? (
            <p className="mt-1">
              {w.permissions.managesProgramme ? tWithdraw("ownRequestManager") : t("ownRequest")}
            </p>
          ) : null}
          {w.permissions.withdraw ? (
            <CaseWorkflowWithdraw approvalId={w.pending.id} version={w.version} />
          ) : null}
          {pendingBlocked.length > 0 && w.permissions.approve ? (
            <div className="mt-2">
              <p>{t("pendingBlocked")}</p>
              <GuardList codes={pendingBlocked} />
            </div>
          ) : null}
          {w.permissions.approve ? (
            <div className="mt-3 max-w-xl">
              <CaseWorkflowApproval approvalId={w.pending.id} version={w.version} />
            </div>
          ) : null}
        </div>
      ) : null}

      {w.lastRejection ? (
        <p className="mt-4 rounded-md bg-slate-100 p-3 text-sm dark:bg-slate-800">
          {t("rejected", {
            name: w.lastRejection.decidedByName ?? "",
            state: state(w.lastRejection.toState),
            date: w.lastRejection.decidedAt ? when(w.lastRejection.decidedAt) : "",
            reason: w.lastRejection.decisionReason,
          })}
        </p>
      ) : null}

      {suggestion ? (
        <div className="mt-4 rounded-md border border-brand-300 bg-brand-50 p-3 text-sm dark:border-brand-700 dark:bg-slate-800">
          <p className="font-semibold">{t("suggestion.title")}</p>
          <p className="mt-1">
            {t("suggestion.body", { flags: suggestion.redFlags.map((f) => t(`redFlags.${f}`)).join(", ") })}
          </p>
          <CaseWorkflowScreening
            caseId={w.caseId}
            canOpen={w.permissions.openScreening && w.permissions.update}
          />
        </div>
      ) : null}

      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <div>
          <h3 className="font-semibold">{t("transitions.title")}</h3>
          {w.permissions.update ? (
            <CaseWorkflowTransitions caseId={w.caseId} version={w.version} transitions={w.transitions} />
          ) : (
            <p className="mt-2 text-sm">{t("transitions.readOnly")}</p>
          )}
        </div>
        <div>
          <h3 className="font-semibold">{t("facts.title")}</h3>
          {w.factFields.length === 0 ? (
            <p className="mt-2 text-sm">{t("facts.none")}</p>
          ) : (
            <>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("facts.intro")}</p>
              {!w.unsafeDestinationsAvailable && w.factFields.includes("destinationCountry") ? (
                <p className="mt-2 text-sm text-amber-900 dark:text-amber-200">
                  {t("guards.unsafe_destinations_unavailable")}
                </p>
              ) : null}
              <dl className="mt-2 grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                {w.factFields.map((field) => (
                  <div key={field} className="contents">
                    <dt className="font-medium text-slate-600 dark:text-slate-400">{t(`facts.${field}`)}</dt>
                    <dd>{factValue(field, w.facts)}</dd>
                  </div>
                ))}
              </dl>
              {w.permissions.update ? (
                // The form opens on demand; the facts as recorded are shown above.
                <AddDisclosure title={tPage("editFacts")}>
                  <CaseWorkflowFacts
                    caseId={w.caseId}
                    version={w.version}
                    fields={w.factFields}
                    facts={w.facts}
                    countries={w.factFields.includes("destinationCountry") ? countryOptions(locale) : []}
                  />
                </AddDisclosure>
              ) : null}
              <FieldHistory source={{ kind: "case", caseId: w.caseId, record: "workflow_facts" }} inline />
            </>
          )}
        </div>
      </div>

      <h3 className="mt-6 font-semibold">{t("history.title")}</h3>
      {w.history.length === 0 ? (
        <p className="mt-2 text-sm">{t("history.empty")}</p>
      ) : (
        <ol className="mt-2 flex flex-col gap-3">
          {w.history.map((h) => {
            const tasks = w.tasks.filter((task) => task.historyId === h.id);
            return (
              <li key={h.id} className="text-sm">
                <p>
                  <time dateTime={h.at.toISOString()} className="text-slate-600 dark:text-slate-400">
                    {when(h.at)}
                  </time>{" "}
                  ·{" "}
                  {t("history.entry", {
                    name: h.movedByName,
                    from: state(h.fromState),
                    to: state(h.toState),
                  })}
                </p>
                {h.approvedByName ? <p>{t("history.approvedBy", { name: h.approvedByName })}</p> : null}
                {h.reason ? (
                  <p className="whitespace-pre-line">{t("history.reason", { reason: h.reason })}</p>
                ) : null}
                {tasks.length > 0 ? (
                  <>
                    <p className="mt-1">{t("history.tasks")}</p>
                    <ul className="list-disc pl-5">
                      {tasks.map((task) => (
                        <li key={task.id}>
                          {t("history.task", { task: t(`taskKinds.${task.kind}`), date: day(task.dueDate) })}
                        </li>
                      ))}
                    </ul>
                  </>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </CaseSection>
  );
}
