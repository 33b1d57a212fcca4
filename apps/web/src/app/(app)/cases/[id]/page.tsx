import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { CaseRiskLevel } from "@/components/assessments/CaseRiskLevel";
import { CaseSection } from "@/components/cases/CaseSection";
import { CaseTeam } from "@/components/cases/CaseTeam";
import { CaseFeedback } from "@/components/intake/CaseFeedback";
import { ReferralSourceForm } from "@/components/intake/ReferralSourceForm";
import { PersonFacts } from "@/components/people/PersonFacts";
import { RecordLink } from "@/components/RecordLink";
import { caseTitle, loadCase } from "./case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "overview");
}

/** The overview tab: the case's facts, its person, who works on it and the handovers. */
export default async function CaseOverviewPage({ params }: Params) {
  const { id } = await params;
  const t = await getTranslations();
  const format = await getFormatter();
  const intake = await getTranslations("intake");
  const c = await loadCase(id);
  const facts: [string, string][] = [
    [t("cases.programme"), t(`programmes.${c.programme}`)],
    [t("cases.state"), t(`states.${c.state as "closed"}`)],
    [t("cases.opened"), format.dateTime(c.openedAt, { dateStyle: "long" })],
    ...(c.closedAt
      ? ([[t("case.closed"), format.dateTime(c.closedAt, { dateStyle: "long" })]] as [string, string][])
      : []),
    [
      intake("sourceLabel"),
      c.referralSource
        ? [intake(`source.${c.referralSource}`), c.referralSourceDetail].filter(Boolean).join(": ")
        : intake("notRecorded"),
    ],
    [t("cases.owner"), c.owner.name],
    [
      t("case.assignees"),
      c.assignees
        .map((a) => `${a.name} (${a.kind === "owner" ? t("case.ownerKind") : t("case.coKind")})`)
        .join(", "),
    ],
  ];
  return (
    <>
      <div className="mt-4 grid gap-6 md:grid-cols-2">
        <CaseSection id="case-summary" title={t("case.summary")} spacing="none">
          <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
            {facts.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="font-medium text-slate-600 dark:text-slate-400">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <CaseRiskLevel caseId={c.id} />
          {c.permissions.update ? (
            <ReferralSourceForm
              caseId={c.id}
              version={c.version}
              referralSource={c.referralSource}
              referralSourceDetail={c.referralSourceDetail}
            />
          ) : null}
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
      <CaseFeedback caseId={c.id} />
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
    </>
  );
}
