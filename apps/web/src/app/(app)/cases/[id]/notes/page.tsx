import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { FieldHistory } from "@/components/case-page/FieldHistory";
import { CaseNotes } from "@/components/cases/CaseNotes";
import { CaseSection } from "@/components/cases/CaseSection";
import { SensitiveNotes } from "@/components/cases/SensitiveNotes";
import { caseTitle, loadCase } from "../case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "notes");
}

/** The notes tab: the case notes, and the sensitive notes as the policy shows them. */
export default async function CaseNotesPage({ params }: Params) {
  const c = await loadCase((await params).id);
  const t = await getTranslations("sensitive");
  return (
    <>
      <CaseNotes caseId={c.id} notes={c.record.notes} canUpdate={c.permissions.update} />
      <CaseSection id="case-sensitive" title={t("title")} intro={t("intro")}>
        <SensitiveNotes caseId={c.id} notes={c.sensitive} canWrite={c.permissions.writeSensitive} />
        <FieldHistory source={{ kind: "case", caseId: c.id, record: "sensitive_note" }} inline />
      </CaseSection>
    </>
  );
}
