import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CaseSection } from "@/components/cases/CaseSection";
import { FamilyMemberForm } from "@/components/family/FamilyMemberForm";
import { FamilyMembers } from "@/components/family/FamilyMembers";
import { RecordLink } from "@/components/RecordLink";
import { api, orPageError } from "@/trpc/server";
import { caseTitle, loadCase } from "../case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "family");
}

const link = "text-brand-700 underline underline-offset-2 hover:text-brand-900 dark:text-brand-300";

/**
 * The family tab: the family the case belongs to, with its other members (each shown only to
 * whoever reads their case), or a way to create a family with this case as its head.
 */
export default async function CaseFamilyPage({ params }: Params) {
  const c = await loadCase((await params).id);
  const t = await getTranslations("family");
  const caller = await api();
  const membership = await orPageError(caller.family.forCase({ caseId: c.id }));
  if (!membership) {
    return (
      <CaseSection id="case-family" title={t("tab.title")}>
        <p className="mt-2 text-sm">{t("tab.none")}</p>
        {c.permissions.update ? (
          <div className="mt-4">
            <h3 className="text-lg font-semibold">{t("create.title")}</h3>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t("create.lead")}</p>
            <div className="mt-3">
              <FamilyMemberForm mode="create" caseId={c.id} />
            </div>
          </div>
        ) : null}
      </CaseSection>
    );
  }
  const family = await orPageError(caller.family.get({ familyId: membership.familyId }));
  return (
    <CaseSection id="case-family" title={t("tab.title")}>
      <p className="mt-2 text-sm">
        {t("tab.member", { relationship: t(`relationships.${membership.relationship}`) })}{" "}
        <RecordLink href={`/families/${family.id}`} className={link}>
          {t("tab.open")}
        </RecordLink>
      </p>
      <FamilyMembers members={family.members} current={c.id} />
    </CaseSection>
  );
}
