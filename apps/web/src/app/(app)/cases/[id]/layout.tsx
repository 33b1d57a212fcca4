import type { ReactNode } from "react";
import { CaseHeader } from "@/components/case-page/CaseHeader";
import { CaseTabs } from "@/components/case-page/CaseTabs";
import { loadCase } from "./case-data";

/** Every tab of a case: the summary header, the tab navigation, then the tab. */
export default async function CaseLayout({
  params,
  children,
}: {
  params: Promise<{ id: string }>;
  children: ReactNode;
}) {
  const { id } = await params;
  const c = await loadCase(id);
  return (
    <article>
      <CaseHeader c={c} />
      <CaseTabs caseId={c.id} programme={c.programme} />
      <div className="mt-2">{children}</div>
    </article>
  );
}
