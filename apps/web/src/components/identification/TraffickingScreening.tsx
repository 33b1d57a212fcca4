import type { Programme } from "@kelias/domain";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { CaseSection } from "@/components/cases/CaseSection";
import { calendarDate, DAY_FORMAT, MOMENT_FORMAT } from "@/components/cases/record-format";
import { RecordLink } from "@/components/RecordLink";
import { countryName, countryOptions } from "@/lib/countries";
import { api, orPageError } from "@/trpc/server";
import { AssessmentPanel } from "./AssessmentPanel";
import { DecisionForm } from "./DecisionForm";
import { ScreeningEditor } from "./ScreeningEditor";

/**
 * The identification section of a counter-trafficking case: where it came from, the screening and
 * its live assessment, the proposal waiting for a decision (and the manager's decision form), the
 * reflection period once started, and every proposal and decision so far.
 */
export async function TraffickingScreening({ caseId }: { caseId: string }) {
  const caller = await api();
  const [s, history] = await Promise.all([
    orPageError(caller.identification.get({ caseId })),
    orPageError(caller.identification.history({ caseId })),
  ]);
  const t = await getTranslations("identification");
  const tProgramme = await getTranslations("programmes");
  const format = await getFormatter();
  const locale = await getLocale();
  const countries = countryOptions(locale);
  const when = (date: Date) => format.dateTime(date, MOMENT_FORMAT);
  const day = (iso: string) => format.dateTime(calendarDate(iso), DAY_FORMAT);
  const status = (code: string) => t(`statuses.${code}`);
  const readOnly = !s.permissions.save;

  return (
    <CaseSection id="case-identification" title={t("title")} intro={t("intro")}>
      {s.sourceCase ? (
        <p className="mt-2 text-sm">
          {t("openedFrom", {
            reference: s.sourceCase.reference,
            programme: tProgramme(s.sourceCase.programme as Programme),
          })}{" "}
          <RecordLink
            className="text-brand-700 underline dark:text-brand-300"
            href={`/cases/${s.sourceCase.id}`}
          >
            {t("openSource")}
          </RecordLink>
        </p>
      ) : null}
      {s.screening?.reflection ? (
        <div className="mt-3 rounded-md border border-brand-300 bg-brand-50 p-3 text-sm dark:border-brand-700 dark:bg-slate-800">
          <p className="font-semibold">{t("reflection.title")}</p>
          <p>
            {t("reflection.body", {
              start: day(s.screening.reflection.startsOn),
              end: day(s.screening.reflection.endsOn),
              days: s.screening.reflection.days ?? 0,
              country: s.screening.reflection.country
                ? countryName(s.screening.reflection.country, locale)
                : "",
            })}
          </p>
        </div>
      ) : null}
      {s.pending ? (
        <div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <p className="font-semibold">{t("pending.title")}</p>
          <p className="mt-1">
            {t("pending.body", {
              name: s.pending.proposedByName,
              status: status(s.pending.status),
              date: when(s.pending.at),
            })}
          </p>
          {s.pending.reason ? (
            <p className="mt-1">{t("pending.reason", { reason: s.pending.reason })}</p>
          ) : null}
          <p className="mt-1">
            {t("pending.snapshot", {
              recommendation: t(`recommendations.${s.pending.assessment.recommendation}`),
            })}
          </p>
          {s.permissions.ownProposal ? <p className="mt-1">{t("pending.own")}</p> : null}
          {s.permissions.decide ? (
            <div className="mt-3 grid gap-6 rounded-md bg-white p-3 text-slate-900 md:grid-cols-2 dark:bg-slate-900 dark:text-slate-100">
              <AssessmentPanel
                assessment={s.pending.assessment}
                headingId="identification-pending-assessment"
              />
              <DecisionForm proposalId={s.pending.id} countries={countries} />
            </div>
          ) : null}
        </div>
      ) : null}
      {!s.screening && readOnly ? (
        <p className="mt-3 text-sm">{t("noScreening")}</p>
      ) : (
        <>
          {readOnly ? <p className="mt-3 text-sm">{t("readOnly")}</p> : null}
          <ScreeningEditor
            caseId={s.caseId}
            version={s.screening?.version ?? null}
            facts={s.screening?.facts ?? s.empty.facts}
            profile={s.screening?.profile ?? s.empty.profile}
            catalogue={s.catalogue}
            countries={countries}
            readOnly={readOnly}
            canPropose={s.permissions.propose}
          />
        </>
      )}
      <h3 className="mt-6 font-semibold">{t("history.title")}</h3>
      {history.length === 0 ? (
        <p className="mt-2 text-sm">{t("history.none")}</p>
      ) : (
        <ol className="mt-2 flex flex-col gap-3">
          {history.map((h) => (
            <li key={h.id} className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-700">
              <p>
                <time dateTime={h.at.toISOString()} className="text-slate-600 dark:text-slate-400">
                  {when(h.at)}
                </time>{" "}
                ·{" "}
                {h.kind === "proposal"
                  ? t("history.proposal", { name: h.actorName, status: status(h.status) })
                  : t(h.outcome === "overrule" ? "history.overrule" : "history.confirm", {
                      name: h.actorName,
                      status: status(h.status),
                      organisation: h.decidingOrganisation
                        ? t(`organisations.${h.decidingOrganisation}`)
                        : "",
                    })}
              </p>
              {h.reason ? (
                <p className="mt-1 whitespace-pre-line">{t("history.reason", { reason: h.reason })}</p>
              ) : null}
              <p className="mt-1 text-slate-600 dark:text-slate-400">
                {t("history.snapshot", {
                  recommendation: t(`recommendations.${h.assessment.recommendation}`),
                })}
              </p>
            </li>
          ))}
        </ol>
      )}
    </CaseSection>
  );
}
