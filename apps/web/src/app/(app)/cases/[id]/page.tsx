import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseAppointments } from "@/components/cases/CaseAppointments";
import { CaseConsents } from "@/components/cases/CaseConsents";
import { CaseNotes } from "@/components/cases/CaseNotes";
import { CaseReferrals } from "@/components/cases/CaseReferrals";
import { CaseSection } from "@/components/cases/CaseSection";
import { CaseServices } from "@/components/cases/CaseServices";
import { CaseTasks } from "@/components/cases/CaseTasks";
import { CaseTeam } from "@/components/cases/CaseTeam";
import { CaseTimeline } from "@/components/cases/CaseTimeline";
import { CaseWorkflow } from "@/components/cases/CaseWorkflow";
import { SensitiveNotes } from "@/components/cases/SensitiveNotes";
import { CaseDocuments } from "@/components/documents/CaseDocuments";
import { ScreeningOffer } from "@/components/identification/ScreeningOffer";
import { TraffickingScreening } from "@/components/identification/TraffickingScreening";
import { PersonFacts } from "@/components/people/PersonFacts";
import { RecordLink } from "@/components/RecordLink";
import { api, orPageError } from "@/trpc/server";

type Params = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function generateMetadata(): Promise<Metadata> {
  // The reference is not put in the title: titles end up in browser history and shared screens.
  return { title: (await getTranslations("case"))("summary") };
}

export default async function CasePage({ params, searchParams }: Params) {
  const { id } = await params;
  const query = await searchParams;
  const t = await getTranslations();
  const format = await getFormatter();
  const caller = await api();
  const c = await orPageError(caller.case.get({ id }));
  // The partner registry, for the consent and referral forms (only those who may write need it).
  const partners = c.permissions.update ? await orPageError(caller.partner.list()) : [];
  const partnerOptions = partners.map((p) => ({ id: p.id, name: p.name }));
  const timelineInclude = first(query.timeline) === "all" ? "all" : "changes";
  const timelineBefore = Number(first(query.timelineBefore));
  const facts: [string, string][] = [
    [t("cases.programme"), t(`programmes.${c.programme}`)],
    [t("cases.state"), t(`states.${c.state as "closed"}`)],
    [t("cases.opened"), format.dateTime(c.openedAt, { dateStyle: "long" })],
    ...(c.closedAt
      ? ([[t("case.closed"), format.dateTime(c.closedAt, { dateStyle: "long" })]] as [string, string][])
      : []),
    [t("cases.owner"), c.owner.name],
    [
      t("case.assignees"),
      c.assignees
        .map((a) => `${a.name} (${a.kind === "owner" ? t("case.ownerKind") : t("case.coKind")})`)
        .join(", "),
    ],
  ];
  return (
    <article>
      <h1 className="text-2xl font-semibold">{t("case.title", { reference: c.reference })}</h1>
      {c.restricted ? (
        <p className="mt-3 rounded-md bg-slate-100 p-3 text-sm dark:bg-slate-800">
          {t("case.restrictedNotice")}
        </p>
      ) : null}
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        <CaseSection id="case-summary" title={t("case.summary")} spacing="none">
          <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {facts.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="font-medium text-slate-600 dark:text-slate-400">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </CaseSection>
        <CaseSection id="case-person" title={t("case.personSection")} spacing="none">
          <div className="mt-3">
            <PersonFacts person={c.person} />
          </div>
          <p className="mt-4">
            <RecordLink
              className="text-brand-700 underline dark:text-brand-300"
              href={`/people/${c.person.id}`}
            >
              {t("case.openPerson")}
            </RecordLink>
          </p>
        </CaseSection>
      </div>
      <CaseWorkflow caseId={c.id} />
      {c.programme === "counter_trafficking" ? (
        <TraffickingScreening caseId={c.id} />
      ) : (
        <ScreeningOffer caseId={c.id} canUpdate={c.permissions.update} />
      )}
      {/* My day (issue 14): tasks with assignee and priority, then the case's appointments. */}
      <CaseTasks
        caseId={c.id}
        tasks={c.record.tasks}
        canUpdate={c.permissions.update}
        canReassign={c.permissions.reassignTasks}
        team={c.assignees}
      />
      <CaseAppointments caseId={c.id} canUpdate={c.permissions.update} team={c.assignees} />
      <CaseNotes caseId={c.id} notes={c.record.notes} canUpdate={c.permissions.update} />
      <CaseServices
        caseId={c.id}
        services={c.record.services}
        today={c.record.today}
        canUpdate={c.permissions.update}
      />
      <CaseConsents
        caseId={c.id}
        consents={c.record.consents}
        partners={partnerOptions}
        today={c.record.today}
        canUpdate={c.permissions.update}
      />
      <CaseReferrals
        caseId={c.id}
        referrals={c.record.referrals}
        partners={partnerOptions}
        canUpdate={c.permissions.update}
      />
      <CaseSection id="case-sensitive" title={t("sensitive.title")} intro={t("sensitive.intro")}>
        <SensitiveNotes caseId={c.id} notes={c.sensitive} canWrite={c.permissions.writeSensitive} />
      </CaseSection>
      <CaseSection id="case-documents" title={t("documents.title")}>
        <CaseDocuments caseId={c.id} canUpload={c.permissions.update} />
      </CaseSection>
      {c.permissions.assign || c.permissions.restrict ? (
        <CaseSection id="case-team" title={t("team.title")}>
          <div className="mt-3 max-w-xl">
            <CaseTeam
              caseId={c.id}
              version={c.version}
              programme={c.programme}
              ownerId={c.owner.id}
              assignees={c.assignees}
              restricted={c.restricted}
              alwaysRestricted={c.alwaysRestricted}
              canAssign={c.permissions.assign}
              canRestrict={c.permissions.restrict}
            />
          </div>
        </CaseSection>
      ) : null}
      <CaseSection id="case-handovers" title={t("team.history")}>
        {c.handovers.length === 0 ? (
          <p className="mt-2">{t("team.noHistory")}</p>
        ) : (
          <ol className="mt-2 flex flex-col gap-3">
            {c.handovers.map((h) => (
              <li key={h.id} className="text-sm">
                <p>
                  <time dateTime={h.createdAt.toISOString()} className="text-slate-600 dark:text-slate-400">
                    {format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>{" "}
                  ·{" "}
                  {h.kind === "owner"
                    ? t("team.historyOwner", { by: h.byName, from: h.fromName ?? "", to: h.toName ?? "" })
                    : h.kind === "co_added"
                      ? t("team.historyAdded", { by: h.byName, to: h.toName ?? "" })
                      : t("team.historyRemoved", { by: h.byName, from: h.fromName ?? "" })}
                </p>
                {h.note ? <p className="mt-1 whitespace-pre-line">{h.note}</p> : null}
              </li>
            ))}
          </ol>
        )}
      </CaseSection>
      <CaseTimeline
        caseId={c.id}
        include={timelineInclude}
        before={Number.isInteger(timelineBefore) && timelineBefore > 0 ? timelineBefore : undefined}
      />
    </article>
  );
}
