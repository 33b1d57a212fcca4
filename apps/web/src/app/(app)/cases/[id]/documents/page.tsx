import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CaseSection } from "@/components/cases/CaseSection";
import { CaseDocuments } from "@/components/documents/CaseDocuments";
import { caseTitle, loadCase } from "../case-data";

type Params = { params: Promise<{ id: string }> };

export function generateMetadata({ params }: Params): Promise<Metadata> {
  return caseTitle(params, "documents");
}

/** The documents tab: the files kept on the case. */
export default async function CaseDocumentsPage({ params }: Params) {
  const c = await loadCase((await params).id);
  const t = await getTranslations("documents");
  return (
    <CaseSection id="case-documents" title={t("title")}>
      <CaseDocuments caseId={c.id} canUpload={c.permissions.update} />
    </CaseSection>
  );
}
